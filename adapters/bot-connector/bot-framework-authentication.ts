import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConnectorClientOptions } from 'botframework-connector';
import type { BotConnectorSettings } from './bot-connector-settings';

/**
 * Bot Framework authentication from the Bot Connector settings (app id, password, type, tenant;
 * none: anonymous). The one place the settings become credentials: CloudAdapter's and the Teams
 * send pipeline's (which passes its own `connectorClientOptions`, e.g. an HTTP client).
 */
export function botFrameworkAuthentication(settings: BotConnectorSettings, connectorClientOptions?: ConnectorClientOptions): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.appId ?? '',
      MicrosoftAppPassword: settings.appPassword ?? '',
      MicrosoftAppType: settings.appType,
      MicrosoftAppTenantId: settings.tenantId ?? '',
    },
    undefined,
    undefined,
    undefined,
    connectorClientOptions,
  );
}
