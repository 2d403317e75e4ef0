import { afterEach, describe, expect, it } from 'vitest';
import type { RedisConnection } from '../../src/store/redis/redis-connection';
import { onboard, say, startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, redisTopologyForTheseTests, type RedisTopologyKind } from '../support/test-stores';

/** The environment that points the service at `connection`, as an operator would write it. */
function redisEnv(connection: RedisConnection): Record<string, string> {
  const list = (nodes: ReadonlyArray<{ host: string; port: number }>) => nodes.map(({ host, port }) => `${host}:${port}`).join(',');
  if ('clusterNodes' in connection) return { REDIS_CLUSTER_NODES: list(connection.clusterNodes) };
  if ('sentinels' in connection) return { REDIS_SENTINELS: list(connection.sentinels), REDIS_SENTINEL_MASTER: connection.masterName };
  return { REDIS_URL: connection.url };
}

describe.each<RedisTopologyKind>(['cluster', 'sentinel'])('the service on Redis %s', (kind) => {
  const connection = redisTopologyForTheseTests(kind);
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });

  it('is ready, and a person agrees, sets a goal and rates it, and finds it again after a restart', async () => {
    const env = { ...redisEnv(connection()), REDIS_KEY_PREFIX: randomKeyPrefix() };
    service = await startTestService(env);
    expect(await (await fetch(`${service.baseUrl}/readyz`)).json()).toEqual({ status: 'ready', store: 'redis' });
    await onboard(service.baseUrl, `${kind}-1`);
    await say(service.baseUrl, `${kind}-1`, 'add a goal');
    await say(service.baseUrl, `${kind}-1`, 'Walk to the allotment on Sundays');
    expect((await say(service.baseUrl, `${kind}-1`, '4')).join('\n')).toContain('at 4 out of 10');
    await service.stop();
    service = await startTestService(env);
    const goals = (await say(service.baseUrl, `${kind}-1`, 'my goals')).join('\n');
    expect(goals).toContain('Walk to the allotment on Sundays');
  });

  it('counts the new-chat limit across the set-up: the third chat in a minute from one address is refused', async () => {
    service = await startTestService({ ...redisEnv(connection()), REDIS_KEY_PREFIX: randomKeyPrefix(), WEBCHAT_TOKENS_PER_MINUTE: '2' });
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await fetch(`${service.baseUrl}/api/webchat/token`, { method: 'POST' })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
