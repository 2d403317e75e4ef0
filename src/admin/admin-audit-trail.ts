import type { AdminAuditEntry } from '../domain/admin/admin-audit-entry';
import type { SiteId } from '../domain/sites';
import type { AdminAuditLog } from '../store/ports';
import type { AuditQuery } from './admin-requests';

/** A site's audit trail as its admins read it (`GET /api/admin/sites/:siteId/audit`): newest first. */
export class AdminAuditTrail {
  constructor(private readonly log: AdminAuditLog) {}

  async list(siteId: SiteId, query: AuditQuery): Promise<{ entries: AdminAuditEntry[] }> {
    const { subjectType, subjectId, limit } = query;
    return { entries: await this.log.list(siteId, { ...(subjectType === undefined ? {} : { subjectType }), ...(subjectId === undefined ? {} : { subjectId }), limit }) };
  }
}
