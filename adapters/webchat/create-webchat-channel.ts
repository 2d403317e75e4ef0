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
import type { WebChatSettings } from './webchat-settings';

/** The local Direct Line channel (`webchat`), over the stores and the shared turn logic. */
export function createWebChatChannel(
  settings: WebChatSettings,
  stores: Stores,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  clock: Clock,
  safetyFallback?: DirectLineServiceOptions['safetyFallback'],
): Channel<DirectLineService> {
  const now = () => clock.now();
  const adapter = new DirectLineAdapter({ history: stores.directLine, botId: 'living-well-companion', botName: 'Living Well companion', now });
  adapter.onTurnError = createTurnErrorHandler(logger, stores.references);
  const service = new DirectLineService({
    history: stores.directLine,
    tokens: new DirectLineTokens(settings.tokenSecret, settings.tokenTtlSeconds, now),
    adapter,
    logic,
    postLimit: stores.rateLimit({ name: 'dl-post', points: settings.postsPerMinute, windowSeconds: 60 }),
    tokenLimit: stores.rateLimit({ name: 'dl-token', points: settings.tokensPerMinute, windowSeconds: 60 }),
    streamsPerConversation: settings.streamsPerConversation,
    botId: 'living-well-companion',
    logger,
    now,
    ...(safetyFallback === undefined ? {} : { safetyFallback }),
    ...(settings.azure === undefined ? {} : { azure: new AzureDirectLine({ ...settings.azure, timeoutMs: 5_000 }) }),
  });
  // Turns run after their POST was answered: draining lets them finish.
  return { name: webChatChannelId, endpoints: service, drain: () => service.drain() };
}
