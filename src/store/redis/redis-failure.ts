import { AppError } from '../../domain/app-error';

/**
 * A Redis failure as STORE_UNAVAILABLE. ioredis errors carry the command and its arguments (the
 * person key and record), which an error serializer would log, so only the name and message are kept.
 */
export function redisFailure(what: string, cause: unknown): AppError {
  const summary = cause instanceof Error ? `${cause.name}: ${cause.message}` : 'unknown error';
  return new AppError('STORE_UNAVAILABLE', `${what} in Redis failed`, { cause: new Error(summary) });
}
