import type { AdminAuditEntry } from '../../domain/admin/admin-audit-entry';
import type { SiteId } from '../../domain/sites';
import { adminAuditEntryCodec, matchesAuditQuery, maxAdminAuditEntries } from '../admin-audit-schema';
import type { AdminAuditLog, AdminAuditQuery } from '../ports';

/** In-memory admin audit trail, stored as JSON so entries are copied in and out like on Redis. */
export class MemoryAdminAuditLog implements AdminAuditLog {
  /** Per site, oldest first. */
  private readonly bySite = new Map<SiteId, string[]>();

  async append(entry: AdminAuditEntry): Promise<void> {
    const { raw, value } = adminAuditEntryCodec.encode(entry);
    const entries = this.bySite.get(value.siteId) ?? [];
    entries.push(raw);
    if (entries.length > maxAdminAuditEntries) entries.splice(0, entries.length - maxAdminAuditEntries);
    this.bySite.set(value.siteId, entries);
  }

  async list(siteId: SiteId, query: AdminAuditQuery): Promise<AdminAuditEntry[]> {
    const limit = Math.floor(query.limit);
    if (!(limit > 0)) return [];
    const found: AdminAuditEntry[] = [];
    const entries = this.bySite.get(siteId) ?? [];
    for (let index = entries.length - 1; index >= 0 && found.length < limit; index -= 1) {
      const entry = adminAuditEntryCodec.decode(entries[index] ?? '');
      if (matchesAuditQuery(entry, query)) found.push(entry);
    }
    return found;
  }
}
