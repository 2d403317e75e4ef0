import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { isConversationErasureRequested } from '../../src/bot/erasure-flag';
import { AppError } from '../../src/domain/app-error';
import { personalConversation, proactiveActivity } from '../channel';
import { SmsOutbox } from './sms-outbox';

/** The SMS channel's id on activities (and in person keys: `sms:<E.164 number>`). */
export const smsChannelId = 'sms';

/** A fixed service URL: replies never go to one (they are TwiML or REST calls), but activities need it. */
export const smsServiceUrl = 'https://sms.channel.invalid/';

/** What a proactive turn needs from the channel: the opt-out check before, the delivery after. */
export interface ProactiveDelivery {
  /** @throws AppError FORBIDDEN when the number opted out. */
  ensureMayMessage(phoneE164: string): Promise<void>;
  /** Sends what the turn produced, by REST. */
  deliver(phoneE164: string, outbox: SmsOutbox): Promise<void>;
}

const outboxKey = Symbol('smsOutbox');

/** The conversation of a number: one per number, for good. */
export function smsConversationId(phoneE164: string): string {
  return `sms:${phoneE164}`;
}

/**
 * The bot side of the SMS channel (`sms`): runs turns through the shared pipeline and collects
 * what the bot sends into the turn's {@link SmsOutbox}; the channel decides whether that goes
 * back as TwiML or by Twilio's REST API.
 */
export class SmsAdapter extends BotAdapter {
  constructor(private readonly proactive: ProactiveDelivery) {
    super();
  }

  /** Runs one turn; what the bot sends lands in `outbox` (which learns whether data was erased). */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>, outbox: SmsOutbox): Promise<void> {
    const context = new TurnContext(this, activity);
    context.turnState.set(outboxKey, outbox);
    await this.runMiddleware(context, logic);
    if (isConversationErasureRequested(context)) outbox.erasureRequested = true;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outbox: unknown = context.turnState.get(outboxKey);
    if (!(outbox instanceof SmsOutbox)) throw new AppError('BAD_REQUEST', 'SMS replies are sent only within a turn of the SMS channel');
    // Pauses the bot asks for (typing effects) mean nothing in SMS: they are skipped, not slept.
    for (const activity of activities) if (activity.type !== 'delay') outbox.addActivity(activity);
    return activities.map(() => ({ id: '' }));
  }

  override async updateActivity(): Promise<void> {
    throw new AppError('BAD_REQUEST', 'updating activities is not supported on SMS');
  }

  override async deleteActivity(): Promise<void> {
    throw new AppError('BAD_REQUEST', 'deleting activities is not supported on SMS');
  }

  /**
   * Proactive turns (reminders, nudges): refused for a number that opted out; otherwise what the
   * bot sends goes by REST once the turn is over.
   * @throws AppError FORBIDDEN when the number opted out; BAD_REQUEST without a user in the reference.
   */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const phoneE164 = reference.user?.id;
    if (phoneE164 === undefined || phoneE164 === '') throw new AppError('BAD_REQUEST', 'an SMS conversation reference needs the user (their number)');
    await this.proactive.ensureMayMessage(phoneE164);
    const activity = proactiveActivity({ channelId: smsChannelId, serviceUrl: smsServiceUrl, conversation: personalConversation(smsConversationId(phoneE164)), ...reference });
    const outbox = new SmsOutbox();
    await this.processActivity(activity, logic, outbox);
    await this.proactive.deliver(phoneE164, outbox);
  }
}
