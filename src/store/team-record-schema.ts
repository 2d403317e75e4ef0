import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

/**
 * A team directory entry at rest. Versioned so that a future change of shape fails loudly (or is
 * migrated here) instead of handing the conversation or the admin API something it does not expect.
 */
export const storedTeamDirectoryEntrySchema = z.strictObject({
  v: z.literal(1),
  entry: teamDirectoryEntrySchema,
});

/**
 * Serializes an entry for storage, checking it against the directory schema first.
 * @throws AppError STORE_RECORD_INVALID when the entry does not fit the schema.
 */
function encodeTeamDirectoryEntry(entry: TeamDirectoryEntry): string {
  const parsed = teamDirectoryEntrySchema.safeParse(entry);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store a team directory entry of an unknown shape');
  return JSON.stringify({ v: 1, entry: parsed.data });
}

/**
 * Parses a stored entry into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodeTeamDirectoryEntry(raw: string): TeamDirectoryEntry {
  const parsed = storedTeamDirectoryEntrySchema.safeParse(parseStoredJson(raw, 'team directory entry'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored team directory entry has an unknown version or shape');
  return parsed.data.entry;
}

/** Team directory entries at rest (`{ v: 1, entry }`). */
export const teamDirectoryCodec: RecordCodec<TeamDirectoryEntry> = {
  name: 'team directory entry',
  encode: encodeTeamDirectoryEntry,
  decode: decodeTeamDirectoryEntry,
};
