import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { KeyedReference } from '../store/keyed-reference';
import { conversationKey } from './conversation-key';
import { errorCode } from './error-code';
import { turnFailureReply } from './turn-failure-reply';

/**
 * Every adapter's last resort for failures outside the dialogs (a busy conversation, a store outage
 * while saving): logs a code and tells the person kindly, with urgent help. Never rethrows, which
 * would send developer text.
 */
export function createTurnErrorHandler(logger: Logger, references: KeyedReference): (context: TurnContext, error: unknown) => Promise<void> {
  return async (context, error) => {
    logger.error(
      { event: 'turn.failed', code: errorCode(error), conversation: references('conversation', conversationKey(context.activity)) },
      'turn failed',
    );
    try {
      await context.sendActivity(turnFailureReply());
    } catch (sendError) {
      logger.error({ event: 'turn.failure_reply_failed', code: errorCode(sendError) }, 'could not send failure reply');
    }
  };
}
