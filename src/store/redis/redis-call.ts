import type { ChainableCommander } from 'ioredis';
import { AppError } from '../../domain/app-error';

/**
 * A Redis failure as STORE_UNAVAILABLE. ioredis errors carry the command and its arguments (the
 * person key and record), which an error serializer would log, so only the name and message are kept.
 */
export function redisFailure(what: string, cause: unknown): AppError {
  const summary = cause instanceof Error ? `${cause.name}: ${cause.message}` : 'unknown error';
  return new AppError('STORE_UNAVAILABLE', `${what} in Redis failed`, { cause: new Error(summary) });
}

/**
 * Awaits one Redis reply; a failure (connection lost, timeout, an error reply) becomes
 * STORE_UNAVAILABLE naming `what`, e.g. `await redisCall('reading a team', redis.get(key))`.
 * The one way the Redis stores talk to Redis. Takes the reply, not a function: an error thrown
 * while building the call (a bad id refused before it becomes a key) keeps its own code.
 */
export async function redisCall<T>(what: string, reply: Promise<T>): Promise<T> {
  try {
    return await reply;
  } catch (cause) {
    throw redisFailure(what, cause);
  }
}

/**
 * Runs a MULTI … EXEC transaction through {@link redisCall}; an aborted transaction or an error
 * reply to any of its commands fails it too (EXEC itself succeeds then).
 */
export async function redisTransaction(what: string, transaction: ChainableCommander): Promise<void> {
  const results = await redisCall(what, transaction.exec());
  const failed = results?.find(([error]) => error !== null)?.[0];
  if (results === null || failed) throw redisFailure(what, failed ?? new Error('transaction aborted'));
}
