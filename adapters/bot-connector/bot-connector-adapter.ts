import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
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
    ...(settings.openIdMetadataUrl === undefined ? {} : publicCloudWithOpenIdMetadata(settings.openIdMetadataUrl)),
  });
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(authentication));
  adapter.onTurnError = createTurnErrorHandler(logger, references);
  return adapter;
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
