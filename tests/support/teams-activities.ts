import { randomUUID } from 'node:crypto';

/** A tenant the test service serves, and one it does not. */
export const servedTenant = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const otherTenant = '7d1c2b3a-0000-4000-8000-00000000beef';

/** The bot as Teams names it in activities. */
export const teamsBot = { id: '28:test-bot-app-id', name: 'Living Well' };

/** A practitioner in Teams: their per-bot `29:` id and Entra object id. */
export interface TeamsUser {
  readonly id: string;
  readonly aadObjectId: string;
}

/** Where an activity comes from: a team channel or a personal chat. */
export type TeamsPlace =
  | { readonly scope: 'channel'; readonly teamId: string; readonly channelId: string }
  | { readonly scope: 'personal'; readonly conversationId: string };

export interface TeamsActivityOptions {
  readonly serviceUrl: string;
  readonly place: TeamsPlace;
  readonly from: TeamsUser;
  readonly tenantId?: string;
}

/** The fields every Teams activity has, as Teams sends them. */
function teamsActivity(options: TeamsActivityOptions, fields: Record<string, unknown>): Record<string, unknown> {
  const tenantId = options.tenantId ?? servedTenant;
  const { place } = options;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: options.from.id, aadObjectId: options.from.aadObjectId, name: 'Sam Practitioner' },
    recipient: teamsBot,
    conversation:
      place.scope === 'channel'
        ? { id: place.channelId, conversationType: 'channel', isGroup: true, tenantId }
        : { id: place.conversationId, conversationType: 'personal', tenantId },
    channelData:
      place.scope === 'channel'
        ? { tenant: { id: tenantId }, team: { id: place.teamId, name: 'Salford Living Well' }, channel: { id: place.channelId, name: 'Callbacks' } }
        : { tenant: { id: tenantId } },
    ...fields,
  };
}

/** `installationUpdate` (add or remove), as Teams sends it when the app is installed or removed. */
export function installationUpdate(options: TeamsActivityOptions, action: 'add' | 'remove'): Record<string, unknown> {
  return teamsActivity(options, { type: 'installationUpdate', action });
}

/** `conversationUpdate` with the bot added to (or removed from) a team. */
export function botMembershipUpdate(options: TeamsActivityOptions, change: 'membersAdded' | 'membersRemoved'): Record<string, unknown> {
  return teamsActivity(options, { type: 'conversationUpdate', [change]: [{ id: teamsBot.id }] });
}

/** A message; in a channel the bot is @mentioned first, as Teams requires. */
export function teamsMessage(options: TeamsActivityOptions, text: string): Record<string, unknown> {
  if (options.place.scope !== 'channel') return teamsActivity(options, { type: 'message', text });
  const mention = `<at>${teamsBot.name}</at>`;
  return teamsActivity(options, {
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: teamsBot }],
  });
}
