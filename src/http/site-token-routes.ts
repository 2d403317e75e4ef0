import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AdminAccess } from '../admin/admin-auth';
import { issueTokenBody, siteTokenBody } from '../admin/admin-requests';
import type { SiteTokensApi } from '../admin/site-tokens-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody, pathParams } from './request-parts';

/** The site tokens' handlers, as the routes call them (src/admin/site-tokens-api.ts). */
export type SiteTokenEndpoints = Pick<SiteTokensApi, 'list' | 'issue' | 'revoke'>;

const idParam = { schema: z.object({ id: z.string().max(100) }), hint: 'The path names no token.' };

/**
 * Mounts the site tokens' routes: `POST /api/admin/tokens` (super admin: a token for any site) and,
 * for a site's admins, `GET|POST /api/admin/sites/:siteId/tokens` and `DELETE .../tokens/:id`
 * (revoke). Answers are JSON, never cached; a token is shown once, when issued.
 */
export function mountSiteTokenRoutes(server: Server, options: { readonly endpoints: SiteTokenEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { superAdminsOnly, siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const tokens = '/api/admin/sites/:siteId/tokens';

  server.post(
    '/api/admin/tokens',
    superAdminsOnly,
    route(async (req, res) => {
      const { siteId, ...body } = jsonBody(req, issueTokenBody);
      res.send(201, await endpoints.issue(siteId, body, actorOf(req)));
    }),
  );
  server.get(
    tokens,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.list(grantedSiteOf(req)));
    }),
  );
  server.post(
    tokens,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(201, await endpoints.issue(grantedSiteOf(req), jsonBody(req, siteTokenBody), actorOf(req)));
    }),
  );
  server.del(
    `${tokens}/:id`,
    siteAdminsOnly,
    route(async (req, res) => {
      await endpoints.revoke(grantedSiteOf(req), pathParams(req, idParam).id, actorOf(req));
      res.send(204);
    }),
  );
}
