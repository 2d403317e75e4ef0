import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import { credentialsOf } from './admin-access';
import { jsonRoute } from './json-route';

/**
 * Mounts the staff app's sign-in routes: `GET /staff/api/me` (who is signed in, by session cookie
 * or Teams SSO bearer; 401 otherwise). Every answer is `Cache-Control: no-store`.
 */
export function mountStaffAuthRoutes(server: Server, options: { readonly access: AdminAccess; readonly logger: Logger }): void {
  server.get(
    '/staff/api/me',
    jsonRoute(options.logger, async (req, res) => {
      res.header('Cache-Control', 'no-store');
      res.send(200, await options.access.me(credentialsOf(req)));
    }),
  );
}
