import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import { reportQuery, type ReportsApi } from '../admin/reports-api';
import { reportCsv } from '../domain/reports/build-report';
import { adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { queryParams } from './request-parts';

/**
 * Mounts `GET /api/admin/sites/:siteId/reports?from=&to=[&format=csv]` (site admins): the outcome
 * reports as JSON, or as CSV with `format=csv` or `Accept: text/csv`; never cached.
 */
export function mountReportRoutes(server: Server, options: { readonly reports: Pick<ReportsApi, 'report'>; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  server.get(
    '/api/admin/sites/:siteId/reports',
    siteAdminsOnly,
    adminRoute(options.logger, async (req, res) => {
      const query = queryParams(req, reportQuery);
      const siteId = grantedSiteOf(req);
      const view = await options.reports.report(siteId, query);
      const csv = query.format === 'csv' || (query.format === undefined && (req.header('accept') ?? '').includes('text/csv'));
      if (!csv) {
        res.send(200, view);
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="reports-${siteId}-${view.from}-${view.to}.csv"`,
      });
      res.end(reportCsv(view));
    }),
  );
}
