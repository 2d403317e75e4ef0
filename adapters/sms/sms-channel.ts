import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import type { z } from 'zod';
import { errorCode } from '../../src/bot/error-code';
import { turnFailureReply } from '../../src/bot/turn-failure-reply';
import { AppError, type FieldProblem } from '../../src/domain/app-error';
import { fieldProblemsOf } from '../../src/domain/field-problems';
import { type Clock, isoNow } from '../../src/domain/clock';
import { conversationKey } from '../../src/bot/conversation-key';
import { safetyActivity, type SafetyMessage } from '../../src/bot/safety-step';
import type { KeyedReference } from '../../src/store/keyed-reference';
import type { RateLimit, SmsChannelStore } from '../../src/store/ports';
import { withTimeout } from '../../src/store/timing';
import { inboundActivity, personalConversation } from '../channel';
import { smsHelpReply, smsKeywordOf, smsOptInReply, smsRateLimitNotice, type HelpTeam } from './opt-out-words';
import { SmsAdapter, smsChannelId, smsConversationId, smsServiceUrl } from './sms-adapter';
import { emptyTwiml, SmsOutbox, twimlFor } from './sms-outbox';
import { e164Schema, inboundSmsSchema, smsStatusSchema, type InboundSms, type SmsWebhookRequest } from './sms-protocol';
import { smsWebhookUrls, type SmsSettings } from './sms-settings';
import type { SentMessage } from './twilio-rest-client';

/** Sends one SMS body by REST (Twilio's Messages API). */
export interface SmsSender {
  sendMessage(to: string, body: string): Promise<SentMessage>;
}

export interface SmsChannelOptions {
  /** The account, its auth token (webhook signatures cover `<publicUrl>/api/sms`) and the TwiML budget. */
  readonly settings: SmsSettings;
  readonly store: SmsChannelStore;
  readonly sender: SmsSender;
  /** Inbound messages per number (30 in 5 minutes). */
  readonly inboundLimit: RateLimit;
  /** One notice per number per window, when it goes over {@link SmsChannelOptions.inboundLimit}. */
  readonly noticeLimit: RateLimit;
  /** The shared turn logic (`bot.run`). */
  readonly logic: (context: TurnContext) => Promise<void>;
  /** The turn error handler every adapter uses. */
  readonly onTurnError: (context: TurnContext, error: unknown) => Promise<void>;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Numbers appear in log lines only as their keyed reference. */
  readonly references: KeyedReference;
  /** The person's Living Well team, for the HELP answer (undefined: area unknown, or not found in time). */
  readonly teamFor?: (phoneE164: string) => Promise<HelpTeam | undefined>;
  /**
   * The safety messages for a message no turn runs for (opted out, over the limit, the store down):
   * the safety reply or the "are you safe?" question, or the answer to a question asked in this
   * process (`bot.offlineSafetyReply`); undefined when there is none.
   */
  readonly safetyFallback: (conversationKey: string, text: string) => readonly SafetyMessage[] | undefined;
  /** After STOP: what else must stop for the number (its pending reminders). */
  readonly onOptOut?: (phoneE164: string) => Promise<void>;
}

/** Most characters of a message a turn sees (Twilio's own limit for one message). */
const maxTurnTextLength = 1600;

/**
 * The SMS channel over Twilio: checks webhook signatures, handles each MessageSid once, honours
 * the carrier keywords (STOP, START, HELP) and MORE, limits each number, runs turns through the
 * shared pipeline, and answers with TwiML within the budget or by REST after it.
 */
export class SmsChannel {
  private readonly adapter: SmsAdapter;
  /** What Twilio signs: the exact webhook URLs. */
  private readonly urls: ReturnType<typeof smsWebhookUrls>;
  /** Deliveries still going on after their webhook was answered (for a graceful stop). */
  private readonly lateDeliveries = new Set<Promise<void>>();

  constructor(private readonly options: SmsChannelOptions) {
    this.urls = smsWebhookUrls(options.settings);
    this.adapter = new SmsAdapter({
      ensureMayMessage: (phoneE164) => this.ensureMayMessage(phoneE164),
      deliver: (phoneE164, outbox) => this.deliverProactive(phoneE164, outbox),
    });
    this.adapter.onTurnError = options.onTurnError;
  }

