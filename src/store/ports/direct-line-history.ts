/** A web chat (Direct Line) conversation: who it belongs to. */
export interface WebChatConversation {
  readonly conversationId: string;
  /** The server-chosen Direct Line user id the conversation is bound to. */
  readonly userId: string;
  /** UTC ISO instant. */
  readonly createdAt: string;
  /**
   * When set, the conversation and its messages are kept only this many seconds after the last
   * message, however long the history's usual lifetime (people who did not agree to saving).
   */
  readonly retentionSeconds?: number;
}

/** A page of a conversation's history after a watermark. */
export interface HistoryPage {
  /** Activities in order, each with `id` set (`<conversationId>|<seq>`). */
  readonly activities: readonly Record<string, unknown>[];
  /** The sequence number of the last activity in the conversation (or the watermark asked for). */
  readonly watermark: number;
}

/**
 * Direct Line conversation history, shared by every instance: activities get increasing sequence
 * numbers (the Direct Line watermark), expire after a TTL, and appends are announced to every
 * instance so a WebSocket on any of them delivers at once.
 */
export interface DirectLineHistory {
  /** Records a new conversation for `userId` (idempotent). */
  createConversation(conversation: WebChatConversation): Promise<void>;
  getConversation(conversationId: string): Promise<WebChatConversation | undefined>;
  /**
   * Appends an activity, giving it the next sequence number and the id `<conversationId>|<seq>`
   * (overwriting any id it had). Refreshes the TTL. Announces it to subscribers.
   * @throws AppError NOT_FOUND when the conversation does not exist (expired or erased).
   */
  append(conversationId: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number }>;
  /** Activities with a sequence number above `watermark` (at most `limit`). */
  since(conversationId: string, watermark: number, limit: number): Promise<HistoryPage>;
  /**
   * Calls `listener` with each activity appended to the conversation from now on, on any instance,
   * once each and in order. On a Redis Cluster an append made just before may be heard too (its
   * PUBLISH reaches other nodes over the cluster bus after the append has returned): a listener
   * skips sequence numbers it has had, as the web chat stream does. Returns the unsubscribe function.
   */
  subscribe(conversationId: string, listener: (activity: Record<string, unknown>, watermark: number) => void): () => void;
  /**
   * Resolves once every subscription made so far is active everywhere (on Redis the SUBSCRIBE
   * reaches the server a moment later). Await it before reading a backlog, so nothing falls between.
   */
  subscriptionsSettled(): Promise<void>;
  /** Conversation ids bound to a user (for erasure). */
  conversationsOf(userId: string): Promise<string[]>;
  /** Erases a conversation and its history. */
  deleteConversation(conversationId: string): Promise<void>;
  /**
   * Keeps the conversation and its messages only `seconds` after the last one from now on (never
   * longer than usual). On Redis the keys' expiry is set at once and every later append keeps to
   * it; in memory (embedded mode) history lives only as long as the process anyway.
   */
  limitRetention(conversationId: string, seconds: number): Promise<void>;
  /**
   * Erases a conversation's activities but keeps the conversation: appends go on from the next
   * sequence number, so a client carries on from its watermark.
   */
  clearHistory(conversationId: string): Promise<void>;
}
