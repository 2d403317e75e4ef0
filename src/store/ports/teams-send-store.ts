/** A token bucket to take from: what it limits (`conversation:<id>`, `tenant:<id>`) and its rate. */
export interface SendBucket {
  readonly key: string;
  /** Sends it lets through at once (its capacity). */
  readonly burst: number;
  /** Tokens it gets back a second. */
  readonly perSecond: number;
}

/** Whether a send may go now; if not, how long until it might, and why. */
export type SendTake =
  | { readonly taken: true }
  | {
      readonly taken: false;
      readonly waitMs: number;
      /** Sending is paused (429, 401): `paused`; else the index of the bucket that is empty (the longest wait). */
      readonly short: 'paused' | number;
    };

/** Where a keyed send went (or the message a keyed update replaced). */
export interface SentRecord {
  readonly conversationId: string;
  readonly activityId: string;
}

/** A send key's state: this caller may send (`claimed`), it was sent (`done`), or another caller is sending (`busy`). */
export type SendClaim =
  | { readonly state: 'claimed'; readonly token: string }
  | { readonly state: 'done'; readonly sent: SentRecord }
  | { readonly state: 'busy' };

/**
 * The Teams send pipeline's shared state: token buckets, the global pause and the keyed results,
 * shared by every instance (Redis) or kept by this process (embedded mode). Both implementations
 * pass `tests/integration/teams-send-store-contract.test.ts`. `now` is the caller's clock.
 */
export interface TeamsSendStore {
  /**
   * Takes one token from every bucket, all or none (none while sending is paused). Buckets start
   * full and refill continuously.
   * @throws AppError STORE_UNAVAILABLE
   */
  take(buckets: readonly SendBucket[], now: number): Promise<SendTake>;
  /** Pauses all sending until `until` (ms); a later pause already set is kept. */
  pauseUntil(until: number, now: number): Promise<void>;
  /**
   * Claims a send key for `holdMs` (a caller that dies holding it frees it then), or answers the
   * result recorded under it, or that another caller holds it.
   */
  claim(key: string, holdMs: number, now: number): Promise<SendClaim>;
  /** Records the result under the key for `keepMs` (the duplicate window): repeats answer it and send nothing. */
  finish(key: string, sent: SentRecord, keepMs: number, now: number): Promise<void>;
  /** Frees a claim that did not send (a failure), only if `token` still holds it. */
  release(key: string, token: string): Promise<void>;
}
