import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AdminApi, AdminUpload } from '../admin/admin-api';
import type { AdminAccess } from '../admin/admin-auth';
import { exportQuery, importQuery, listingAuditQuery, listingBody, schedulePreviewBody } from '../admin/admin-requests';
import { AppError } from '../domain/app-error';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody, pathParams, queryParams, rawBody } from './request-parts';

/** The admin API's listings handlers, as the routes call them (src/admin/admin-api.ts). */
export type AdminEndpoints = Pick<
  AdminApi,
  | 'listActivities'
  | 'overview'
  | 'previewSchedules'
  | 'createActivity'
  | 'getActivity'
  | 'replaceActivity'
  | 'deleteActivity'
  | 'retireActivity'
  | 'restoreActivity'
  | 'listingAudit'
  | 'importActivities'
  | 'exportActivities'
>;

/** The import route: its body limit is MAX_IMPORT_BYTES instead of MAX_BODY_BYTES (see server.ts). */
export const adminImportPath = '/api/admin/sites/:siteId/activities/import';

/** A listing's id in the path; the handler answers 404 for one that is no listing's (or no UUID). */
const idParam = { schema: z.object({ id: z.string() }), hint: 'The path names no listing.' };

/**
 * Mounts `/api/admin/sites/:siteId/activities*` (listings): the access check runs first as a
 * pre-handler, then the handler gets the granted site, the request parts parsed and, for changes,
 * who made the request (`actorOf`, for the audit trail); answers are JSON (or the export file), never cached.
 */
export function mountAdminRoutes(server: Server, options: { readonly endpoints: AdminEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const id = (req: Request) => pathParams(req, idParam).id;
  const activities = '/api/admin/sites/:siteId/activities';

  server.get(
    activities,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.listActivities(site(req)));
    }),
  );
  server.post(
    activities,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(201, await endpoints.createActivity(site(req), jsonBody(req, listingBody), actorOf(req)));
    }),
  );
  server.get(
    `${activities}/overview`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.overview(site(req)));
    }),
  );
  server.post(
    `${activities}/schedule-preview`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, endpoints.previewSchedules(jsonBody(req, schedulePreviewBody)));
    }),
  );
  server.post(
    adminImportPath,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.importActivities(site(req), uploadOf(req), { dryRun: queryParams(req, importQuery).dryRun, actor: actorOf(req) }));
    }),
  );
  server.get(
    `${activities}/export`,
    siteAdminsOnly,
    route(async (req, res) => {
      const file = await endpoints.exportActivities(site(req), queryParams(req, exportQuery));
      res.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
      if (file.format === 'json') {
        res.send(200, file.body);
        return;
      }
      res.sendRaw(200, file.text, { 'Content-Type': 'text/csv; charset=utf-8' });
    }),
  );
  server.get(
    `${activities}/:id`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.getActivity(site(req), id(req)));
    }),
  );
  server.put(
    `${activities}/:id`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.replaceActivity(site(req), id(req), jsonBody(req, listingBody), actorOf(req)));
    }),
  );
  server.del(
    `${activities}/:id`,
    siteAdminsOnly,
    route(async (req, res) => {
      await endpoints.deleteActivity(site(req), id(req), actorOf(req));
      res.send(204);
    }),
  );
  server.post(
    `${activities}/:id/retire`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.retireActivity(site(req), id(req), actorOf(req)));
    }),
  );
  server.post(
    `${activities}/:id/restore`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.restoreActivity(site(req), id(req), actorOf(req)));
    }),
  );
  server.get(
    `${activities}/:id/audit`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.listingAudit(site(req), id(req), queryParams(req, listingAuditQuery)));
    }),
  );
}

/** Any JSON: an HSDS import is checked service by service (rows are reported, not refused whole). */
const importJson = { schema: z.unknown(), hint: 'Send the listings as JSON.' };

/**
 * An import body: CSV as text, JSON parsed.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE for other content types; BAD_REQUEST for an empty body or JSON that does not parse.
 */
function uploadOf(req: Request): AdminUpload {
  const contentType = req.getContentType().trim().toLowerCase();
  if (contentType === 'application/json') return { contentType, body: jsonBody(req, importJson) };
  if (contentType !== 'text/csv') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the listings as text/csv or application/json.');
  }
  const text = rawBody(req);
  if (text.trim() === '') throw new AppError('BAD_REQUEST', 'The request body is empty; send the CSV with its header row.');
  return { contentType, body: text };
}
