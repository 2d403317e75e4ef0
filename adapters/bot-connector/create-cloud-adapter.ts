import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { KeyedReference } from '../../src/store/keyed-reference';
import { CachingBotFrameworkAuthentication } from './caching-authentication';

/** Bot Connector credentials; no app id means anonymous (Emulator and local use only). */
export interface BotConnectorCredentials {
  readonly appId: string | undefined;
  readonly appPassword: string | undefined;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId: string | undefined;
}

/** The Bot Connector adapter for Teams and the Emulator, with the shared kind error handler. */
export function createCloudAdapter(credentials: BotConnectorCredentials, logger: Logger, references: KeyedReference): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId ?? '',
    MicrosoftAppPassword: credentials.appPassword ?? '',
    MicrosoftAppType: credentials.appType,
    MicrosoftAppTenantId: credentials.tenantId ?? '',
  });
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(authentication));
  adapter.onTurnError = createTurnErrorHandler(logger, references);
  return adapter;
}
