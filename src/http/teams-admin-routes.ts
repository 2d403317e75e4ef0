import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import { practitionerBody, practitionerParams } from '../admin/admin-requests';
import type { TeamsAdminApi } from '../admin/teams-admin-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody, pathParams } from './request-parts';

/** The admin API's Teams handlers, as the routes call them (src/admin/teams-admin-api.ts). */
export type TeamsAdminEndpoints = Pick<TeamsAdminApi, 'createLinkCode' | 'listPractitioners' | 'putPractitioner' | 'removePractitioner'>;

/**
 * Mounts the Teams routes under `/api/admin/sites/:siteId/teams`: a link code (POST `link-code`),
 * and the site's practitioners (GET, PUT `practitioners`; DELETE `practitioners/:tenantId/:aadObjectId`).
 * The site's access check (a token of that site, or the super token) runs first; answers are never cached.
 */
export function mountTeamsAdminRoutes(server: Server, options: { readonly endpoints: TeamsAdminEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { siteAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const teamsPath = '/api/admin/sites/:siteId/teams';

  server.post(
    `${teamsPath}/link-code`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(201, await endpoints.createLinkCode(site(req), actorOf(req)));
    }),
  );
  server.get(
    `${teamsPath}/practitioners`,
    siteAdminsOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.listPractitioners(site(req)));
    }),
  );
  server.put(
    `${teamsPath}/practitioners`,
    siteAdminsOnly,
    route(async (req, res) => {
      const { practitioner, created } = await endpoints.putPractitioner(site(req), jsonBody(req, practitionerBody), actorOf(req));
      res.send(created ? 201 : 200, practitioner);
    }),
  );
  server.del(
    `${teamsPath}/practitioners/:tenantId/:aadObjectId`,
    siteAdminsOnly,
    route(async (req, res) => {
      await endpoints.removePractitioner(site(req), pathParams(req, practitionerParams), actorOf(req));
      res.send(204);
    }),
  );
}
