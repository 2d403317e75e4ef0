import type { Request } from 'restify';

/**
 * The request's query string as plain name → value pairs (the last value wins). restify's
 * queryParser plugin is not mounted, so `req.query` is not an object here: read it through this.
 */
export function queryOf(req: Request): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.getQuery()));
}
