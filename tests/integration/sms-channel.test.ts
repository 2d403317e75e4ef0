import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { segmentInfo } from '../../adapters/sms/sms-segments';
import { isAppError } from '../../src/domain/app-error';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';
import { startRedisServer } from '../support/redis-server';
import { startTestService, type TestService } from '../support/service-harness';
import { accountSid, authToken, newMessageSid, ourNumber, postWebhook, publicUrl, say, smsEnv, text } from '../support/sms-webhook';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

/** A fresh number from Ofcom's drama range (07700 900000–900999), one per test. */
let numberSeed = 100;
function newNumber(): string {
  numberSeed += 1;
  return `+447700900${String(numberSeed).padStart(3, '0')}`;
}

/** The number of the choice with this label in a numbered list ("3. Add a goal" → "3"). */
function choiceNumber(messages: readonly string[], label: string): string {
  const match = new RegExp(`^(\\d+)\\. ${label}$`, 'mi').exec(messages.join('\n'));
  if (match?.[1] === undefined) throw new Error(`no choice "${label}" in: ${messages.join(' | ')}`);
  return match[1];
}

async function turnCountOf(service: TestService, phone: string): Promise<number | undefined> {
  const key = `conversation:${service.stores.references('state', `sms/conversations/sms:${phone}/`)}`;
  const stored = await service.stores.botStorage.read([key]);
  const count: unknown = stored[key]?.['turnCount'];
  return typeof count === 'number' ? count : undefined;
}

async function onboardBySms(service: TestService, phone: string): Promise<string[]> {
  await say(service, phone, 'hi');
  await say(service, phone, '1');
  return say(service, phone, '4');
}

/** Every ordinary (not safety) reply fits in 3 segments and goes as GSM-7. */
function expectShortGsm7(messages: readonly string[]): void {
  for (const message of messages) {
    const info = segmentInfo(message);
    expect(info.encoding, message).toBe('GSM-7');
    expect(info.segments, message).toBeLessThanOrEqual(3);
  }
}

