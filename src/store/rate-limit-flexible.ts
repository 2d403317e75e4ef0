import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimit } from './ports';

/**
 * Adapts a rate-limiter-flexible limiter (memory or Redis) to the RateLimit port. The library
 * rejects with a RateLimiterRes when the key is over its limit; other rejections are store errors.
 */
export function rateLimitFrom(limiter: RateLimiterAbstract): RateLimit {
  return {
    consume: async (key) => {
      try {
        await limiter.consume(key);
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
