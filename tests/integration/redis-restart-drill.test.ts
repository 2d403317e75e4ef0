import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer } from '../support/redis-server';
import { randomKeyPrefix } from '../support/test-stores';
import { messageActivity, onboard, postActivity, say, startTestService, type TestService } from '../support/service-harness';

/**
 * The drill: Redis stopped under a running service, the safety reply still given meanwhile, then
 * Redis brought back on the same port: the service recovers by itself, with no restart.
 */
describe('Redis stopped and restarted under a running service', { timeout: 60_000 }, () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let service: TestService;

  beforeAll(async () => {
    redis = await startRedisServer();
    service = await startTestService({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: randomKeyPrefix() });
  });
  afterAll(async () => {
    await service.stop();
    await redis.stop();
  });

  async function ready(): Promise<number> {
    return (await fetch(`${service.baseUrl}/readyz`)).status;
  }

  it('answers, gives the safety reply while Redis is down, and carries on by itself once it is back', async () => {
    await onboard(service.baseUrl, 'drill-before', 'Luton');
    expect(await ready()).toBe(200);

    await redis.stop();
    const during = await postActivity(service.baseUrl, messageActivity({ conversationId: 'drill-before', text: 'I want to end my life tonight' }));
    expect(during.status).toBe(200);
    expect(during.replies[0]?.channelData).toMatchObject({ safety: { categories: ['suicide_self_harm'] } });
    expect(during.replies[0]?.text).toContain('116 123');
    await expect.poll(ready, { timeout: 10_000 }).toBe(503);

    redis = await startRedisServer(redis.port);
    // ioredis reconnects by itself; readiness follows, and then whole turns work again.
    await expect.poll(ready, { timeout: 30_000, interval: 250 }).toBe(200);
    await onboard(service.baseUrl, 'drill-after', 'Salford');
    expect((await say(service.baseUrl, 'drill-after', 'help')).join('\n')).toContain('I can help with');
    const token = await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(token.status).toBe(200);
  });
});
