import type { AdminAuditEntry, AuditSubjectType } from '../../domain/admin/admin-audit-entry';
import type { SiteId } from '../../domain/sites';

/** Which entries of a site's trail to list: all, or one subject's (one listing's, say). */
export interface AdminAuditQuery {
  readonly subjectType?: AuditSubjectType;
  /** With `subjectType`: one subject's entries only. */
  readonly subjectId?: string;
  /** At most this many (newest first). */
  readonly limit: number;
}

/**
 * Each site's admin audit trail: every admin change, whoever made it (super admin, site token,
 * signed-in staff), and every opening of a callback's details. Append-only; shared by every instance.
 */
export interface AdminAuditLog {
  append(entry: AdminAuditEntry): Promise<void>;
  /** The site's entries matching the query, newest first. */
  list(siteId: SiteId, query: AdminAuditQuery): Promise<AdminAuditEntry[]>;
}
