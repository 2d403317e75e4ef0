import type { Logger } from 'pino';
import type { Request } from 'restify';
import { z } from 'zod';
import { actorOfPrincipal, type AdminAccess, type AdminCredentials, type StaffNeed } from '../admin/admin-auth';
import type { AdminActor } from '../domain/admin/admin-actor';
import type { SiteId } from '../domain/sites';
import { jsonPreHandler } from './json-route';
import { bearerToken, cookieValue, pathParams } from './request-parts';

/** The site each admin request was let into, set by {@link siteAdminsOnly} for its handler. */
const grantedSites = new WeakMap<Request, SiteId>();
/** Who made each admin request, set by the access pre-handlers for the audit trail. */
const actors = new WeakMap<Request, AdminActor>();

const siteParam = { schema: z.object({ siteId: z.string() }), hint: 'The path names no site.' };

/** The staff app's session cookie (HttpOnly, SameSite=Lax, Path=/; Secure unless configured for local http). */
export const staffSessionCookie = 'lwc_staff';

/** Methods that change something: a cookie session must send its CSRF token with them. */
const changingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The credentials a request carries, for the access check. */
export function credentialsOf(req: Request): AdminCredentials {
  return {
    bearer: bearerToken(req),
    sessionId: cookieValue(req, staffSessionCookie),
    csrfToken: req.header('x-csrf-token') || undefined,
    changes: changingMethods.has(req.method ?? ''),
  };
}

/**
 * Admin routes' pre-handlers: the caller is checked before the handler runs (and before its body
 * is read). Every admin answer, refusals too, is `Cache-Control: no-store`: admin answers hold
 * listings, tokens, and people's names and numbers.
 */
export function adminAccessHandlers(access: AdminAccess, logger: Logger) {
  const siteAccess = (need: StaffNeed) =>
    jsonPreHandler(logger, async (req, res) => {
      res.header('Cache-Control', 'no-store');
      const { siteId, principal } = await access.site(credentialsOf(req), pathParams(req, siteParam).siteId, need);
      grantedSites.set(req, siteId);
      actors.set(req, actorOfPrincipal(principal));
    });
  return {
    /** Super-admin routes (token issuing): the super token only; 401 without a valid token, 403 for a site token. */
    superAdminsOnly: jsonPreHandler(logger, async (req, res) => {
      res.header('Cache-Control', 'no-store');
      actors.set(req, actorOfPrincipal(await access.superAdmin(bearerToken(req))));
    }),
    /**
     * A site's routes (`:siteId` in the path), for its admins: the super token, the site's tokens,
     * and signed-in staff who are site admins there. 401 without valid credentials, 403 for another
     * site or a practitioner (or a cookie session's change without its CSRF token), 404 for an
     * unknown site (to a valid caller only). The handler reads the site with {@link grantedSiteOf}.
     */
    siteAdminsOnly: siteAccess('site-admin'),
    /**
     * A site's routes that practitioners use too (the callback work list): as {@link siteAdminsOnly},
     * but signed-in staff need any role at the site, not only site admin.
     */
    sitePractitionersOnly: siteAccess('practitioner'),
  };
}

/** The site the route's `siteAdminsOnly` pre-handler let this request into. */
export function grantedSiteOf(req: Request): SiteId {
  const siteId = grantedSites.get(req);
  // Only a route mounted without its pre-handler gets here: a programming error, answered 500.
  if (siteId === undefined) throw new Error(`no site access checked for ${req.getRoute()?.path ?? 'this route'}`);
  return siteId;
}

/** Who made this admin request (as the audit trail records them), once its access pre-handler let it in. */
export function actorOf(req: Request): AdminActor {
  const actor = actors.get(req);
  // As in grantedSiteOf: only a route mounted without its pre-handler gets here.
  if (actor === undefined) throw new Error(`no admin access checked for ${req.getRoute()?.path ?? 'this route'}`);
  return actor;
}
