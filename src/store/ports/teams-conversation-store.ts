import type { TeamsConversation } from '../../domain/teams/teams-conversation';
import type { ConversationSighting, SeenConversation } from '../../domain/teams/teams-conversation-refresh';
import type { PractitionerIdentity } from '../../teams/teams-directory';

/**
 * The Teams conversations the bot can write to unasked (channels, practitioners' personal chats),
 * shared by every instance. Records are refreshed from every inbound activity and never deleted:
 * an uninstall marks them.
 */
export interface TeamsConversationStore {
  /**
   * Applies what an inbound activity says about its conversation (`refreshedConversation`),
   * atomically against other instances, and resolves the record as saved. A personal chat with an
   * Entra object id becomes that practitioner's personal chat.
   * @throws AppError STORE_RECORD_INVALID when the result does not fit the schema.
   */
  record(seen: SeenConversation, sighting: ConversationSighting, nowIso: string): Promise<TeamsConversation>;
  /** The conversation, if the bot has heard from it. */
  get(conversationId: string): Promise<TeamsConversation | undefined>;
  /** The practitioner's personal chat with the bot (the last one recorded), if any. */
  personalChatOf(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined>;
  /**
   * Marks the conversation blocked until the bot hears from it again (Teams answered a 403 that
   * says the bot may not write there). Resolves false for an unknown conversation.
   */
  markBlocked(conversationId: string, nowIso: string): Promise<boolean>;
}
