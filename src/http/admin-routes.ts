import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { AppError } from '../domain/app-error';
import { adminRoute, authorizationOf, bodyProblem, jsonBody, pathParam } from './admin-request';
import { queryOf } from './query-string';

/** An import upload as this layer reads it: CSV text, or parsed JSON. */
export interface AdminUploadBody {
  readonly contentType: 'text/csv' | 'application/json';
  readonly body: unknown;
}

/** A file to download, as the export handler makes it. */
export type AdminExportFile =
  | { readonly format: 'csv'; readonly fileName: string; readonly text: string }
  | { readonly format: 'json'; readonly fileName: string; readonly body: unknown };

/**
 * The admin API as the HTTP layer needs it (implemented by src/admin/admin-api.ts). Path
 * parameters, query and bodies are handed over as received; bodies as functions, so that they are
 * read (and a bad one refused) only after the caller's token has been checked.
 */
export interface AdminEndpoints {
  issueToken(authorization: string | undefined, body: () => unknown): Promise<unknown>;
  listActivities(authorization: string | undefined, siteId: unknown): Promise<unknown>;
  createActivity(authorization: string | undefined, siteId: unknown, body: () => unknown): Promise<unknown>;
  getActivity(authorization: string | undefined, siteId: unknown, id: unknown): Promise<unknown>;
  replaceActivity(authorization: string | undefined, siteId: unknown, id: unknown, body: () => unknown): Promise<unknown>;
  deleteActivity(authorization: string | undefined, siteId: unknown, id: unknown): Promise<void>;
  importActivities(authorization: string | undefined, siteId: unknown, upload: () => AdminUploadBody): Promise<unknown>;
  exportActivities(authorization: string | undefined, siteId: unknown, query: unknown): Promise<AdminExportFile>;
}

/** The import route: its body limit is MAX_IMPORT_BYTES instead of MAX_BODY_BYTES (see server.ts). */
export const adminImportPath = '/api/admin/sites/:siteId/activities/import';

/** Mounts `/api/admin/*`: parse HTTP, call the handler, send JSON (or the export file). */
export function mountAdminRoutes(server: Server, options: { readonly endpoints: AdminEndpoints; readonly logger: Logger }): void {
  const { endpoints } = options;
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const auth = authorizationOf;
  const site = (req: Request) => pathParam(req, 'siteId');
  const id = (req: Request) => pathParam(req, 'id');
  const activities = '/api/admin/sites/:siteId/activities';

  server.post(
    '/api/admin/tokens',
    route(async (req, res) => {
      res.send(201, await endpoints.issueToken(auth(req), () => jsonBody(req)));
    }),
  );
  server.get(
    activities,
    route(async (req, res) => {
      res.send(200, await endpoints.listActivities(auth(req), site(req)));
    }),
  );
  server.post(
    activities,
    route(async (req, res) => {
      res.send(201, await endpoints.createActivity(auth(req), site(req), () => jsonBody(req)));
    }),
  );
  server.post(
    adminImportPath,
    route(async (req, res) => {
      res.send(200, await endpoints.importActivities(auth(req), site(req), () => readUpload(req)));
    }),
  );
  server.get(
    `${activities}/export`,
    route(async (req, res) => {
      const query = queryOf(req);
      const file = await endpoints.exportActivities(auth(req), site(req), query);
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
    route(async (req, res) => {
      res.send(200, await endpoints.getActivity(auth(req), site(req), id(req)));
    }),
  );
  server.put(
    `${activities}/:id`,
    route(async (req, res) => {
      res.send(200, await endpoints.replaceActivity(auth(req), site(req), id(req), () => jsonBody(req)));
    }),
  );
  server.del(
    `${activities}/:id`,
    route(async (req, res) => {
      await endpoints.deleteActivity(auth(req), site(req), id(req));
      res.send(204);
    }),
  );
}

/**
 * An import body: CSV as text, JSON parsed.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE for other content types; BAD_REQUEST for an empty body or JSON that does not parse.
 */
function readUpload(req: Request): AdminUploadBody {
  const contentType = req.getContentType().trim().toLowerCase();
  if (contentType === 'application/json') return { contentType, body: jsonBody(req) };
  if (contentType !== 'text/csv') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the listings as text/csv or application/json.');
  }
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') throw bodyProblem('The request body is empty; send the CSV with its header row.');
  return { contentType, body: text };
}

