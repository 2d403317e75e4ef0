import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, type ConnectorClientOptions } from 'botframework-connector';
import type { BotConnectorSettings } from './bot-connector-settings';

/**
 * Bot Framework authentication from the Bot Connector settings (app id, password, type, tenant;
 * none: anonymous; `openIdMetadataUrl`: tests' local key set). The one place the settings become
 * credentials: CloudAdapter's and the Teams send pipeline's (which passes its own
 * `connectorClientOptions`, e.g. an HTTP client).
 */
export function botFrameworkAuthentication(settings: BotConnectorSettings, connectorClientOptions?: ConnectorClientOptions): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.appId ?? '',
      MicrosoftAppPassword: settings.appPassword ?? '',
      MicrosoftAppType: settings.appType,
      MicrosoftAppTenantId: settings.tenantId ?? '',
      ...(settings.openIdMetadataUrl === undefined ? {} : publicCloudWithOpenIdMetadata(settings.openIdMetadataUrl)),
    },
    undefined,
    undefined,
    undefined,
    connectorClientOptions,
  );
}

/**
 * The public cloud's endpoints with another OpenID metadata document for the channels' tokens.
 * botbuilder takes any one endpoint set as a whole custom set, so the others are given as the
 * public cloud has them.
 */
function publicCloudWithOpenIdMetadata(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}
