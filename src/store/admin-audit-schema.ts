import { adminAuditEntrySchema, type AdminAuditEntry } from '../domain/admin/admin-audit-entry';
import type { AdminAuditQuery } from './ports';
import { versionedRecordCodec } from './record-codec';

/** An admin audit entry at rest (`{ v: 1, entry }`), checked both ways. */
export const adminAuditEntryCodec = versionedRecordCodec<AdminAuditEntry>({
  name: 'admin audit entry',
  article: 'an',
  schema: adminAuditEntrySchema,
  atRest: { field: 'entry' },
  namePaths: true,
});

/** Entries kept per site; the oldest are dropped beyond this. */
export const maxAdminAuditEntries = 50_000;

/** Whether an entry is one the query asks for (its subject type and id, when given). */
export function matchesAuditQuery(entry: AdminAuditEntry, query: AdminAuditQuery): boolean {
  return (
    (query.subjectType === undefined || entry.subject.type === query.subjectType) &&
    (query.subjectId === undefined || entry.subject.id === query.subjectId)
  );
}
