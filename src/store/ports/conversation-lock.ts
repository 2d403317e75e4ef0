/**
 * Proof of holding a conversation lock, for the writes of the turn that holds it: the store
 * refuses them (LOCK_LOST) once the lock has passed to someone else. Opaque to everyone but the store.
 */
export interface TurnFence {
  readonly lockKey: string;
  readonly token: string;
}

/** What work run under the lock is given: the read made as the lock was had, and the lock's fence (none in memory mode, where nothing outlives its holder). */
export interface HeldLock<R> {
  readonly read: R;
  readonly fence: TurnFence | undefined;
}

/**
 * Serializes work per conversation. In memory mode this is an in-process mutex; on Redis it is a
 * lock with expiry, renewal and fencing, so several instances behave as one.
 */
export interface ConversationLock {
  /**
   * Runs `work` while holding the lock for `conversationKey`; waits its turn. Writes the work makes
   * to the conversation's state, and anything else it must not write once the lock is lost, pass
   * the fence it is given.
   * @param readFirst a read of the store to make as the lock is had, handed to `work`: on Redis it
   *   is sent with the command that takes the lock (one round trip, in order on one connection, so
   *   it sees every write made before the lock was had); an attempt that does not get the lock
   *   discards its read.
   * @throws AppError TURN_BUSY when the lock cannot be had in time.
   */
  runExclusive<T>(conversationKey: string, work: (held: HeldLock<undefined>) => Promise<T>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (held: HeldLock<R>) => Promise<T>, readFirst: () => Promise<R>): Promise<T>;
}
