import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { AppError, isAppError } from '../domain/app-error';
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
      if (res.headersSent) return;
      if (isAppError(error)) {
        sendError(res, error);
        return;
      }
      logger.error({ event: 'http.unexpected_error', route: req.getRoute()?.path, errorName: errorName(error) }, 'unexpected error');
      res.send(500, { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } });
    }
  };
}

/**
 * Parses a raw JSON body read by restify's bodyReader.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE unless the body is JSON; BAD_REQUEST when it does not parse.
 */
export function parseJsonBody(req: Request): unknown {
  if (!req.is('json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  }
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') throw new AppError('BAD_REQUEST', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
