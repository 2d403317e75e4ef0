import type { AuditEntry } from '../../domain/my-data/audit-entry';

/** Append-only audit trail (newest first when listed). */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(limit: number): Promise<AuditEntry[]>;
}
