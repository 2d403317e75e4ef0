import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { conversationKey, conversationRef } from '../../src/bot/conversation-key';
import { errorCode } from '../../src/bot/error-code';
import { turnFailureReply } from '../../src/bot/turn-failure-reply';
import { CachingBotFrameworkAuthentication } from './caching-authentication';

/** Bot Connector credentials; no app id means anonymous (Emulator and local use only). */
export interface BotConnectorCredentials {
  readonly appId: string | undefined;
  readonly appPassword: string | undefined;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId: string | undefined;
}

/**
 * The Bot Connector adapter for Teams and the Emulator. Its error handler is the last resort for
 * failures outside the dialogs (a busy conversation, a store outage while saving): it logs a code
 * and tells the person kindly, with urgent help, and never rethrows (that would send developer text).
 */
export function createCloudAdapter(credentials: BotConnectorCredentials, logger: Logger): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppType: credentials.appType,
    MicrosoftAppTenantId: credentials.tenantId ?? '',
  });
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(authentication));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      { event: 'turn.failed', code: errorCode(error), conversation: conversationRef(conversationKey(context.activity)) },
      'turn failed',
    );
    try {
      await context.sendActivity(turnFailureReply());
    } catch (sendError) {
      logger.error({ event: 'turn.failure_reply_failed', code: errorCode(sendError) }, 'could not send failure reply');
    }
  };
  return adapter;
}
