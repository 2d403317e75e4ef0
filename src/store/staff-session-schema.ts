import { pendingStaffLoginSchema, type PendingStaffLogin } from '../domain/admin/pending-staff-login';
import { staffSessionSchema, type StaffSession } from '../domain/admin/staff-session';
import { versionedRecordCodec } from './record-codec';

/** A staff session at rest (`{ v: 1, session }`), checked both ways. */
export const staffSessionCodec = versionedRecordCodec<StaffSession>({
  name: 'staff session',
  article: 'a',
  schema: staffSessionSchema,
  atRest: { field: 'session' },
});

/** A sign-in under way at rest (`{ v: 1, login }`), checked both ways. */
export const pendingStaffLoginCodec = versionedRecordCodec<PendingStaffLogin>({
  name: 'pending staff sign-in',
  article: 'a',
  schema: pendingStaffLoginSchema,
  atRest: { field: 'login' },
});
