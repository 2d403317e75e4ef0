import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AdminAccess } from '../admin/admin-auth';
import type { StaffOidcSignIn } from '../admin/staff-oidc';
import type { StaffSessions } from '../admin/staff-sessions';
import { AppError } from '../domain/app-error';
import { staffReturnTo } from '../domain/admin/staff-return-to';
import { credentialsOf } from './admin-access';
import { jsonRoute } from './json-route';
import { cookieValue, queryParams } from './request-parts';
import { staffCookies, staffLoginCookie } from './staff-cookies';

/** What the staff app's sign-in routes need. */
export interface StaffSignInEndpoints {
  readonly sessions: StaffSessions;
  /** Undefined: browser sign-in is not configured (no STAFF_OIDC_CLIENT_ID); login and callback answer 404. */
  readonly oidc: StaffOidcSignIn | undefined;
  /** Whether the cookies are marked Secure (STAFF_COOKIE_INSECURE unset). */
  readonly cookieSecure: boolean;
}

const loginQuery = { schema: z.object({ returnTo: z.string().optional() }), hint: 'returnTo is a path of the staff app, e.g. /staff/#/callbacks.' };

/**
 * Mounts the staff app's sign-in routes, every answer `Cache-Control: no-store`:
 * - `GET /staff/auth/login?returnTo=`: 302 to the OpenID provider (code flow, PKCE, state, nonce);
 * - `GET /staff/auth/callback`: the session cookie `lwc_staff`, then 302 to returnTo (staff paths only);
 * - `POST /staff/auth/logout` (with `X-CSRF-Token`): 204, the session ended and its cookie cleared;
 * - `GET /staff/api/me`: who is signed in (session cookie or Teams SSO bearer); 401 otherwise.
 */
export function mountStaffAuthRoutes(server: Server, options: { readonly access: AdminAccess; readonly endpoints: StaffSignInEndpoints; readonly logger: Logger }): void {
  const { access, endpoints, logger } = options;
  const cookies = staffCookies(endpoints.cookieSecure);
  const route = (handler: (req: Request, res: Response) => Promise<void>) =>
    jsonRoute(logger, async (req, res) => {
      res.header('Cache-Control', 'no-store');
      await handler(req, res);
    });
  const signIn = () => {
    if (endpoints.oidc === undefined) throw new AppError('NOT_FOUND', 'Browser sign-in is not configured on this service.');
    return endpoints.oidc;
  };

  server.get(
    '/staff/auth/login',
    route(async (req, res) => {
      const { authorizationUrl, binding } = await signIn().begin(staffReturnTo(queryParams(req, loginQuery).returnTo));
      res.header('Set-Cookie', cookies.login(binding));
      res.header('Location', authorizationUrl);
      res.send(302);
    }),
  );
  server.get(
    '/staff/auth/callback',
    route(async (req, res) => {
      const { identity, returnTo } = await signIn().finish(req.getQuery(), cookieValue(req, staffLoginCookie));
      const { sessionId } = await endpoints.sessions.start(identity);
      logger.info({ event: 'staff.signed_in', via: 'oidc' }, 'staff signed in');
      res.setHeader('Set-Cookie', [cookies.session(sessionId), cookies.clearLogin()]);
      res.header('Location', staffReturnTo(returnTo));
      res.send(302);
    }),
  );
  server.post(
    '/staff/auth/logout',
    route(async (req, res) => {
      const credentials = credentialsOf(req);
      const principal = await access.staff(credentials);
      if (principal.via === 'oidc' && credentials.sessionId !== undefined) await endpoints.sessions.end(credentials.sessionId);
      logger.info({ event: 'staff.signed_out', via: principal.via }, 'staff signed out');
      res.header('Set-Cookie', cookies.clearSession());
      res.send(204);
    }),
  );
  server.get(
    '/staff/api/me',
    route(async (req, res) => {
      res.send(200, await access.me(credentialsOf(req)));
    }),
  );
}
