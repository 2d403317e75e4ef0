import type { Response, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { KeyedReference } from '../../src/store/keyed-reference';
import type { Channel } from '../channel';
import { createCloudAdapter } from './bot-connector-adapter';
import type { BotConnectorSettings } from './bot-connector-settings';
import { createMessagesEndpoint, type MessagesRequest } from './messages-endpoint';

/** `POST /api/messages`: gets the parsed JSON body on `req.body`. */
export type BotMessageHandler = (req: MessagesRequest, res: Response) => Promise<void>;

/** The Bot Connector channel (Teams, the Emulator): CloudAdapter behind `POST /api/messages`. */
export function createBotConnectorChannel(
  settings: BotConnectorSettings,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  references: KeyedReference,
): Channel<BotMessageHandler> {
  const endpoint = createMessagesEndpoint(createCloudAdapter(settings, logger, references), logic, settings);
  return {
    name: 'bot-connector',
    endpoints: endpoint,
    // Its turns run inside their request, so the HTTP server's own drain covers them.
    drain: async () => {},
  };
}
