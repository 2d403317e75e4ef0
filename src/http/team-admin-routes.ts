import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { adminRoute, authorizationOf, jsonBody, pathParam } from './admin-request';
import { queryOf } from './query-string';

/**
 * The admin API's team routes as the HTTP layer needs them (implemented by
 * src/admin/team-admin-api.ts). Path parameters, query and bodies are handed over as received;
 * bodies as functions, read only after the caller's token has been checked.
 */
export interface TeamAdminEndpoints {
  getSite(authorization: string | undefined, siteId: unknown): Promise<unknown>;
  replaceSite(authorization: string | undefined, siteId: unknown, body: () => unknown): Promise<unknown>;
  listCallbacks(authorization: string | undefined, siteId: unknown, query: unknown): Promise<unknown>;
  transitionCallback(authorization: string | undefined, siteId: unknown, id: unknown, action: 'claim' | 'contacted' | 'close', body: () => unknown): Promise<unknown>;
}

/**
 * Mounts the team routes under `/api/admin/sites/:siteId`: the team details (GET, PUT), the
 * callback work list (GET `callbacks`) and its actions (POST `callbacks/:id/claim`, `/contacted`,
 * `/close`). Parse HTTP, call the handler, send JSON; never cached.
 */
export function mountTeamAdminRoutes(server: Server, options: { readonly endpoints: TeamAdminEndpoints; readonly logger: Logger }): void {
  const { endpoints } = options;
  const route = (handler: (req: Request, res: Response) => Promise<void>) => adminRoute(options.logger, handler);
  const auth = authorizationOf;
  const site = (req: Request) => pathParam(req, 'siteId');
  const id = (req: Request) => pathParam(req, 'id');
  const sitePath = '/api/admin/sites/:siteId';

  server.get(
    sitePath,
    route(async (req, res) => {
      res.send(200, await endpoints.getSite(auth(req), site(req)));
    }),
  );
  server.put(
    sitePath,
    route(async (req, res) => {
      res.send(200, await endpoints.replaceSite(auth(req), site(req), () => jsonBody(req)));
    }),
  );
  server.get(
    `${sitePath}/callbacks`,
    route(async (req, res) => {
      res.send(200, await endpoints.listCallbacks(auth(req), site(req), queryOf(req)));
    }),
  );
  for (const action of ['claim', 'contacted', 'close'] as const) {
    server.post(
      `${sitePath}/callbacks/:id/${action}`,
      route(async (req, res) => {
        res.send(200, await endpoints.transitionCallback(auth(req), site(req), id(req), action, () => jsonBody(req)));
      }),
    );
  }
}
