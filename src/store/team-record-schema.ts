import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import { versionedRecordCodec } from './record-codec';

/**
 * Team directory entries at rest (`{ v: 1, entry }`), checked against the directory schema both
 * ways. Versioned so that a future change of shape fails loudly (or is migrated here) instead of
 * handing the conversation or the admin API something it does not expect.
 */
export const teamDirectoryCodec = versionedRecordCodec<TeamDirectoryEntry>({
  name: 'team directory entry',
  article: 'a',
  schema: teamDirectoryEntrySchema,
  atRest: { field: 'entry' },
});
