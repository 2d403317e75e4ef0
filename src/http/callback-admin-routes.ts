import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AdminAccess } from '../admin/admin-auth';
import { callbackListQuery, callbackOutcomeBody, callbackTransitionBody } from '../admin/admin-requests';
import type { CallbackAdminApi } from '../admin/callback-admin-api';
import { actorOf, adminAccessHandlers, grantedSiteOf } from './admin-access';
import { adminRoute } from './admin-route';
import { jsonBody, pathParams, queryParams } from './request-parts';

/** The admin API's callback handlers, as the routes call them (src/admin/callback-admin-api.ts). */
export type CallbackAdminEndpoints = Pick<CallbackAdminApi, 'listCallbacks' | 'getCallback' | 'transitionCallback' | 'recordOutcome'>;

/** A callback request's id in the path; the handler answers 404 for one that is no request's (or no UUID). */
const idParam = { schema: z.object({ id: z.string() }), hint: 'The path names no callback request.' };

/**
 * Mounts the callback routes under `/api/admin/sites/:siteId`, for practitioners and site admins
 * (`sitePractitionersOnly` runs first): the work list (GET `callbacks`), a request's details (GET
 * `callbacks/:id`, audited), its steps (POST `callbacks/:id/claim`, `/contacted`, `/close`) and
 * its outcome (POST `callbacks/:id/outcome`). Who asked (`actorOf`) goes to the handler for the
 * audit trail and "mine"; answers are JSON, never cached.
 */
export function mountCallbackAdminRoutes(server: Server, options: { readonly endpoints: CallbackAdminEndpoints; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { endpoints } = options;
  const { sitePractitionersOnly } = adminAccessHandlers(options.access, options.logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const site = grantedSiteOf;
  const callbacksPath = '/api/admin/sites/:siteId/callbacks';

  server.get(
    callbacksPath,
    sitePractitionersOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.listCallbacks(site(req), queryParams(req, callbackListQuery), actorOf(req)));
    }),
  );
  server.get(
    `${callbacksPath}/:id`,
    sitePractitionersOnly,
    route(async (req, res) => {
      res.send(200, await endpoints.getCallback(site(req), pathParams(req, idParam).id, actorOf(req)));
    }),
  );
  for (const action of ['claim', 'contacted', 'close'] as const) {
    server.post(
      `${callbacksPath}/:id/${action}`,
      sitePractitionersOnly,
      route(async (req, res) => {
        const body = jsonBody(req, callbackTransitionBody);
        res.send(200, await endpoints.transitionCallback(site(req), pathParams(req, idParam).id, action, body, actorOf(req)));
      }),
    );
  }
  server.post(
    `${callbacksPath}/:id/outcome`,
    sitePractitionersOnly,
    route(async (req, res) => {
      const body = jsonBody(req, callbackOutcomeBody);
      res.send(200, await endpoints.recordOutcome(site(req), pathParams(req, idParam).id, body, actorOf(req)));
    }),
  );
}