describe('SMS channel over Twilio (embedded mode, fake Twilio)', () => {
  let fake: FakeTwilio;
  let service: TestService;
  beforeAll(async () => {
    fake = await startFakeTwilio();
    service = await startTestService(smsEnv(fake));
  });
  afterAll(async () => {
    await service.stop();
    await fake.close();
  });
  afterEach(() => {
    fake.sends.length = 0;
  });

  it('answers a signed message with TwiML (text/xml) carrying the replies', async () => {
    const phone = newNumber();
    const answer = await text(service, phone, 'hi');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/xml/);
    expect(answer.twiml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(answer.messages.length).toBeGreaterThan(0);
    expect(answer.messages.length).toBeLessThanOrEqual(10);
    expect(await turnCountOf(service, phone)).toBe(1);
    // TwiML answers, no REST sends.
    expect(fake.sends).toEqual([]);
  });

  it.each(['forged', 'missing'] as const)('refuses a %s signature with 403 and runs no turn', async (signing) => {
    const phone = newNumber();
    const answer = await text(service, phone, 'hi', { signing });
    expect(answer.status).toBe(403);
    expect(answer.messages).toEqual([]);
    expect(await turnCountOf(service, phone)).toBeUndefined();
    expect(fake.sends).toEqual([]);
    expect(service.logText()).toContain('sms.signature_rejected');
  });

  it('refuses a signature for another URL (the signature covers PUBLIC_URL exactly)', async () => {
    const phone = newNumber();
    const params = { MessageSid: newMessageSid(), AccountSid: accountSid, From: phone, To: ourNumber, Body: 'hi' };
    const signature = twilio.getExpectedTwilioSignature(authToken, `${service.baseUrl}/api/sms`, params);
    const response = await fetch(`${service.baseUrl}/api/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(params).toString(),
    });
    expect(response.status).toBe(403);
    expect(await turnCountOf(service, phone)).toBeUndefined();
  });

  it('answers a retried MessageSid with the same TwiML and runs no second turn', async () => {
    const phone = newNumber();
    const sid = newMessageSid();
    const first = await text(service, phone, 'hi', { sid });
    const retry = await text(service, phone, 'hi', { sid });
    expect(retry.status).toBe(200);
    expect(retry.twiml).toBe(first.twiml);
    expect(await turnCountOf(service, phone)).toBe(1);
    expect(service.logText()).toContain('sms.retry_answered');
  });

  it('takes a person through onboarding by numbers: consent as a numbered list, "1", the areas, "4" Salford, the menu', async () => {
    const phone = newNumber();
    const welcome = await say(service, phone, 'hi');
    expect(welcome.join('\n')).toContain('Are you happy for me to save');
    expect(welcome.join('\n')).toMatch(/^1\. Yes, I agree\n2\. No thanks$/m);
    const areas = await say(service, phone, '1');
    expect(areas.join('\n')).toContain('Which area do you live in?');
    expect(choiceNumber(areas, 'Salford')).toBe('4');
    const menu = await say(service, phone, '4');
    expect(menu.join('\n')).toContain('What would you like to do?');
    expect(choiceNumber(menu, 'Goals')).toBe('1');
    expect((await service.stores.people.get(`sms:${phone}`))?.area).toBe('salford');
    expectShortGsm7([...areas, ...menu]);
  });

  it('checks in on a goal by numbers, and shows progress as "4 -> 7" in GSM-7', async () => {
    const phone = newNumber();
    await onboardBySms(service, phone);
    const goals = await say(service, phone, '1');
    const asked = await say(service, phone, choiceNumber(goals, 'Add a goal'));
    expect(asked.join('\n')).toContain('What would you like to work towards?');
    expect((await say(service, phone, 'Sleep better')).join('\n')).toContain('from 0 to 10');
    const added = await say(service, phone, '4');
    expect(added.join('\n')).toContain('I\'ve added "Sleep better" to your goals, at 4 out of 10');
    await say(service, phone, choiceNumber(added, 'Not now'));
    expect((await say(service, phone, 'check in')).join('\n')).toContain('"Sleep better": Last time');
    const rated = await say(service, phone, '7');
    expect(rated.join('\n')).toContain('up from 4');
    const done = await say(service, phone, choiceNumber(rated, 'Skip'));
    const progress = await say(service, phone, 'my progress');
    // The dialog writes "4 → 7"; the arrow is outside GSM-7, so SMS gets "4 -> 7".
    expect(progress.join('\n')).toContain('Sleep better: 4 -> 7, up 3');
    expect(progress.join('\n')).not.toContain('→');
    expectShortGsm7([...goals, ...asked, ...added, ...rated, ...done, ...progress]);
    const goal = (await service.stores.wellbeing.get(`sms:${phone}`))?.goals[0];
    expect(goal?.ratings.map((rating) => rating.score)).toEqual([4, 7]);
  });

  it('answers a risk message with the safety reply first, in one message, with 999 and 116 123', async () => {
    const phone = newNumber();
    const messages = await say(service, phone, 'I want to kill myself');
    const [safety] = messages;
    expect(safety).toContain('999');
    expect(safety).toContain('116 123');
    // Whole: from the first line to the last, never cut for MORE nor joined to the welcome.
    expect(safety).toMatch(/^I'm really sorry you're feeling like this\./);
    expect(safety).toMatch(/no one is reading this chat as you type\.$/);
    expect(safety).not.toContain('Reply MORE');
    expect(messages.length).toBeGreaterThan(1);
  });

  it('asks "are you safe?" as a numbered choice with the numbers; "1" (yes) gets the full reply, and a no carries on', async () => {
    const phone = newNumber();
    await onboardBySms(service, phone);
    const [question] = await say(service, phone, "whats the point");
    expect(question).toContain('Are you thinking about harming yourself or someone else?');
    expect(question).toContain('116 123');
    expect(question).toContain('999');
    expect(question).toMatch(/^1\. Yes$/m);
    expect(question).toMatch(/^2\. No$/m);
    const [full] = await say(service, phone, '1');
    expect(full).toMatch(/^I'm really sorry you're feeling like this\./);
    expect(full).toContain('116 123');

    const other = newNumber();
    await onboardBySms(service, other);
    await say(service, other, 'im done with everything');
    const afterNo = await say(service, other, 'no');
    expect(afterNo[0]).toContain('Thank you for telling me');
    expect(afterNo.join('\n')).toContain('What would you like to do?');
  });

  it('records STOP, replies nothing, refuses proactive sends until START, then sends again', async () => {
    const phone = newNumber();
    await onboardBySms(service, phone);
    const requestsBefore = fake.requestCount();
    const stop = await text(service, phone, 'STOP');
    expect(stop.status).toBe(200);
    expect(stop.messages).toEqual([]);
    expect(stop.twiml).toMatch(/<Response\/>$/);
    expect(await service.stores.sms.isOptedOut(phone)).toBe(true);

    await expect(service.sms?.sendProactive(phone, 'A reminder about the walking group')).rejects.toSatisfy((error: unknown) => isAppError(error, 'FORBIDDEN'));
    // Other messages run no turn and get nothing while opted out.
    const turns = await turnCountOf(service, phone);
    expect((await text(service, phone, 'menu')).messages).toEqual([]);
    expect(await turnCountOf(service, phone)).toBe(turns);
    expect(fake.sends).toEqual([]);
    expect(fake.requestCount()).toBe(requestsBefore);
    // The refusal is logged with a hash of the number, never the number.
    expect(service.logText()).toContain('sms.send_refused_opted_out');
    expect(service.logText()).not.toContain(phone);
    expect(service.logText()).not.toContain(phone.slice(1));

    const start = await say(service, phone, 'start');
    expect(start).toEqual([expect.stringMatching(/^You're subscribed again/)]);
    expect(await service.stores.sms.isOptedOut(phone)).toBe(false);
    await service.sms?.sendProactive(phone, 'A reminder about the walking group');
    const [sent] = await fake.waitForSends(1);
    expect(sent).toMatchObject({ accountSid, credentials: `${accountSid}:${authToken}`, to: phone, from: ourNumber, body: 'A reminder about the walking group' });
    expect(sent?.statusCallback).toBe(`${publicUrl}/api/sms/status`);
  });

  it('sends what a proactive turn (continueConversation) produces by REST, and refuses it after STOP', async () => {
    const phone = newNumber();
    const adapter = service.sms?.botAdapter;
    if (adapter === undefined) throw new Error('SMS should be on');
    const reference = { channelId: 'sms', user: { id: phone, name: '' }, conversation: { id: `sms:${phone}`, isGroup: false, conversationType: 'personal', name: '' } };
    await adapter.continueConversation(reference, async (context) => {
      await context.sendActivity('The walking group meets tomorrow at 10am.');
      await context.sendActivity({ type: 'message', text: 'Reply MENU for options.', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Menu', value: 'menu' }] } });
    });
    const [sent] = await fake.waitForSends(1);
    expect(sent?.to).toBe(phone);
    // Combined into one text, choices numbered.
    expect(sent?.body).toBe('The walking group meets tomorrow at 10am.\n\nReply MENU for options.\n1. Menu');
    expect(fake.sends).toHaveLength(1);

    await say(service, phone, 'stop');
    let ran = false;
    await expect(
      adapter.continueConversation(reference, async () => {
        ran = true;
      }),
    ).rejects.toSatisfy((error: unknown) => isAppError(error, 'FORBIDDEN'));
    expect(ran).toBe(false);
    expect(fake.sends).toHaveLength(1);
  });

  it.each(['HELP', ' info '])('answers %j without a turn: what the service is, MENU, 999 and Samaritans', async (word) => {
    const phone = newNumber();
    const [help, ...others] = await say(service, phone, word);
    expect(others).toEqual([]);
    expect(help).toContain('Living Well');
    expect(help).toContain('Text MENU');
    expect(help).toContain('999');
    expect(help).toContain('116 123');
    expect(await turnCountOf(service, phone)).toBeUndefined();
    expectShortGsm7([help ?? '']);
  });

  it('names the person\'s own team in the HELP answer once their area is known', async () => {
    const phone = newNumber();
    await onboardBySms(service, phone);
    const [help] = await say(service, phone, 'help');
    expect(help).toContain('Your team: Salford Living Well Team (sample), 0161 496 0234.');
    expectShortGsm7([help ?? '']);
  });

  it('fits the welcome, and the privacy summary with the consent question, in three segments each (no MORE needed to agree)', async () => {
    const phone = newNumber();
    const welcome = await say(service, phone, 'hi');
    expect(welcome.join('\n')).not.toContain('Reply MORE');
    expect(welcome.join('\n')).toContain('About your information');
    expectShortGsm7(welcome);
  });

  it('sends the rest of a long reply for MORE without a turn, and MORE with nothing waiting goes to the conversation', async () => {
    const phone = newNumber();
    await say(service, phone, 'hi');
    // The help text (what the companion does, the words that work anywhere, urgent help) is long.
    const help = await say(service, phone, 'help me');
    expect(help.join('\n')).toMatch(/\(Reply MORE for the rest\)/);
    const more = await say(service, phone, 'More');
    expect(more).toHaveLength(1);
    expect(more[0]).not.toContain('Reply MORE');
    expect(more[0]?.length).toBeGreaterThan(20);
    expect(await turnCountOf(service, phone)).toBe(2);
    // Nothing left: "more" is an ordinary message now.
    await say(service, phone, 'more');
    expect(await turnCountOf(service, phone)).toBe(3);
  });

  it('gives the first message over 30 in 5 minutes one notice, later ones nothing, and still answers risk', async () => {
    const phone = newNumber();
    for (let i = 0; i < 30; i++) expect(await say(service, phone, 'help')).toHaveLength(1);
    const notice = await say(service, phone, 'hi');
    expect(notice).toEqual([
      "You've sent a lot of messages in a short time. Please wait a few minutes; if you need help now call 999 or Samaritans on 116 123.",
    ]);
    expect(await say(service, phone, 'hi')).toEqual([]);
    const safety = await say(service, phone, 'I want to end my life');
    expect(safety).toHaveLength(1);
    expect(safety[0]).toContain('116 123');
    expect(await turnCountOf(service, phone)).toBeUndefined();
  });

  it('takes a signed status callback (204) and logs only the sid and status; refuses a forged one (403)', async () => {
    const sid = newMessageSid();
    const params = { MessageSid: sid, MessageStatus: 'delivered', AccountSid: accountSid, To: '+447700900999', From: ourNumber, ApiVersion: '2010-04-01' };
    const signed = await postWebhook(service, '/api/sms/status', params);
    expect(signed.status).toBe(204);
    expect(service.logText()).toMatch(new RegExp(`"event":"sms.status","sid":"${sid}","status":"delivered"`));
    expect(service.logText()).not.toContain('+447700900999');
    expect((await postWebhook(service, '/api/sms/status', params, 'forged')).status).toBe(403);
    expect((await postWebhook(service, '/api/sms/status', params, 'missing')).status).toBe(403);
  });

  it('keeps numbers and message text out of the logs', async () => {
    const phone = newNumber();
    await say(service, phone, 'My secret goal text');
    const logs = service.logText();
    expect(logs).not.toContain(phone);
    expect(logs).not.toContain('My secret goal text');
  });

  it('forgets the waiting rest with "delete my data" but keeps an opt-out', async () => {
    const phone = newNumber();
    await onboardBySms(service, phone);
    await service.stores.sms.saveRest(phone, 'a rest');
    await say(service, phone, 'delete my data');
    const confirm = await say(service, phone, '1');
    expect(confirm.join('\n')).toMatch(/deleted/i);
    expect(await service.stores.sms.takeRest(phone)).toBeUndefined();
    expect(await service.stores.people.get(`sms:${phone}`)).toBeUndefined();
  });
});

describe('SMS replies over the TwiML budget', () => {
  let fake: FakeTwilio;
  let service: TestService;
  beforeAll(async () => {
    fake = await startFakeTwilio();
    // 0: every answer is an empty <Response/> and the replies go by REST (a turn that always runs over).
    service = await startTestService(smsEnv(fake, { SMS_TWIML_BUDGET_MS: '0' }));
  });
  afterAll(async () => {
    await service.stop();
    await fake.close();
  });

  it('answers an empty <Response/> at once, then sends the replies by REST, retrying a 429', async () => {
    const phone = newNumber();
    fake.failNext(429);
    const answer = await text(service, phone, 'hi');
    expect(answer.status).toBe(200);
    expect(answer.messages).toEqual([]);
    expect(answer.twiml).toMatch(/<Response\/>$/);
    const sends = await fake.waitForSends(2);
    expect(sends.map((send) => send.to)).toEqual([phone, phone]);
    expect(sends[0]?.body).toContain("I'm the Living Well companion");
    expect(sends[1]?.body).toContain('Are you happy for me to save');
    // One refused with 429, then retried.
    expect(fake.requestCount()).toBe(3);
  });

  it('sends a safety reply by REST too, first', async () => {
    const phone = newNumber();
    const before = fake.sends.length;
    await text(service, phone, 'I want to kill myself');
    const sends = await fake.waitForSends(before + 2);
    expect(sends[before]?.body).toContain('116 123');
    expect(sends[before]?.body).toContain('999');
  });
});

describe('SMS on Redis, two instances', () => {
  it('runs one turn for a MessageSid retried on another instance', async () => {
    const fake = await startFakeTwilio();
    const env = { ...smsEnv(fake), REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() };
    const [one, two] = await Promise.all([startTestService(env), startTestService(env)]);
    try {
      const phone = newNumber();
      const sid = newMessageSid();
      const [a, b] = await Promise.all([text(one, phone, 'hi', { sid }), text(two, phone, 'hi', { sid })]);
      expect([a.status, b.status]).toEqual([200, 200]);
      // One ran the turn; the other answered the retry: the same TwiML, or empty while the first still ran.
      const full = [a, b].find((answer) => answer.messages.length > 0);
      expect(full?.messages.join('\n')).toContain('Are you happy for me to save');
      for (const answer of [a, b]) expect([full?.twiml, '<?xml version="1.0" encoding="UTF-8"?><Response/>']).toContain(answer.twiml);
      expect(await turnCountOf(one, phone)).toBe(1);
      const again = await text(two, phone, 'hi', { sid });
      expect(again.twiml).toBe(full?.twiml);
      expect(await turnCountOf(one, phone)).toBe(1);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
      await fake.close();
    }
  });
});

describe('SMS with Redis down', () => {
  it('still asks "are you safe?", and a yes still gets the full safety reply', async () => {
    const fake = await startFakeTwilio();
    const redis = await startRedisServer();
    const service = await startTestService({ ...smsEnv(fake), REDIS_URL: redis.url, REDIS_KEY_PREFIX: randomKeyPrefix() });
    try {
      const phone = newNumber();
      await onboardBySms(service, phone);
      await redis.stop();
      const [question] = await say(service, phone, 'I cant take much more');
      expect(question).toContain('Are you thinking about harming yourself or someone else?');
      expect(question).toContain('116 123');
      const [full] = await say(service, phone, 'yes');
      expect(full).toMatch(/^I'm really sorry you're feeling like this\./);
      expect(full).toContain('999');
      // Anything else still gets the kind failure reply with the urgent-help numbers.
      expect((await say(service, phone, 'menu')).join('\n')).toContain('116 123');
    } finally {
      await service.stop();
      await fake.close();
    }
  });
});

describe('SMS off', () => {
  it('answers 404 on /api/sms and /api/sms/status with no TWILIO_* settings', async () => {
    const service = await startTestService();
    try {
      expect(service.sms).toBeUndefined();
      const response = await fetch(`${service.baseUrl}/api/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'From=%2B447700900123&Body=hi',
      });
      expect(response.status).toBe(404);
      expect((await fetch(`${service.baseUrl}/api/sms/status`, { method: 'POST' })).status).toBe(404);
    } finally {
      await service.stop();
    }
  });
});
