import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import type { Channel } from '../channel';
import { AzureDirectLine } from './azure-direct-line';
import { DirectLineAdapter, webChatChannelId } from './webchat-adapter';
import { DirectLineService, type DirectLineServiceOptions } from './direct-line-service';
import { DirectLineTokens } from './direct-line-tokens';
import { sendToWebChatUser } from './webchat-proactive';
import type { WebChatSettings } from './webchat-settings';

/** The bot's id in web chat conversations. */
const botId = 'living-well-companion';

/** The web chat channel, and how reminders reach a person on it outside a turn. */
export interface WebChatChannel extends Channel<DirectLineService> {
  /** Puts a message in the user's newest conversation; false when they have none. */
  sendProactive(userId: string, text: string): Promise<boolean>;
}

/** The local Direct Line channel (`webchat`), over the stores and the shared turn logic. */
export function createWebChatChannel(
  settings: WebChatSettings,
  stores: Stores,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  clock: Clock,
  safetyFallback?: DirectLineServiceOptions['safetyFallback'],
): WebChatChannel {
  const now = () => clock.now();
  const adapter = new DirectLineAdapter({ history: stores.directLine, botId, botName: 'Living Well companion', now });
  adapter.onTurnError = createTurnErrorHandler(logger, stores.references);
  const service = new DirectLineService({
    history: stores.directLine,
    tokens: new DirectLineTokens(settings.tokenSecret, settings.tokenTtlSeconds, now),
    adapter,
    logic,
    postLimit: stores.rateLimit({ name: 'dl-post', points: settings.postsPerMinute, windowSeconds: 60 }),
    tokenLimit: stores.rateLimit({ name: 'dl-token', points: settings.tokensPerMinute, windowSeconds: 60 }),
    streamsPerConversation: settings.streamsPerConversation,
    botId,
    logger,
    now,
    ...(safetyFallback === undefined ? {} : { safetyFallback }),
    ...(settings.azure === undefined ? {} : { azure: new AzureDirectLine({ ...settings.azure, timeoutMs: 5_000 }) }),
  });
  // Turns run after their POST was answered: draining lets them finish.
  return {
    name: webChatChannelId,
    endpoints: service,
    drain: () => service.drain(),
    sendProactive: (userId, text) => sendToWebChatUser(adapter, stores.directLine, botId, userId, text),
  };
}
