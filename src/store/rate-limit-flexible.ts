import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../domain/app-error';
import type { KeyedReference } from './keyed-reference';
import type { RateLimit } from './ports';

/**
 * Adapts a rate-limiter-flexible limiter (memory or Redis) to the RateLimit port. The library
 * rejects with a RateLimiterRes when the key is over its limit; any other rejection is a store
 * failure, turned into STORE_UNAVAILABLE by `storeFailure` (so a route answers 503, not 500).
 * Keys name numbers, people and addresses: the limiter only ever sees their keyed reference.
 */
export function rateLimitFrom(
  limiter: RateLimiterAbstract,
  references: KeyedReference,
  storeFailure: (cause: unknown) => AppError = unavailable,
): RateLimit {
  return {
    consume: async (key) => {
      try {
        await limiter.consume(references('rate-limit', key));
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw storeFailure(rejection);
      }
    },
  };
}

function unavailable(cause: unknown): AppError {
  return new AppError('STORE_UNAVAILABLE', 'counting a rate limit failed', { cause: new Error(cause instanceof Error ? cause.name : 'unknown error') });
}
