import { z } from 'zod';

/** Where a Teams conversation lives: a team's channel, a one-to-one chat, or a group chat. */
export const teamsScopes = ['channel', 'personal', 'groupChat'] as const;
export type TeamsScope = (typeof teamsScopes)[number];

const instant = z.iso.datetime({ offset: true });
const id = z.string().trim().min(1).max(300);

/**
 * A Teams conversation the bot can write to unasked: what botbuilder's conversation reference
 * needs, kept by the install and refreshed from every inbound activity (the service URL can
 * change). Ids only: no names, no message text. `installed` false once the bot was removed
 * (references are marked, never deleted); `blockedUntilHeard` after a 403 that says the bot may
 * not write there (Teams' ConversationBlockedByUser, BotDisabledByAdmin, ...), cleared when the
 * bot hears from the conversation again.
 */
export const teamsConversationSchema = z.strictObject({
  /** Teams' conversation id (`19:...@thread.tacv2` for a channel, `a:...` for a personal chat). */
  conversationId: id,
  scope: z.enum(teamsScopes),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  /** Entra tenant id (`channelData.tenant.id`). */
  tenantId: id,
  /** The bot's id in the conversation (`28:<app id>`). */
  botId: id,
  /** A channel's team (`channelData.team.id`), for channel conversations. */
  teamId: id.optional(),
  /** For a personal chat: the practitioner's `29:` id (per bot) and Entra object id. */
  userId: id.optional(),
  aadObjectId: id.optional(),
  installed: z.boolean(),
  blockedUntilHeard: z.boolean(),
  updatedAt: instant,
});
export type TeamsConversation = z.infer<typeof teamsConversationSchema>;
