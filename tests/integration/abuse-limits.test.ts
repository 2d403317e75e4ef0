import { describe, expect, it } from 'vitest';
import { startTestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

/** Statuses of `count` new-chat requests, each with the X-Forwarded-For `forwardedFor(index)`. */
async function newChatStatuses(baseUrl: string, count: number, forwardedFor: (index: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor(index) } });
    statuses.push(response.status);
  }
  return statuses;
}

describe('new-chat limit and X-Forwarded-For (on Redis)', () => {
  it('cannot be dodged by rotating X-Forwarded-For when no proxy is trusted', async () => {
    const service = await startTestService({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), WEBCHAT_TOKENS_PER_MINUTE: '3' });
    try {
      expect(await newChatStatuses(service.baseUrl, 5, (index) => `198.51.100.${index + 1}`)).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await service.stop();
    }
  });

  it('counts each client behind a trusted proxy on its own, by the address the proxy appended', async () => {
    const service = await startTestService({
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: randomKeyPrefix(),
      WEBCHAT_TOKENS_PER_MINUTE: '2',
      TRUSTED_PROXIES: '127.0.0.1, ::1',
    });
    try {
      // Two clients behind the proxy (the test's own address), each with its own budget of 2.
      expect(await newChatStatuses(service.baseUrl, 3, () => '203.0.113.7')).toEqual([200, 200, 429]);
      expect(await newChatStatuses(service.baseUrl, 2, () => '203.0.113.8')).toEqual([200, 200]);
      // What a client writes before the proxy's entry changes nothing.
      expect(await newChatStatuses(service.baseUrl, 2, (index) => `10.0.0.${index}, 203.0.113.7`)).toEqual([429, 429]);
    } finally {
      await service.stop();
    }
  });
});
