import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import { teamBody } from '../admin/admin-requests';
import type { TeamAdminApi } from '../admin/team-admin-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody } from './request-parts';

/** The admin API's team handlers, as the routes call them (src/admin/team-admin-api.ts). */
export type TeamAdminEndpoints = Pick<TeamAdminApi, 'getSite' | 'replaceSite'>;

/**
 * Mounts the team details routes at `/api/admin/sites/:siteId`: GET for practitioners and site
 * admins, PUT for site admins. The site's access check runs first as a pre-handler; answers are
 * JSON, never cached. (The callback routes are in callback-admin-routes.ts.)
 */
export function mountTeamAdminRoutes(server: Server, options: { readonly endpoints: TeamAdminEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { siteAdminsOnly, sitePractitionersOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const sitePath = '/api/admin/sites/:siteId';

  server.get(
    sitePath,
    sitePractitionersOnly,
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
}
