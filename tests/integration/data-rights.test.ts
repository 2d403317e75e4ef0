import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { messageActivity, postActivity, startTestService, type TestService } from '../support/service-harness';

/** Every key under `prefix`, and every string held in each (whatever its type). */
async function dumpPrefix(redis: Redis, prefix: string): Promise<Array<{ key: string; values: string[] }>> {
  const keys = await redis.keys(`${prefix}*`);
  return Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      const values =
        type === 'hash'
          ? Object.values(await redis.hgetall(key))
          : type === 'list'
            ? await redis.lrange(key, 0, -1)
            : type === 'string'
              ? [(await redis.get(key)) ?? '']
              : [`<${type}>`];
      return { key, values };
    }),
  );
}

describe('data rights on Redis', () => {
  let service: TestService;
  let redis: Redis;
  const prefix = randomKeyPrefix();
  const userId = 'person-7c1f9e';
  const conversationId = 'conversation-5b2a71';

  const send = async (text: string) => {
    const { status, replies } = await postActivity(service.baseUrl, messageActivity({ conversationId, userId, text }));
    expect(status).toBe(200);
    return replies;
  };

  beforeAll(async () => {
    service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await service.stop();
    await redis.quit();
  });

  it('exports the person’s data over HTTP as a JSON attachment', async () => {
    await send('hello');
    await send('Yes, I agree');
    await send('Lambeth');
    // Something only this person typed, to look for after erasure.
    await send('zebra crossing by the bakery');
    const replies = await send('export my data');
    const attachment = replies.find((reply) => reply.attachments !== undefined)?.attachments?.[0];
    expect(attachment?.contentType).toBe('application/json');
    expect(attachment?.content).toMatchObject({ you: { idOnChannel: userId }, area: 'lambeth', consent: { wordingVersion: expect.any(String) } });
    const stored = await dumpPrefix(redis, prefix);
    expect(stored.some(({ key }) => key.includes(userId))).toBe(true);
  });

  it('after "delete my data", no key or value holds the person’s ids or what they typed, except the audit entry', async () => {
    await send('delete my data');
    const done = await send('yes');
    expect(done.map((reply) => reply.text).join('\n')).toContain("I've deleted everything");

    const stored = await dumpPrefix(redis, prefix);
    const identifying = [userId, conversationId, 'zebra', 'bakery', 'lambeth', 'Lambeth'];
    for (const { key, values } of stored) {
      for (const needle of identifying) {
        expect(key).not.toContain(needle);
        for (const value of values) expect(value).not.toContain(needle);
      }
    }
    expect(stored.map(({ key }) => key.slice(prefix.length))).toEqual(['audit']);
    const audit = stored[0]?.values.map((value) => JSON.parse(value));
    expect(audit).toEqual([{ event: 'person.erased', at: expect.any(String), channelId: 'emulator', recordsErased: 2 }]);
  });
});
