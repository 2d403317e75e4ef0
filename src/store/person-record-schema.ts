import { z } from 'zod';
import type { AuditEntry } from '../domain/my-data/audit-entry';
import type { PersonRecord } from '../domain/person-record';
import { siteIds } from '../domain/sites';
import { versionedRecordCodec } from './record-codec';

/** A UTC ISO instant as `Date.prototype.toISOString` writes it. */
const instant = z.iso.datetime();

/** Strict objects: a field this release does not know means a newer writer, and silently dropping it on the next update would lose data. */
const personRecordSchema = z.strictObject({
  consent: z.strictObject({ givenAt: instant, wordingVersion: z.string().min(1) }).exactOptional(),
  area: z.union([z.enum(siteIds), z.literal('elsewhere')]).exactOptional(),
  progressSharing: z.strictObject({ givenAt: instant, wordingVersion: z.string().min(1) }).exactOptional(),
  activityReminders: z.array(z.strictObject({ activityId: z.uuid(), requestedAt: instant, session: instant.exactOptional() })).max(50).exactOptional(),
  createdAt: instant,
  updatedAt: instant,
});

/**
 * Person records at rest (`{ v: 1, record }`), for a record store.
 * Versioned so that a future change of shape fails loudly (or is migrated here) instead of handing
 * a feature something it does not expect. Errors never quote the values, which are personal.
 */
export const personRecordCodec = versionedRecordCodec<PersonRecord>({
  name: 'person record',
  article: 'a',
  schema: personRecordSchema,
  atRest: { field: 'record' },
});

/** An audit entry; strict, so nothing identifying rides along in extra fields. */
const auditEntrySchema = z.strictObject({
  event: z.enum(['person.erased', 'consent.withdrawn']),
  at: instant,
  channelId: z.string().min(1),
  recordsErased: z.number().int().min(0),
});

/** Audit entries at rest: the entry alone (`atRest: 'unversioned'`), checked when written and when read. */
export const auditEntryCodec = versionedRecordCodec<AuditEntry>({
  name: 'audit entry',
  article: 'an',
  schema: auditEntrySchema,
  atRest: 'unversioned',
});
