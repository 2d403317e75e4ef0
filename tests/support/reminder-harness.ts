import { randomBytes } from 'node:crypto';
import { TestAdapter, TurnContext } from 'botbuilder';
import twilio from 'twilio';
import { SmsChannel } from '../../adapters/sms/sms-channel';
import { DirectLineService } from '../../adapters/webchat/direct-line-service';
import { DirectLineTokens } from '../../adapters/webchat/direct-line-tokens';
import { DirectLineAdapter } from '../../adapters/webchat/webchat-adapter';
import type { CheckInReminders } from '../../src/services/check-in-reminders';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { Clock } from '../../src/domain/clock';
import { emptyWellbeingRecord, type QuietHours, type TimeOfDay } from '../../src/domain/wellbeing/wellbeing-record';
import type { JobData } from '../../src/jobs/job-data';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import type { JobRequest, Jobs, JobType } from '../../src/jobs/jobs';
import type { Stores } from '../../src/store/ports';
import { capturingLogger } from './log-capture';
import type { TestClock } from './test-clock';
import { testReminders } from './test-reminders';

const accountSid = `AC${'ab'.repeat(16)}`;
const authToken = 'test-auth-token-0123456789abcdef';
const publicUrl = 'https://companion.example.test';

/** In-process jobs that also note every job scheduled (id and instant), so a test can move its clock to one. */
export class RecordingJobs extends InProcessJobs {
  readonly scheduled: Array<{ readonly id: string; readonly at: string }> = [];

  override async schedule<T extends JobData>(type: JobType<T>, request: JobRequest<T>): Promise<void> {
    if ('at' in request.timing) this.scheduled.push({ id: request.id, at: new Date(request.timing.at).toISOString() });
    await super.schedule(type, request);
  }
}

/** Someone who agreed to saving, with weekly check-in preferences (this part of day, these quiet hours), set at the clock's time. */
export async function personWith(stores: Stores, clock: TestClock, key: string, timeOfDay: TimeOfDay, quietHours: QuietHours | null): Promise<void> {
  const at = clock.iso();
  await stores.people.update(key, () => ({ consent: { givenAt: at, wordingVersion: 'test' }, createdAt: at, updatedAt: at }));
  await stores.wellbeing.update(key, () => ({ ...emptyWellbeingRecord(at), preferences: { frequency: 'weekly', timeOfDay, quietHours, updatedAt: at } }));
}

/** A turn of the person, as the journal plans from after a change. */
export function turnOf(channelId: 'sms' | 'webchat', userId: string, conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', channelId, from: { id: userId, name: '' }, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } });
}

/** An SMS sent by REST. */
export interface SentText {
  readonly to: string;
  readonly body: string;
  readonly at: string;
}

/** {@link sendingReminders} on in-process jobs that run when the test calls `runDue`. */
export function reminderHarness(stores: Stores, clock: Clock) {
  const jobs = new RecordingJobs({ clock, logger: capturingLogger('silent').logger, pollMs: 3_600_000 });
  return { jobs, ...sendingReminders(stores, clock, jobs) };
}

/**
 * Reminders on `jobs` over `stores`, sent as the service sends them: SMS through the real SMS
 * channel (its opt-out check, GSM-7 and segments) to a recording Twilio sender, web chat through
 * the real Direct Line service into the history. STOP on the channel stops the reminders.
 */
export function sendingReminders(stores: Stores, clock: Clock, jobs: Jobs) {
  const { logger } = capturingLogger('silent');
  const reminders: CheckInReminders = testReminders(stores, clock, jobs);
  const texts: SentText[] = [];
  const sms = new SmsChannel({
    settings: { accountSid, authToken, sender: { from: '+447700900000' }, apiBaseUrl: 'https://api.twilio.com', publicUrl, twimlBudgetMs: 2_000 },
    store: stores.sms,
    sender: {
      sendMessage: async (to, body) => {
        texts.push({ to, body, at: new Date(clock.now()).toISOString() });
        return { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' };
      },
    },
    inboundLimit: stores.rateLimit({ name: 'sms-in', points: 30, windowSeconds: 300 }),
    noticeLimit: stores.rateLimit({ name: 'sms-in-notice', points: 1, windowSeconds: 300 }),
    logic: async () => undefined,
    onTurnError: createTurnErrorHandler(logger, stores.references),
    logger,
    clock,
    references: stores.references,
    safetyFallback: () => undefined,
    onOptOut: (phone) => reminders.stop(`sms:${phone}`),
  });
  const now = () => clock.now();
  const adapter = new DirectLineAdapter({ history: stores.directLine, botId: 'living-well-companion', botName: 'Living Well companion', now });
  const webChat = new DirectLineService({
    history: stores.directLine,
    tokens: new DirectLineTokens('test-token-secret-'.padEnd(48, 'x'), 3600, now),
    adapter,
    logic: async () => undefined,
    postLimit: stores.rateLimit({ name: 'dl-post', points: 60, windowSeconds: 60 }),
    tokenLimit: stores.rateLimit({ name: 'dl-token', points: 60, windowSeconds: 60 }),
    streamsPerConversation: 2,
    botId: 'living-well-companion',
    logger,
    now,
  });
  // As src/main.ts wires it.
  reminders.register(async (address, text) => {
    if (address.channelId === 'webchat') await webChat.sendProactive(address.conversationId, address.userId, text);
    else await sms.sendProactive(address.userId, text);
  });
  /** A text from `from` to the SMS webhook, signed as Twilio signs it. */
  const textIn = (from: string, body: string) => {
    const params = { MessageSid: `SM${randomBytes(16).toString('hex')}`, AccountSid: accountSid, From: from, To: '+447700900000', Body: body, NumMedia: '0' };
    return sms.receiveMessage({ signature: twilio.getExpectedTwilioSignature(authToken, `${publicUrl}/api/sms`, params), params });
  };
  return { reminders, texts, sms, textIn };
}
