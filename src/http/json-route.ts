import type { Next, Request, Response } from 'restify';
import type { Logger } from 'pino';
import { type AppError, isAppError } from '../domain/app-error';
import { httpStatusForCode } from './error-status';

/** A route body: may throw AppError; anything else becomes a 500 without details. */
export type RouteHandler = (req: Request, res: Response) => Promise<void>;

/**
 * Sends `{ error: { code, message } }` (and `fields` when the error names them, `safety` when a
 * failed chat message still has safety messages to show) with the status for `code`.
 */
export function sendError(res: Response, error: AppError): void {
  const status = httpStatusForCode[error.code];
  const retryAfter = error.retryAfterSeconds ?? (status === 503 ? 5 : undefined);
  if (retryAfter !== undefined) res.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
  const fields = error.fields?.map(({ field, message }) => ({ field, message }));
  const safety = error.safety?.map(({ text, safety: marker }) => ({ text, ...(marker === undefined ? {} : { safety: marker }) }));
  res.send(status, {
    error: { code: error.code, message: error.message, ...(fields === undefined ? {} : { fields }) },
    ...(safety === undefined || safety.length === 0 ? {} : { safety }),
  });
}

/**
 * Wraps a handler so restify never sees a rejected promise: typed errors map to their status,
 * unexpected ones are logged by name and answered with a plain 500.
 */
export function jsonRoute(logger: Logger, handler: RouteHandler): RouteHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      answerFailure(logger, req, res, error);
    }
  };
}

/**
 * A pre-handler (restify runs it before the route's handler, e.g. an access check): when `check`
 * resolves the chain goes on; when it throws, the error is answered as {@link jsonRoute} answers it
 * and the handler never runs.
 */
export function jsonPreHandler(logger: Logger, check: RouteHandler): (req: Request, res: Response, next: Next) => void {
  return (req, res, next) => {
    check(req, res).then(
      () => next(),
      (error: unknown) => {
        answerFailure(logger, req, res, error);
        next(false);
      },
    );
  };
}

function answerFailure(logger: Logger, req: Request, res: Response, error: unknown): void {
  if (res.headersSent) return;
  if (isAppError(error)) {
    sendError(res, error);
    return;
  }
  logger.error({ event: 'http.unexpected_error', route: req.getRoute()?.path, errorName: errorName(error) }, 'unexpected error');
  res.send(500, { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } });
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
