import { staffSessionSchema, type StaffSession } from '../domain/admin/staff-session';
import { versionedRecordCodec } from './record-codec';

/** A staff session at rest (`{ v: 1, session }`), checked both ways. */
export const staffSessionCodec = versionedRecordCodec<StaffSession>({
  name: 'staff session',
  article: 'a',
  schema: staffSessionSchema,
  atRest: { field: 'session' },
});
