/**
 * What the send pipeline tells the Teams references store about a conversation Teams refused.
 * Ids only. Implemented by the references store (every instance sees the marks).
 */
export interface TeamsReachability {
  /**
   * Teams answered 403 with a code saying the bot may not write there (ConversationBlockedByUser,
   * BotDisabledByAdmin, ...): no more sends until the bot hears from the conversation again.
   */
  markBlocked(conversationId: string): Promise<void>;
  /** A personal chat Teams no longer knew (404) was created again: sends go to `newConversationId` from now on. */
  replaced(conversationId: string, newConversationId: string): Promise<void>;
  /** A personal chat is gone and could not be created again: the practitioner is unreachable (shown to site admins). */
  markUnreachable(conversationId: string): Promise<void>;
}
