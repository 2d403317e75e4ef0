import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeStateTtlSeconds } from '../../src/bot/companion-bot';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';
import { dumpPrefix } from '../support/redis-dump';
import { startTestService, type TestService } from '../support/service-harness';
import { say, smsEnv } from '../support/sms-webhook';
import { randomKeyPrefix, testRedisUrl, testReferenceSecret } from '../support/test-stores';
import { keyedReferences } from '../../src/store/keyed-reference';
import { openWebChat, saying } from '../support/web-chat-session';

/** Keys and values under `prefix` that hold any of `needles` (a key or value naming the person or quoting them). */
async function tracesOf(redis: Redis, prefix: string, needles: readonly string[]) {
  const found: string[] = [];
  for (const { key, values } of await dumpPrefix(redis, prefix)) {
    for (const needle of needles) {
      if (key.includes(needle)) found.push(`${key.slice(prefix.length)} names "${needle}"`);
      if (values.some((value) => value.toLowerCase().includes(needle.toLowerCase()))) found.push(`${key.slice(prefix.length)} holds "${needle}"`);
    }
  }
  return found;
}

/**
 * The drill for "No thanks must mean nothing kept": after "No thanks", and after "delete my data",
 * a scan of every key and value in Redis finds nothing that names the person (their number, their
 * channel id) or holds what they typed; what the exchange in hand needs expires within hours.
 */
