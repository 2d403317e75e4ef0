import type { Logger } from 'pino';
import { AppError, isAppError } from '../domain/app-error';
import { jsonRoute, type RouteHandler } from './json-route';

/**
 * An admin route's handler (after its access pre-handler): JSON errors as everywhere, and every
 * 400 names its fields; a problem with the body as a whole (empty, not JSON) names `body`.
 */
export function adminRoute(logger: Logger, handler: RouteHandler): RouteHandler {
  return jsonRoute(logger, async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (isAppError(error, 'BAD_REQUEST') && error.fields === undefined) {
        throw new AppError('BAD_REQUEST', error.message, { cause: error, fields: [{ field: 'body', message: error.message }] });
      }
      throw error;
    }
  });
}
