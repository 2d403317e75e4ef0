/**
 * Serializes work per conversation. In memory mode this is an in-process mutex; on Redis it is a
 * lock with expiry, renewal and fencing, so several instances behave as one.
 */
export interface ConversationLock {
  /**
   * Runs `work` while holding the lock for `conversationKey`; waits its turn.
   * @param readFirst a read of the store to make as the lock is had, handed to `work`: on Redis it
   *   is sent with the command that takes the lock (one round trip, in order on one connection, so
   *   it sees every write made before the lock was had); an attempt that does not get the lock
   *   discards its read.
   * @throws AppError TURN_BUSY when the lock cannot be had in time.
   */
  runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (read: R) => Promise<T>, readFirst: () => Promise<R>): Promise<T>;
}
