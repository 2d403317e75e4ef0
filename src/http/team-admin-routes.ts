import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AdminAccess } from '../admin/admin-auth';
import { callbackListQuery, callbackTransitionBody, teamBody } from '../admin/admin-requests';
import type { TeamAdminApi } from '../admin/team-admin-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody, pathParams, queryParams } from './request-parts';

/** The admin API's team handlers, as the routes call them (src/admin/team-admin-api.ts). */
export type TeamAdminEndpoints = Pick<TeamAdminApi, 'getSite' | 'replaceSite' | 'listCallbacks' | 'transitionCallback'>;

/** A callback request's id in the path; the handler answers 404 for one that is no request's (or no UUID). */
const idParam = { schema: z.object({ id: z.string() }), hint: 'The path names no callback request.' };

/**
 * Mounts the team routes under `/api/admin/sites/:siteId`: the team details (GET, PUT), the
 * callback work list (GET `callbacks`) and its actions (POST `callbacks/:id/claim`, `/contacted`,
 * `/close`). The site's access check runs first as a pre-handler; answers are JSON, never cached.
 */
export function mountTeamAdminRoutes(server: Server, options: { readonly endpoints: TeamAdminEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const sitePath = '/api/admin/sites/:siteId';

  server.get(
    sitePath,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.getSite(site(req)));
    }),
  );
  server.put(
    sitePath,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.replaceSite(site(req), jsonBody(req, teamBody), actorOf(req)));
    }),
  );
  server.get(
    `${sitePath}/callbacks`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.listCallbacks(site(req), queryParams(req, callbackListQuery)));
    }),
  );
  for (const action of ['claim', 'contacted', 'close'] as const) {
    server.post(
      `${sitePath}/callbacks/:id/${action}`,
      siteAdminsOnly,
      route(async (req, res) => {
        const body = jsonBody(req, callbackTransitionBody);
        res.send(200, await endpoints.transitionCallback(site(req), pathParams(req, idParam).id, action, body));
      }),
    );
  }
}
