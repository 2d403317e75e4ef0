import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { teamsConversationSchema, teamsScopes } from '../../src/domain/teams/teams-conversation';
import type { ConversationSighting, SeenConversation } from '../../src/domain/teams/teams-conversation-refresh';
import type { PractitionerIdentity } from '../../src/teams/teams-directory';

const idOf = z.object({ id: z.string() });

/** The parts of an inbound Teams activity the practitioners' bot reads (the rest passes by). */
const teamsActivitySchema = z.object({
  type: z.string(),
  /** installationUpdate: `add`, `remove` (`add-upgrade`, `remove-upgrade`). */
  action: z.string().optional(),
  serviceUrl: z.string(),
  conversation: z.object({ id: z.string(), conversationType: z.enum(teamsScopes), tenantId: z.string().optional() }),
  from: z.object({ id: z.string(), aadObjectId: z.string().optional() }),
  recipient: idOf,
  channelData: z
    .object({ tenant: idOf.optional(), team: idOf.optional(), channel: idOf.optional() })
    .optional(),
  membersAdded: z.array(idOf).optional(),
  membersRemoved: z.array(idOf).optional(),
});
type TeamsActivity = z.infer<typeof teamsActivitySchema>;

const seenConversationSchema = teamsConversationSchema.omit({ installed: true, blockedUntilHeard: true, updatedAt: true });

/** An inbound Teams activity as the practitioners' bot sees it. */
export interface TeamsTurn {
  /** Entra tenant id (`channelData.tenant.id`, else `conversation.tenantId`). */
  readonly tenantId: string | undefined;
  /** The conversation it came from, checked against the stored schema; undefined when it does not fit. */
  readonly conversation: SeenConversation | undefined;
  readonly sighting: ConversationSighting;
  /** Who sent it, when Teams names their Entra object id. */
  readonly sender: PractitionerIdentity | undefined;
}

/** Reads a Teams activity (zod); undefined when it lacks what every Teams activity has. */
export function teamsTurnOf(activity: Partial<Activity>): TeamsTurn | undefined {
  const parsed = teamsActivitySchema.safeParse(activity);
  if (!parsed.success) return undefined;
  const teams = parsed.data;
  const tenantId = teams.channelData?.tenant?.id ?? teams.conversation.tenantId;
  const conversation = tenantId === undefined ? undefined : seenConversationOf(teams, tenantId);
  const aadObjectId = teams.from.aadObjectId;
  return {
    tenantId,
    conversation,
    sighting: sightingOf(teams),
    sender: tenantId === undefined || aadObjectId === undefined ? undefined : { tenantId, aadObjectId },
  };
}

function seenConversationOf(teams: TeamsActivity, tenantId: string): SeenConversation | undefined {
  const scope = teams.conversation.conversationType;
  const personal = scope === 'personal';
  const seen = seenConversationSchema.safeParse({
    // A channel message in a thread names the thread (`19:...;messageid=...`): nudges go to the channel.
    conversationId: scope === 'channel' ? (teams.channelData?.channel?.id ?? teams.conversation.id.split(';')[0]) : teams.conversation.id,
    scope,
    serviceUrl: teams.serviceUrl,
    tenantId,
    botId: teams.recipient.id,
    ...(teams.channelData?.team === undefined ? {} : { teamId: teams.channelData.team.id }),
    ...(personal ? { userId: teams.from.id } : {}),
    ...(personal && teams.from.aadObjectId !== undefined ? { aadObjectId: teams.from.aadObjectId } : {}),
  });
  return seen.success ? seen.data : undefined;
}

/** Whether the activity installs the bot, removes it, or neither. */
function sightingOf(teams: TeamsActivity): ConversationSighting {
  const botId = teams.recipient.id;
  if (teams.type === 'installationUpdate') return teams.action?.startsWith('remove') === true ? 'uninstalled' : 'installed';
  if (teams.type === 'conversationUpdate') {
    if (teams.membersRemoved?.some((member) => member.id === botId) === true) return 'uninstalled';
    if (teams.membersAdded?.some((member) => member.id === botId) === true) return 'installed';
  }
  return 'heard';
}