describe('drill: nothing kept that names the person, on Redis', () => {
  let fake: FakeTwilio;
  let service: TestService;
  let redis: Redis;
  const prefix = randomKeyPrefix();

  beforeAll(async () => {
    fake = await startFakeTwilio();
    service = await startTestService(smsEnv(fake, { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix, REFERENCE_HASH_SECRET: testReferenceSecret }));
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await service.stop();
    await fake.close();
    await redis.quit();
  });

  /**
   * Every key left: none is kept for longer than `maxSeconds` unless it is the audit log, the events
   * outbox or a site's month of report counters (numbers only: no person, no words).
   */
  async function expectAllExpireWithin(maxSeconds: number, except: readonly string[] = []) {
    for (const key of await redis.keys(`${prefix}*`)) {
      const name = key.slice(prefix.length);
      if (['audit', 'events', ...except].some((kept) => name.startsWith(kept))) continue;
      if (/^\{reports:[a-z-]+\}:[0-9]{4}-[0-9]{2}$/.test(name)) continue;
      const ttl = await redis.pttl(key);
      expect(ttl, name).toBeGreaterThan(0);
      expect(ttl, name).toBeLessThanOrEqual(maxSeconds * 1000);
    }
  }

  /** The conversation state keys left, each with its remaining lifetime in ms. */
  async function conversationStates(): Promise<number[]> {
    const keys = await redis.keys(`${prefix}{turns}:state:conversation:*`);
    return Promise.all(keys.map((key) => redis.pttl(key)));
  }

  it('SMS, "No thanks": no key or value holds the number or the words; what is left expires within a day, the state within hours', async () => {
    const phone = '+447700900561';
    const words = ['marmalade', 'lighthouse'];
    await say(service, phone, 'hi');
    const declined = await say(service, phone, 'No thanks');
    expect(declined.join('\n')).not.toContain('Which area');
    await say(service, phone, 'marmalade lighthouse keeper');
    // A risk message: the safety reply goes, and no time of the disclosure is kept.
    const safety = await say(service, phone, 'I want to end my life');
    expect(safety.join('\n')).toContain('116 123');
    await say(service, phone, 'menu');

    expect(await tracesOf(redis, prefix, [phone, phone.slice(1), '7700900561', ...words, 'end my life', 'openedAt', 'askedAt'])).toEqual([]);
    const states = await conversationStates();
    expect(states).toHaveLength(1);
    for (const ttl of states) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(exchangeStateTtlSeconds * 1000);
    }
    // Message claims (24 h, for Twilio's retries) and rate-limit counters (minutes): nothing forever.
    await expectAllExpireWithin(86_400);
  });

  it('SMS, "delete my data": nothing left names the number or holds the words, goals, callback and reminder jobs included', async () => {
    const phone = '+447700900562';
    // Jobs are under `{<prefix>jobs}` and name the person by their keyed reference.
    const jobsPrefix = `{${prefix}jobs}`;
    const personRef = keyedReferences(testReferenceSecret)('person', `sms:${phone}`);
    await say(service, phone, 'hi');
    await say(service, phone, '1');
    await say(service, phone, 'Salford');
    await say(service, phone, 'check in settings');
    await say(service, phone, 'Weekly');
    await say(service, phone, 'Any time');
    await say(service, phone, 'No quiet hours');
    await say(service, phone, 'add a goal');
    await say(service, phone, 'Swim with Rosalind');
    // The scan below is real: before the deletion it finds the person, and their reminder job.
    expect(await tracesOf(redis, prefix, ['Rosalind', personRef])).not.toEqual([]);
    expect(await tracesOf(redis, jobsPrefix, [personRef])).not.toEqual([]);
    await say(service, phone, 'delete my data');
    const done = await say(service, phone, 'yes');
    expect(done.join('\n')).toContain("I've deleted everything");

    expect(await tracesOf(redis, prefix, [phone, phone.slice(1), '7700900562', 'Rosalind', 'Swim', personRef])).toEqual([]);
    expect(await tracesOf(redis, jobsPrefix, [personRef])).toEqual([]);
    await expectAllExpireWithin(86_400, ['{callbacks}:erased:']);
  });

  it('web chat, "No thanks": nothing outside the Direct Line history names the person or holds their words, and the history and the state expire within hours', async () => {
    const chat = await openWebChat(service.baseUrl);
    await chat.say('No thanks', saying('What would you like to do?'));
    await chat.say('quince orchard at dusk', saying("I'm not sure I understood"));
    await chat.say('I want to end my life', saying('116 123'));

    // Web chat history (`dl:*`) is what the page reconnects from: for someone who said "No thanks" it
    // is kept only as long as the exchange's state, not for WEBCHAT_HISTORY_TTL_DAYS.
    const outsideHistory = (await tracesOf(redis, prefix, [chat.userId, chat.conversationId, 'quince', 'orchard', 'end my life', 'openedAt', 'askedAt'])).filter(
      (trace) => !trace.startsWith('dl:'),
    );
    expect(outsideHistory).toEqual([]);
    const states = await conversationStates();
    expect(states.length).toBeGreaterThan(0);
    // Every state left (this conversation's, and the SMS one above) is the short, exchange-only kind.
    for (const ttl of states) expect(ttl).toBeLessThanOrEqual(exchangeStateTtlSeconds * 1000);
    // The conversation's record, counter and messages; the user's list of conversations is left to
    // expire with the longest-lived of them (erasure reads it).
    for (const kind of ['conv', 'seq', 'log']) {
      const ttl = await redis.pttl(`${prefix}dl:${kind}:{${chat.conversationId}}`);
      expect(ttl, kind).toBeGreaterThan(0);
      expect(ttl, kind).toBeLessThanOrEqual(exchangeStateTtlSeconds * 1000);
    }
  });

  it('web chat, "delete my data": nothing left names the person or holds their words, history included', async () => {
    const chat = await openWebChat(service.baseUrl);
    await chat.say('Yes, I agree', saying('Which area'));
    await chat.say('Luton', saying('What would you like to do?'));
    await chat.say('tangerine bicycle repairs', saying("I'm not sure I understood"));
    await chat.say('delete my data', saying('It cannot be undone'));
    await chat.say('Yes, delete everything', saying("I've deleted everything"));
    // The conversation's history goes once its last replies are delivered.
    const needles = [chat.userId, chat.conversationId, 'tangerine', 'bicycle'];
    for (let attempt = 0; attempt < 2_000 && (await tracesOf(redis, prefix, needles)).length > 0; attempt += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await tracesOf(redis, prefix, needles)).toEqual([]);
  });
});
