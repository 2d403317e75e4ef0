import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { RedisConnection } from '../../src/store/redis/redis-connection';
import { freePort, startRedisCluster, startRedisSentinel, testSentinelMaster, type RunningSentinel } from '../support/redis-server';
import { onboard, say, startTestService, type TestService } from '../support/service-harness';
import { openTestRedisStores, randomKeyPrefix, redisTopologyForTheseTests, type RedisTopologyKind } from '../support/test-stores';

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

describe('the stores behind Sentinel, across a failover', () => {
  let sentinel: RunningSentinel | undefined;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
  });
  afterAll(async () => {
    await sentinel?.stop();
  });

  it('follow the replica the sentinel promotes: state saved before is read after, and new state is saved', async () => {
    if (sentinel === undefined) throw new Error('no sentinel');
    const auth = { username: undefined, password: undefined, tls: false };
    const stores = await openTestRedisStores(randomKeyPrefix(), { sentinels: sentinel.nodes, masterName: testSentinelMaster, auth });
    try {
      await stores.botStorage.write({ before: { count: 1 } });
      // Replication is asynchronous: wait until the replica has it, as a failover would lose it otherwise.
      expect(await stores.redis.wait(1, 1_000)).toBe(1);
      await sentinel.failOver();
      // While the client reconnects to the new master, calls fail as the store being unavailable.
      let before: unknown;
      for (let attempt = 0; attempt < 200 && before === undefined; attempt += 1) {
        before = await stores.botStorage.read(['before']).then(
          (items) => items['before'],
          (error: unknown) => {
            if (!isAppError(error, 'STORE_UNAVAILABLE')) throw error;
            return new Promise((resolve) => setTimeout(resolve, 50)).then(() => undefined);
          },
        );
      }
      expect(before).toMatchObject({ count: 1 });
      await stores.botStorage.write({ after: { count: 2 } });
      expect((await stores.botStorage.read(['after']))['after']).toMatchObject({ count: 2 });
    } finally {
      await stores.close();
    }
  });
});

describe('start-up with no Redis answering', () => {
  it.each([
    ['cluster nodes', (port: number) => ({ REDIS_CLUSTER_NODES: `127.0.0.1:${port}` })],
    ['sentinels', (port: number) => ({ REDIS_SENTINELS: `127.0.0.1:${port}`, REDIS_SENTINEL_MASTER: testSentinelMaster })],
  ])('fails with STORE_UNAVAILABLE when none of the %s answers, instead of waiting', async (_, env) => {
    const error = await startTestService(env(await freePort())).then(
      async (running) => {
        await running.stop();
        return undefined;
      },
      (caught: unknown) => caught,
    );
    expect(isAppError(error, 'STORE_UNAVAILABLE')).toBe(true);
  });
});

describe('the stores on a Redis Cluster that goes away', () => {
  it('answer every call with STORE_UNAVAILABLE while it is gone, rather than queue it until it is back', async () => {
    const cluster = await startRedisCluster();
    const auth = { username: undefined, password: undefined, tls: false };
    const stores = await openTestRedisStores(randomKeyPrefix(), { clusterNodes: cluster.nodes, auth }).catch(async (error: unknown) => {
      await cluster.stop();
      throw error;
    });
    try {
      expect(await stores.teams.list()).toEqual([]);
      await cluster.stop();
      // The first call meets the closing connections; the later ones a client reconnecting.
      for (let call = 0; call < 3; call += 1) {
        await expect(stores.teams.list()).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_UNAVAILABLE'));
      }
      expect(stores.health.isConnected()).toBe(false);
    } finally {
      await stores.close();
    }
  });
});