  /** For proactive turns (`continueConversation`): what the bot sends goes by REST. */
  get botAdapter(): SmsAdapter {
    return this.adapter;
  }

  /**
   * An inbound message webhook: resolves the TwiML to answer with.
   * @throws AppError FORBIDDEN when the signature is missing or wrong (no turn runs);
   *   BAD_REQUEST when the fields are not an inbound SMS.
   */
  async receiveMessage(request: SmsWebhookRequest): Promise<string> {
    this.verify(request, this.urls.message);
    const parsed = inboundSmsSchema.safeParse(request.params);
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'The webhook is not an inbound SMS.', { fields: fieldProblems(parsed.error) });
    const message = parsed.data;
    if (message.AccountSid !== this.options.settings.accountSid) throw new AppError('FORBIDDEN', 'The message is for another account.');

    let first: boolean;
    try {
      first = await this.options.store.claimMessage(message.MessageSid);
    } catch (error) {
      // The store is down: no once-only guarantee, but the person still gets the safety reply or a kind word.
      this.options.logger.error({ event: 'sms.claim_failed', code: errorCode(error), sid: message.MessageSid }, 'could not claim an SMS message');
      return twimlFor(this.fallbackReplies(message));
    }
    if (!first) {
      this.options.logger.info({ event: 'sms.retry_answered', sid: message.MessageSid }, 'retried SMS answered again, no turn');
      return (await this.options.store.answerFor(message.MessageSid)) ?? emptyTwiml;
    }
    return this.answer(message);
  }

  /**
   * A delivery report: logged with the message's sid and status only.
   * @throws AppError FORBIDDEN when the signature is missing or wrong; BAD_REQUEST for other fields.
   */
  async receiveStatus(request: SmsWebhookRequest): Promise<void> {
    this.verify(request, this.urls.status);
    const parsed = smsStatusSchema.safeParse(request.params);
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'The webhook is not a message status.', { fields: fieldProblems(parsed.error) });
    const { MessageSid: sid, MessageStatus: status, ErrorCode: twilioError } = parsed.data;
    this.options.logger.info({ event: 'sms.status', sid, status, ...(twilioError === undefined ? {} : { twilioError }) }, 'SMS status');
  }

  /**
   * Sends a text to a number by REST, outside any conversation turn (long texts are cut, and the
   * rest waits for MORE).
   * @throws AppError FORBIDDEN when the number opted out; BAD_REQUEST for a number that is not E.164;
   *   UPSTREAM_UNAVAILABLE when Twilio does not take it.
   */
  async sendProactive(to: string, text: string): Promise<void> {
    if (!e164Schema.safeParse(to).success) throw new AppError('BAD_REQUEST', 'SMS goes to E.164 numbers only.');
    await this.ensureMayMessage(to);
    const outbox = new SmsOutbox();
    outbox.addActivity({ type: 'message', text });
    await this.sendAll(to, outbox.takeMessages());
    const rest = outbox.rest();
    if (rest !== undefined) await this.options.store.saveRest(to, rest);
  }

  /** Resolves once replies still being sent by REST (after their webhook was answered) are out. */
  async drain(): Promise<void> {
    while (this.lateDeliveries.size > 0) await Promise.allSettled([...this.lateDeliveries]);
  }

  private verify(request: SmsWebhookRequest, url: string): void {
    const { signature, params } = request;
    if (signature === undefined || signature === '' || !validateRequest(this.options.settings.authToken, signature, url, { ...params })) {
      this.options.logger.warn({ event: 'sms.signature_rejected', signed: signature !== undefined && signature !== '' }, 'Twilio webhook with a missing or wrong signature');
      throw new AppError('FORBIDDEN', 'The Twilio signature is missing or does not match.');
    }
  }

  /** Handles a first-seen message within the budget: TwiML with the replies, or `<Response/>` and REST later. */
  private async answer(message: InboundSms): Promise<string> {
    const outbox = new SmsOutbox();
    const work = this.handle(message, outbox).catch((error: unknown) => {
      this.options.logger.error({ event: 'sms.handling_failed', code: errorCode(error), sid: message.MessageSid }, 'SMS handling failed');
      if (!outbox.hasMessages()) for (const text of this.fallbackReplies(message)) outbox.addText(text);
    });
    if (await finishesWithin(work, this.options.settings.twimlBudgetMs)) {
      const twiml = twimlFor(outbox.takeMessages());
      await this.keepRest(message.From, outbox);
      await this.options.store.saveAnswer(message.MessageSid, twiml, outbox.erasureRequested ? undefined : message.From);
      return twiml;
    }
    this.options.logger.info({ event: 'sms.reply_by_rest', sid: message.MessageSid, budgetMs: this.options.settings.twimlBudgetMs }, 'turn over budget: replies go by REST');
    await this.options.store.saveAnswer(message.MessageSid, emptyTwiml);
    const late = this.finishLate(message, work, outbox).finally(() => this.lateDeliveries.delete(late));
    this.lateDeliveries.add(late);
    return emptyTwiml;
  }

  /** After the budget: what is there already (a safety reply first) goes now, the rest when the turn ends. */
  private async finishLate(message: InboundSms, work: Promise<void>, outbox: SmsOutbox): Promise<void> {
    try {
      if (outbox.hasMessages()) await this.sendAll(message.From, outbox.takeMessages());
      await work;
      if (outbox.hasMessages()) await this.sendAll(message.From, outbox.takeMessages());
      await this.keepRest(message.From, outbox);
    } catch (error) {
      this.options.logger.error({ event: 'sms.late_delivery_failed', code: errorCode(error), sid: message.MessageSid }, 'late SMS replies not sent');
    }
  }

  /**
   * What one inbound message leads to, in order: STOP (always honoured), START while opted out,
   * nothing for an opted-out number (but a safety reply), the per-number limit (a safety reply
   * still goes), HELP, MORE, and otherwise a turn.
   */
  private async handle(message: InboundSms, outbox: SmsOutbox): Promise<void> {
    const { store, logger } = this.options;
    const phone = message.From;
    const ref = this.options.references('number', phone);
    const keyword = smsKeywordOf(message.Body);
    if (keyword === 'opt-out') {
      // Twilio's own compliance reply goes out on real numbers; the companion adds nothing.
      await store.setOptedOut(phone, true, isoNow(this.options.clock));
      logger.info({ event: 'sms.opted_out', numberRef: ref }, 'number opted out of SMS');
      // The opt-out is recorded whatever happens here; a reminder that fires anyway is refused at sending.
      await this.options.onOptOut?.(phone).catch((error: unknown) => logger.error({ event: 'sms.opt_out_follow_up_failed', code: errorCode(error) }, 'could not cancel the reminders of a number that opted out'));
      return;
    }
    const optedOut = await store.isOptedOut(phone);
    if (keyword === 'opt-in' && (optedOut || message.Body.trim().toLowerCase() !== 'yes')) {
      // YES is an opt-in only after STOP; otherwise it answers a question (consent, a choice).
      if (optedOut) await store.setOptedOut(phone, false, isoNow(this.options.clock));
      logger.info({ event: 'sms.opted_in', numberRef: ref, wasOptedOut: optedOut }, 'number opted in to SMS');
      outbox.addText(smsOptInReply());
      return;
    }
    if (optedOut) {
      logger.info({ event: 'sms.inbound_while_opted_out', numberRef: ref }, 'message from an opted-out number: no turn');
      this.addSafetyReplyIfRisk(message, outbox);
      return;
    }
    const limit = await this.options.inboundLimit.consume(phone);
    if (!limit.allowed) {
      if (this.addSafetyReplyIfRisk(message, outbox)) return;
      const notice = await this.options.noticeLimit.consume(phone);
      logger.warn({ event: 'sms.rate_limited', numberRef: ref, noticeSent: notice.allowed }, 'SMS number over its limit: no turn');
      if (notice.allowed) outbox.addText(smsRateLimitNotice());
      return;
    }
    if (keyword === 'help') {
      // The team's number helps, but HELP must answer even when the store is slow or down.
      const team = await withTimeout(this.options.teamFor?.(phone) ?? Promise.resolve(undefined), 500, () => new Error('team lookup timed out')).catch(() => undefined);
      outbox.addText(smsHelpReply(team));
      return;
    }
    if (keyword === 'more') {
      const rest = await store.takeRest(phone);
      if (rest !== undefined) {
        outbox.replacesRest = true;
        outbox.addText(rest);
        return;
      }
    }
    if (message.Body.trim() === '' && message.NumMedia > 0) {
      outbox.addText('Sorry, I can only read text messages. Text MENU for options.');
      return;
    }
    outbox.replacesRest = true;
    await this.adapter.processActivity(this.activityOf(message), this.options.logic, outbox);
  }

  private activityOf(message: InboundSms): Partial<Activity> {
    return inboundActivity(
      {
        type: 'message',
        channelId: smsChannelId,
        serviceUrl: smsServiceUrl,
        conversationId: smsConversationId(message.From),
        userId: message.From,
        botId: message.To,
        timestamp: new Date(this.options.clock.now()),
      },
      { id: message.MessageSid, text: Array.from(message.Body).slice(0, maxTurnTextLength).join(''), textFormat: 'plain', locale: 'en-GB' },
    );
  }

  /** Safety first: a message that shows risk gets the safety reply even when no turn runs. */
  private addSafetyReplyIfRisk(message: InboundSms, outbox: SmsOutbox): boolean {
    const key = conversationKey({ channelId: smsChannelId, conversation: personalConversation(smsConversationId(message.From)) });
    const replies = this.options.safetyFallback(key, message.Body) ?? [];
    for (const reply of replies) outbox.addActivity(safetyActivity(reply));
    return replies.length > 0;
  }

  /** When nothing else could be done (the store is down): the safety reply if the message shows risk, else a kind word. */
  private fallbackReplies(message: InboundSms): string[] {
    const outbox = new SmsOutbox();
    if (!this.addSafetyReplyIfRisk(message, outbox)) outbox.addText(turnFailureReply());
    return outbox.takeMessages();
  }

  private async keepRest(phoneE164: string, outbox: SmsOutbox): Promise<void> {
    if (!outbox.replacesRest || outbox.erasureRequested) return;
    await this.options.store.saveRest(phoneE164, outbox.rest());
  }

  private async ensureMayMessage(phoneE164: string): Promise<void> {
    if (await this.options.store.isOptedOut(phoneE164)) {
      this.options.logger.warn({ event: 'sms.send_refused_opted_out', numberRef: this.options.references('number', phoneE164) }, 'not sending to a number that opted out');
      throw new AppError('FORBIDDEN', 'The number has opted out of SMS (STOP); it must text START first.');
    }
  }

  private async deliverProactive(phoneE164: string, outbox: SmsOutbox): Promise<void> {
    await this.sendAll(phoneE164, outbox.takeMessages());
    const rest = outbox.rest();
    if (rest !== undefined && !outbox.erasureRequested) await this.options.store.saveRest(phoneE164, rest);
  }

  /**
   * Sends bodies in order by REST, checking the opt-out first (a STOP may have come in meanwhile).
   * @throws AppError FORBIDDEN when the number opted out; UPSTREAM_UNAVAILABLE from the sender.
   */
  private async sendAll(phoneE164: string, messages: readonly string[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureMayMessage(phoneE164);
    for (const body of messages) {
      const sent = await this.options.sender.sendMessage(phoneE164, body);
      this.options.logger.info({ event: 'sms.sent', sid: sent.sid, status: sent.status }, 'SMS sent by REST');
    }
  }

}

/** True when `work` settles within `budgetMs` (0: never wait, always false). */
async function finishesWithin(work: Promise<void>, budgetMs: number): Promise<boolean> {
  if (budgetMs <= 0) return false;
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), budgetMs);
  });
  try {
    return await Promise.race([work.then(() => true as const), budget]);
  } finally {
    clearTimeout(timer);
  }
}

/** Which fields are wrong, never their values nor what zod says of them (they hold numbers and message text). */
function fieldProblems(error: z.ZodError): FieldProblem[] {
  return fieldProblemsOf(error, 'body').map(({ field }) => ({ field, message: 'missing or not valid' }));
}
