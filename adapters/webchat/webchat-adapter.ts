import {
  ActivityTypes,
  BotAdapter,
  EndOfConversationCodes,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { conversationAfterErasure } from '../../src/bot/erasure-flag';
import { conversationRetentionOf } from '../../src/bot/retention-flag';
import { AppError } from '../../src/domain/app-error';
import type { DirectLineHistory } from '../../src/store/ports';
import { proactiveActivity } from '../channel';

/** The local Direct Line channel's id on activities. */
export const webChatChannelId = 'webchat';

/** A fixed service URL: replies never go to one (they are appended to the history), but activities need it. */
export const webChatServiceUrl = 'urn:living-well-companion:direct-line';

export interface DirectLineAdapterOptions {
  readonly history: DirectLineHistory;
  readonly botId: string;
  readonly botName: string;
  /** Instants for activity timestamps. */
  readonly now: () => number;
}

/** Activity types the bot may produce that are not shown to the person. */
const notDelivered = new Set<string>([ActivityTypes.Trace, ActivityTypes.InvokeResponse]);

/**
 * The bot side of the local Direct Line channel (`webchat`): runs turns through the shared
 * pipeline and delivers what the bot sends by appending it to the conversation's history, from
 * where polling and WebSockets on any instance pick it up.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly options: DirectLineAdapterOptions) {
    super();
  }

  /** Runs one turn for an activity the person (or the channel) sent. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
    if (conversationAfterErasure(context) === 'ends') {
      await this.endErasedConversation(context);
      return;
    }
    // Someone who has not agreed to saving: their messages are kept only for the exchange in hand.
    const retention = conversationRetentionOf(context);
    if (retention !== undefined) await this.options.history.limitRetention(context.activity.conversation.id, retention);
  }

  /**
   * After "delete my data" the replies have been delivered: the client is told the conversation
   * has ended (the page starts a new one with the next message), then the conversation goes.
   */
  private async endErasedConversation(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    await this.options.history.append(conversationId, this.asDelivered(context, { type: ActivityTypes.EndOfConversation, code: EndOfConversationCodes.CompletedSuccessfully }));
    await this.options.history.deleteConversation(conversationId);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    const conversationId = context.activity.conversation.id;
    for (const outgoing of activities) {
      if (outgoing.type === 'delay') {
        // A short pause the bot asked for (typing effects); capped so a turn never stalls.
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(outgoing.value) || 0, 3_000)));
        responses.push({ id: '' });
        continue;
      }
      if (notDelivered.has(outgoing.type ?? '')) {
        responses.push({ id: '' });
        continue;
      }
      const delivered = await this.options.history.append(conversationId, this.asDelivered(context, outgoing));
      responses.push({ id: delivered.id });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new AppError('BAD_REQUEST', 'updating activities is not supported on web chat');
  }

  override async deleteActivity(): Promise<void> {
    throw new AppError('BAD_REQUEST', 'deleting activities is not supported on web chat');
  }

  /** Proactive turns (reminders, nudges): the reply waits in the history until the person is back. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.processActivity(proactiveActivity(reference), logic);
  }

  private asDelivered(context: TurnContext, outgoing: Partial<Activity>): Record<string, unknown> {
    const { conversation, from } = context.activity;
    // JSON round trip: only plain data goes into the history.
    const plain: Record<string, unknown> = JSON.parse(JSON.stringify(outgoing));
    return {
      ...plain,
      type: outgoing.type ?? ActivityTypes.Message,
      channelId: webChatChannelId,
      conversation: { id: conversation.id },
      from: { id: this.options.botId, name: this.options.botName, role: 'bot' },
      recipient: { id: from.id, role: 'user' },
      timestamp: new Date(this.options.now()).toISOString(),
    };
  }
}
