import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { isAppError } from '../domain/app-error';
import type { OpenReferralFeed } from '../listings/open-referral-feed';
import { httpStatusForCode } from './error-status';
import { jsonRoute } from './json-route';
import { pathParams, queryParams } from './request-parts';

/**
 * The public Open Referral feed as the routes call it (src/listings/open-referral-feed.ts). The
 * query's parameters and the path's id go over as text; the feed checks them together (a
 * postcode with its proximity, times in order) and names each that is wrong.
 */
export type OpenReferralEndpoints = Pick<
  OpenReferralFeed,
  'about' | 'listServices' | 'getService' | 'listTaxonomies' | 'getTaxonomy' | 'listTaxonomyTerms' | 'getTaxonomyTerm'
>;

const anyQuery = { schema: z.record(z.string(), z.string()), hint: 'The query has problems; see fields.' };
const idParam = { schema: z.object({ id: z.string() }), hint: 'The path names no record.' };

/** Where the feed is: its `GET /` (the HSDS API's), and every other endpoint below it. */
export const openReferralPath = '/openreferral';
/** Where the feed's services are. */
export const openReferralServicesPath = `${openReferralPath}/services`;

/**
 * Mounts the feed (GET only): `/openreferral/` (also without the slash), `/services`,
 * `/taxonomies`, `/taxonomy_terms`, each with `/{id}`. It is public open data: every answer carries
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

  for (const path of [openReferralPath, `${openReferralPath}/`]) {
    server.get(
      path,
      route(async (_req, res) => {
        res.send(200, endpoints.about());
      }),
    );
  }
  const lists = [
    ['services', (query: unknown) => endpoints.listServices(query), (id: unknown) => endpoints.getService(id)],
    ['taxonomies', (query: unknown) => endpoints.listTaxonomies(query), (id: unknown) => endpoints.getTaxonomy(id)],
    ['taxonomy_terms', (query: unknown) => endpoints.listTaxonomyTerms(query), (id: unknown) => endpoints.getTaxonomyTerm(id)],
  ] as const;
  for (const [name, list, one] of lists) {
    server.get(
      `${openReferralPath}/${name}`,
      route(async (req, res) => {
        res.send(200, await list(queryParams(req, anyQuery)));
      }),
    );
    server.get(
      `${openReferralPath}/${name}/:id`,
      route(async (req, res) => {
        res.send(200, await one(pathParams(req, idParam).id));
      }),
    );
  }
}
