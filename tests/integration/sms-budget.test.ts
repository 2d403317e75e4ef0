import { SafetyStep } from '../../src/bot/safety-step';
import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { SmsChannel, type SmsSender } from '../../adapters/sms/sms-channel';
import { emptyTwiml } from '../../adapters/sms/sms-outbox';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import { SafetyReports } from '../../src/services/safety-reports';
import { systemClock } from '../../src/runtime/system-clock';
import { capturingLogger } from '../support/log-capture';
import { openTestMemoryStores } from '../support/test-stores';
import { testReportRecorder } from '../support/test-reminders';

const accountSid = `AC${'ab'.repeat(16)}`;
const authToken = 'test-auth-token-0123456789abcdef';
const publicUrl = 'https://companion.example.test';
const phone = '+447700900321';

/** A turn that answers at once, then takes `ms` before its last reply. */
function slowLogic(ms: number, released: Promise<void>) {
  return async (context: TurnContext) => {
    await context.sendActivity({ type: 'message', text: 'If you are in danger call 999. Samaritans: 116 123.', channelData: { safety: { level: 'urgent', categories: [] } } });
    await Promise.race([released, new Promise((resolve) => setTimeout(resolve, ms))]);
    await context.sendActivity('Here is the rest of the turn.');
  };
}

function channelWith(budgetMs: number, logic: (context: TurnContext) => Promise<void>) {
  const sent: Array<{ to: string; body: string; at: number }> = [];
  const sender: SmsSender = {
    sendMessage: async (to, body) => {
      sent.push({ to, body, at: Date.now() });
      return { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' };
    },
  };
  const stores = openTestMemoryStores();
  const { logger } = capturingLogger();
  const reports = new SafetyReports({ people: stores.people, reports: testReportRecorder(stores), clock: systemClock, logger });
  const safety = new SafetyStep({ people: stores.people, teams: stores.teams, clock: systemClock, health: stores.health, logger, areaLookupMs: 500, references: stores.references, reports });
  const channel = new SmsChannel({
    settings: { accountSid, authToken, sender: { from: '+447700900000' }, apiBaseUrl: 'https://api.twilio.com', publicUrl, twimlBudgetMs: budgetMs },
    store: stores.sms,
    sender,
    inboundLimit: stores.rateLimit({ name: 'sms-in', points: 30, windowSeconds: 300 }),
    noticeLimit: stores.rateLimit({ name: 'sms-in-notice', points: 1, windowSeconds: 300 }),
    logic,
    onTurnError: createTurnErrorHandler(logger, stores.references),
    logger,
    clock: systemClock,
    references: stores.references,
    safetyFallback: (key, text) => safety.offlineReply(key, text),
  });
  return { channel, sent, stores };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function webhook(body: string, sid: string) {
  const params = { MessageSid: sid, AccountSid: accountSid, From: phone, To: '+447700900000', Body: body, NumMedia: '0' };
  return { signature: twilio.getExpectedTwilioSignature(authToken, `${publicUrl}/api/sms`, params), params };
}

describe('SMS TwiML budget', () => {
  it('answers <Response/> when the turn runs over, sends what is ready at once by REST, and the rest when the turn ends', async () => {
    const { promise: released, resolve: release } = deferred();
    const { channel, sent, stores } = channelWith(30, slowLogic(5_000, released));
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const started = Date.now();
    const twiml = await channel.receiveMessage(webhook('hello', sid));
    expect(twiml).toBe(emptyTwiml);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The safety reply was ready before the budget: it goes now, before the turn ends.
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toMatchObject({ to: phone, body: 'If you are in danger call 999. Samaritans: 116 123.' });
    // A retry while the turn still runs gets the empty answer, and no second turn.
    expect(await channel.receiveMessage(webhook('hello', sid))).toBe(emptyTwiml);
    release();
    await channel.drain();
    expect(sent.map((message) => message.body)).toEqual(['If you are in danger call 999. Samaritans: 116 123.', 'Here is the rest of the turn.']);
    expect(await stores.sms.answerFor(sid)).toBe(emptyTwiml);
  });

  it('answers with TwiML when the turn ends within the budget', async () => {
    const { channel, sent } = channelWith(5_000, slowLogic(10, new Promise(() => undefined)));
    const twiml = await channel.receiveMessage(webhook('hello', `SM${randomBytes(16).toString('hex')}`));
    expect(twiml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>If you are in danger call 999. Samaritans: 116 123.</Message><Message>Here is the rest of the turn.</Message></Response>',
    );
    expect(sent).toEqual([]);
  });
});
