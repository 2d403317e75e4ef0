import { actorLabel } from '../../../../src/domain/admin/admin-actor';
import type { AdminAuditEntry } from '../../../../src/domain/admin/admin-audit-entry';
import { britishDateTime } from '../../british-time';

/** An audit entry as the listing page shows it: who, when (London), what, and each field changed. */
export interface AuditLine {
  readonly id: string;
  readonly who: string;
  readonly when: string;
  readonly what: string;
  readonly changes: readonly string[];
}

/** The entry in words; a change reads "name: from "A" to "B"", or just the field when the values are not kept. */
export function auditLine(entry: AdminAuditEntry): AuditLine {
  const changes = (entry.changes ?? []).map((change) => {
    if (change.from === undefined && change.to === undefined) return change.field;
    if (change.from === undefined) return `${change.field}: set to "${change.to ?? ''}"`;
    if (change.to === undefined) return `${change.field}: "${change.from}" removed`;
    return `${change.field}: from "${change.from}" to "${change.to}"`;
  });
  return { id: entry.id, who: actorLabel(entry.actor), when: britishDateTime(entry.at), what: entry.summary, changes };
}
