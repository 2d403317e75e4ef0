import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { parseStoredJson } from './storage-record';
import { siteIds } from '../domain/sites';
import type { AuditEntry, PersonRecord } from './ports';
import type { RecordCodec } from './record-codec';

/** A UTC ISO instant as `Date.prototype.toISOString` writes it. */
const instant = z.iso.datetime();

/** Strict objects: a field this release does not know means a newer writer, and silently dropping it on the next update would lose data. */
const personRecordSchema = z.strictObject({
  consent: z.strictObject({ givenAt: instant, wordingVersion: z.string().min(1) }).exactOptional(),
  area: z.union([z.enum(siteIds), z.literal('elsewhere')]).exactOptional(),
  activityReminders: z.array(z.strictObject({ activityId: z.uuid(), requestedAt: instant })).max(50).exactOptional(),
  createdAt: instant,
  updatedAt: instant,
});

/**
 * A person record at rest. Versioned so that a future change of shape fails loudly (or is migrated
 * here) instead of handing a feature something it does not expect.
 */
export const storedPersonRecordSchema = z.strictObject({
  v: z.literal(1),
  record: personRecordSchema,
});

/** An audit entry as read back from storage; strict, so nothing identifying rides along in extra fields. */
export const auditEntrySchema = z.strictObject({
  event: z.enum(['person.erased', 'consent.withdrawn']),
  at: instant,
  channelId: z.string().min(1),
  recordsErased: z.number().int().min(0),
});

/**
 * Serializes a person record for storage, checking its shape first so nothing malformed is saved.
 * @throws AppError STORE_RECORD_INVALID when the record does not fit the schema.
 */
function encodePersonRecord(record: PersonRecord): string {
  const parsed = personRecordSchema.safeParse(record);
  // The zod issues quote the offending values, which are personal: they stay out of the error.
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store a person record of an unknown shape');
  return JSON.stringify({ v: 1, record: parsed.data });
}

/**
 * Parses a stored person record into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodePersonRecord(raw: string): PersonRecord {
  const parsed = storedPersonRecordSchema.safeParse(parseStoredJson(raw, 'person record'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored person record has an unknown version or shape');
  return parsed.data.record;
}

/** Person records at rest (`{ v: 1, record }`), for a {@link RecordCodec}-driven record store. */
export const personRecordCodec: RecordCodec<PersonRecord> = {
  name: 'person record',
  encode: encodePersonRecord,
  decode: decodePersonRecord,
};

/**
 * Serializes an audit entry, checking it first so only the known, non-identifying fields are kept.
 * @throws AppError STORE_RECORD_INVALID when the entry does not fit the schema.
 */
export function encodeAuditEntry(entry: AuditEntry): string {
  const parsed = auditEntrySchema.safeParse(entry);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an audit entry of an unknown shape');
  return JSON.stringify(parsed.data);
}

/**
 * Parses a stored audit entry into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of the known shape.
 */
export function decodeAuditEntry(raw: string): AuditEntry {
  const parsed = auditEntrySchema.safeParse(parseStoredJson(raw, 'audit entry'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored audit entry has an unknown shape');
  return parsed.data;
}
