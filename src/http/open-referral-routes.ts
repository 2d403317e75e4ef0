import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { isAppError } from '../domain/app-error';
import { httpStatusForCode } from './error-status';
import { jsonRoute } from './json-route';
import { queryOf } from './query-string';

/**
 * The public Open Referral feed as the HTTP layer needs it (implemented by
 * src/listings/open-referral-feed.ts). The query string and the path's id are handed over as
 * received; the handlers check them.
 */
export interface OpenReferralEndpoints {
  /** `GET /openreferral/services`: an HSDS page of services. */
  listServices(query: Readonly<Record<string, string>>): Promise<unknown>;
  /** `GET /openreferral/services/{id}`: one compiled HSDS service. */
  getService(id: unknown): Promise<unknown>;
}

/** Where the feed's services are. */
export const openReferralServicesPath = '/openreferral/services';

/**
 * Mounts the feed (GET only). It is public open data: every answer carries
 * `Access-Control-Allow-Origin: *`; answers and client errors may be cached for a minute
 * (`Cache-Control: public, max-age=60`), server errors not at all.
 */
export function mountOpenReferralRoutes(server: Server, options: { readonly endpoints: OpenReferralEndpoints; readonly logger: Logger }): void {
  const { endpoints } = options;
  const route = (handler: (req: Request, res: Response) => Promise<void>) =>
    jsonRoute(options.logger, async (req, res) => {
      res.header('Access-Control-Allow-Origin', '*');
      res.header('Cache-Control', 'public, max-age=60');
      try {
        await handler(req, res);
      } catch (error) {
        if (!isAppError(error) || httpStatusForCode[error.code] >= 500) res.header('Cache-Control', 'no-store');
        throw error;
      }
    });

  server.get(
    openReferralServicesPath,
    route(async (req, res) => {
      res.send(200, await endpoints.listServices(queryOf(req)));
    }),
  );
  server.get(
    `${openReferralServicesPath}/:id`,
    route(async (req, res) => {
      res.send(200, await endpoints.getService(req.params?.id));
    }),
  );
}
