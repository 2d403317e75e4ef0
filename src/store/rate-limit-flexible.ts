import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { KeyedReference } from './keyed-reference';
import type { RateLimit } from './ports';

/**
 * Adapts a rate-limiter-flexible limiter (memory or Redis) to the RateLimit port. The library
 * rejects with a RateLimiterRes when the key is over its limit; other rejections are store errors.
 * Keys name numbers, people and addresses: the limiter only ever sees their keyed reference.
 */
export function rateLimitFrom(limiter: RateLimiterAbstract, references: KeyedReference): RateLimit {
  return {
    consume: async (key) => {
      try {
        await limiter.consume(references('rate-limit', key));
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
  };
}
