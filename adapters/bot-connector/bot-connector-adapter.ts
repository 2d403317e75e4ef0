import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { KeyedReference } from '../../src/store/keyed-reference';
import type { BotConnectorSettings } from './bot-connector-settings';
import { CachingBotFrameworkAuthentication } from './caching-authentication';

/** The Bot Connector adapter for Teams and the Emulator, with the shared kind error handler. */
export function createCloudAdapter(settings: BotConnectorSettings, logger: Logger, references: KeyedReference): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId ?? '',
  });
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(authentication));
  adapter.onTurnError = createTurnErrorHandler(logger, references);
  return adapter;
}
