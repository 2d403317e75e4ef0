import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import { directorySettingsBodySchema, type DirectoryPulls } from '../admin/directory-pulls';
import { taxonomyMappingsBodySchema, type TaxonomyMappingsApi } from '../admin/taxonomy-mappings-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody } from './request-parts';

/** The handlers behind the directory routes (src/admin/directory-pulls.ts, src/admin/taxonomy-mappings-api.ts). */
export interface DirectoryEndpoints {
  readonly pulls: Pick<DirectoryPulls, 'settings' | 'configure' | 'preview' | 'pull'>;
  readonly mappings: Pick<TaxonomyMappingsApi, 'view' | 'replace'>;
}

const mappingsBody = { schema: taxonomyMappingsBodySchema, hint: 'Send { "mappings": [{ "vocabulary", "code", "label"?, "category" }] }.' };
const directoryBody = { schema: directorySettingsBodySchema, hint: 'Send { "baseUrl": "https://…" or null, "schedule": "off" | "daily" | "weekly" }.' };

/**
 * Mounts a site's Open Referral import routes under `/api/admin/sites/:siteId` (site admins only):
 * the taxonomy mapping table (GET, PUT `taxonomy-mappings`), the directory link (GET, PUT
 * `directory`), its preview (POST `directory/preview`: nothing saved) and pull (POST
 * `directory/pull`). Changes are made as `actorOf(req)`, who the audit trail names.
 */
export function mountDirectoryRoutes(server: Server, options: { readonly endpoints: DirectoryEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { pulls, mappings } = options.endpoints;
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const sitePath = '/api/admin/sites/:siteId';

  server.get(
    `${sitePath}/taxonomy-mappings`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await mappings.view(site(req)));
    }),
  );
  server.put(
    `${sitePath}/taxonomy-mappings`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await mappings.replace(site(req), jsonBody(req, mappingsBody), actorOf(req)));
    }),
  );
  server.get(
    `${sitePath}/directory`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await pulls.settings(site(req)));
    }),
  );
  server.put(
    `${sitePath}/directory`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await pulls.configure(site(req), jsonBody(req, directoryBody), actorOf(req)));
    }),
  );
  server.post(
    `${sitePath}/directory/preview`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await pulls.preview(site(req)));
    }),
  );
  server.post(
    `${sitePath}/directory/pull`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await pulls.pull(site(req), actorOf(req)));
    }),
  );
}
