import { auditEntryCodec } from '../person-record-schema';
import type { AuditLog } from '../ports';
import type { AuditEntry } from '../../domain/my-data/audit-entry';

/** Entries kept; the oldest are dropped beyond this, as on Redis. */
const maxEntries = 100_000;

/** In-memory audit trail, stored as JSON so entries are copied in and out like on Redis. */
export class MemoryAuditLog implements AuditLog {
  /** Oldest first, so appending is cheap; listed in reverse. */
  private readonly entries: string[] = [];

  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(auditEntryCodec.encode(entry).raw);
    if (this.entries.length > maxEntries) this.entries.splice(0, this.entries.length - maxEntries);
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const count = Number.isNaN(limit) ? 0 : Math.min(Math.floor(limit), maxEntries);
    if (count <= 0) return [];
    return this.entries.slice(-count).reverse().map((raw) => auditEntryCodec.decode(raw));
  }
}
