/** Whether one more action is allowed for a key, and if not, when to try again. */
export interface RateLimit {
  consume(key: string): Promise<{ readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }>;
}

/** How many actions per window a rate limit allows. */
export interface RateLimitRule {
  /** Distinguishes limits sharing a store, e.g. `dl-post`. */
  readonly name: string;
  readonly points: number;
  readonly windowSeconds: number;
}
