import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { AppError, isAppError } from '../domain/app-error';
import { jsonRoute, parseJsonBody } from './json-route';

/**
 * An admin route: JSON errors as everywhere, and `Cache-Control: no-store`, because admin answers
 * hold listings, tokens, and people's names and numbers.
 */
export function adminRoute(logger: Logger, handler: (req: Request, res: Response) => Promise<void>) {
  return jsonRoute(logger, async (req, res) => {
    res.header('Cache-Control', 'no-store');
    await handler(req, res);
  });
}

/** The `Authorization` header, as the admin handlers check it. */
export function authorizationOf(req: Request): string | undefined {
  return req.header('authorization');
}

/** A path parameter as received (the handlers parse it). */
export function pathParam(req: Request, name: 'siteId' | 'id'): unknown {
  return req.params?.[name];
}

/** A JSON body; an empty or unparseable one is a 400 naming `body` (as every admin body problem names its field). */
export function jsonBody(req: Request): unknown {
  try {
    return parseJsonBody(req);
  } catch (error) {
    if (isAppError(error, 'BAD_REQUEST')) throw bodyProblem(error.message);
    throw error;
  }
}

/** A 400 about the body as a whole. */
export function bodyProblem(message: string): AppError {
  return new AppError('BAD_REQUEST', message, { fields: [{ field: 'body', message }] });
}
