import type { Storage } from 'botbuilder';

/**
 * Serializes work per conversation. In memory mode this is an in-process mutex; on Redis it is a
 * lock with expiry, renewal and fencing, so several instances behave as one.
 */
export interface ConversationLock {
  /**
   * Runs `work` while holding the lock for `conversationKey`; waits its turn.
   * @throws AppError TURN_BUSY when the lock cannot be had in time.
   */
  runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
}

/** Tells whether the backing store answers. Used by `/readyz`. */
export interface StoreHealth {
  /** Resolves when the store answered; rejects with AppError STORE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
}

/**
 * Everything the service keeps, behind ports. Two implementations: `redis/` and `memory/`.
 * Later features add their own ports here (goals, consent, callbacks), each with its contract tests.
 */
export interface Stores {
  readonly kind: 'redis' | 'memory';
  /** botbuilder Storage with real eTag compare-and-set; holds dialog and conversation state. */
  readonly botStorage: Storage;
  readonly conversationLock: ConversationLock;
  readonly health: StoreHealth;
  /** Releases connections; pending writes finish first. */
  close(): Promise<void>;
}
