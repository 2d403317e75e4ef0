import { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { KeyedReference } from '../../src/store/keyed-reference';
import type { BotConnectorSettings } from './bot-connector-settings';
import { botFrameworkAuthentication } from './bot-framework-authentication';
import { CachingBotFrameworkAuthentication } from './caching-authentication';

/** The Bot Connector adapter for Teams and the Emulator, with the shared kind error handler. */
export function createCloudAdapter(settings: BotConnectorSettings, logger: Logger, references: KeyedReference): CloudAdapter {
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(botFrameworkAuthentication(settings)));
  adapter.onTurnError = createTurnErrorHandler(logger, references);
  return adapter;
}
