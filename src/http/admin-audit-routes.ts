import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import type { AdminAuditTrail } from '../admin/admin-audit-trail';
import { auditQuery } from '../admin/admin-requests';
import { adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { queryParams } from './request-parts';

/** Mounts `GET /api/admin/sites/:siteId/audit` (site admins): the site's audit trail, newest first, never cached. */
export function mountAdminAuditRoutes(server: Server, options: { readonly trail: Pick<AdminAuditTrail, 'list'>; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  server.get(
    '/api/admin/sites/:siteId/audit',
    siteAdminsOnly,
    adminRoute(options.logger, async (req, res) => {
      res.send(200, await options.trail.list(grantedSiteOf(req), queryParams(req, auditQuery)));
    }),
  );
}
