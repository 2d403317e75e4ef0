import type { TeamsConversation } from './teams-conversation';

/** What one inbound Teams activity says about its conversation (ids only). */
export type SeenConversation = Omit<TeamsConversation, 'installed' | 'blockedUntilHeard' | 'updatedAt'>;

/** Why the bot heard from a conversation: it was installed there, removed from it, or anything else. */
export type ConversationSighting = 'installed' | 'uninstalled' | 'heard';

/**
 * The stored conversation after an inbound activity: what the activity says wins (the service URL
 * can change); an uninstall marks it not installed (the record is kept, never deleted) and keeps
 * any block; any other activity marks it installed and no longer blocked, since the bot hears only
 * from conversations it is in. Ids the activity leaves out (a personal chat's user) are kept.
 */
export function refreshedConversation(
  current: TeamsConversation | undefined,
  seen: SeenConversation,
  sighting: ConversationSighting,
  nowIso: string,
): TeamsConversation {
  const teamId = seen.teamId ?? current?.teamId;
  const userId = seen.userId ?? current?.userId;
  const aadObjectId = seen.aadObjectId ?? current?.aadObjectId;
  return {
    conversationId: seen.conversationId,
    scope: seen.scope,
    serviceUrl: seen.serviceUrl,
    tenantId: seen.tenantId,
    botId: seen.botId,
    ...(teamId === undefined ? {} : { teamId }),
    ...(userId === undefined ? {} : { userId }),
    ...(aadObjectId === undefined ? {} : { aadObjectId }),
    installed: sighting !== 'uninstalled',
    blockedUntilHeard: sighting === 'uninstalled' ? (current?.blockedUntilHeard ?? false) : false,
    updatedAt: nowIso,
  };
}
