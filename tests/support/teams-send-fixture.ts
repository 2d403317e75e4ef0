import type { BotConnectorSettings } from '../../adapters/bot-connector';
import type { TeamsSendSettings } from '../../adapters/teams';
import type { TeamsConversation } from '../../src/domain/teams/teams-conversation';

/** Anonymous Bot Connector settings: no token, replies to loopback only (the fake Bot Connector). */
export const anonymousBotConnector: BotConnectorSettings = { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined, anonymousServiceOrigins: [] };

/** Send settings for tests: small rates and short waits, so limits bind within a second or two. */
export function testSendSettings(overrides: Partial<TeamsSendSettings> = {}): TeamsSendSettings {
  return {
    rates: { conversation: { burst: 2, perSecond: 4 }, tenant: { burst: 4, perSecond: 20 } },
    attempts: 3,
    backoffMs: 20,
    throttlePauseMs: 1_000,
    authPauseMs: 500,
    duplicateWindowMs: 60_000,
    sendTimeoutMs: 30_000,
    attemptTimeoutMs: 5_000,
    ...overrides,
  };
}

/** A stored Teams conversation at the fake Bot Connector: a channel unless `personal`. */
export function teamsConversation(serviceUrl: string, conversationId: string, options: { tenantId?: string; personal?: boolean } = {}): TeamsConversation {
  const personal = options.personal === true;
  return {
    conversationId,
    scope: personal ? 'personal' : 'channel',
    serviceUrl,
    tenantId: options.tenantId ?? 'tenant-a',
    botId: '28:bot',
    ...(personal ? { userId: `29:${conversationId}`, aadObjectId: `aad-${conversationId}` } : { teamId: '19:team@thread.tacv2' }),
    installed: true,
    blockedUntilHeard: false,
    updatedAt: '2026-12-07T09:00:00.000Z',
  };
}
