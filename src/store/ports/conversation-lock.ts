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
