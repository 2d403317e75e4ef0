import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { jsonBody } from './admin-routes';
import { jsonRoute } from './json-route';
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
  const route = (handler: (req: Request, res: Response) => Promise<void>) =>
    jsonRoute(options.logger, async (req, res) => {
      // The work list holds people's names and numbers: never cached by the browser or a proxy.
      res.header('Cache-Control', 'no-store');
      await handler(req, res);
    });
  const auth = (req: Request) => req.header('authorization');
  const site = (req: Request): unknown => req.params?.siteId;
  const id = (req: Request): unknown => req.params?.id;
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
