import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createMemoryStores } from '../../src/store/memory/memory-stores';
import type { RedisConnection } from '../../src/store/redis/redis-connection';
import { createRedisStores } from '../../src/store/redis/redis-stores';
import { systemClock } from '../../src/runtime/system-clock';
import { startRedisCluster, startRedisSentinel, testSentinelMaster, type RunningTopology } from './redis-server';

/** The shared test redis-server started by the global setup. */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix of its own for each test, so tests never see each other's keys. */
export function randomKeyPrefix(): string {
  return `test:${randomUUID().slice(0, 8)}:`;
}

/** REFERENCE_HASH_SECRET in tests. */
export const testReferenceSecret = 'a-test-reference-secret-that-is-long-enough';

/** The production Redis stores on `connection` (the shared test server unless given), under a fresh random prefix unless one is given. */
export function openTestRedisStores(keyPrefix: string = randomKeyPrefix(), connection: RedisConnection = { url: testRedisUrl() }) {
  return createRedisStores({ connection, keyPrefix, lockTtlMs: 5_000, lockWaitMs: 2_000, clock: systemClock, referenceSecret: testReferenceSecret });
}

/** The embedded stores, as tests use them. */
export function openTestMemoryStores() {
  return createMemoryStores({ lockWaitMs: 2_000, referenceSecret: testReferenceSecret, clock: systemClock });
}

/** The Redis set-ups besides the shared single server, each started for the tests that need it. */
export type RedisTopologyKind = 'cluster' | 'sentinel';

const noAuth = { username: undefined, password: undefined, tls: false };

/**
 * For a `describe` block: starts a real Redis Cluster (three masters) or Sentinel set-up (master,
 * replica, sentinel) before its tests and stops it after them, so a test file pays for one start.
 * Returns the connection to it, for use inside the tests.
 */
export function redisTopologyForTheseTests(kind: RedisTopologyKind): () => RedisConnection {
  let running: RunningTopology | undefined;
  beforeAll(async () => {
    running = kind === 'cluster' ? await startRedisCluster() : await startRedisSentinel();
  });
  afterAll(async () => {
    await running?.stop();
    running = undefined;
  });
  return () => {
    if (running === undefined) throw new Error(`the Redis ${kind} is not running (call from a test)`);
    return kind === 'cluster' ? { clusterNodes: running.nodes, auth: noAuth } : { sentinels: running.nodes, masterName: testSentinelMaster, auth: noAuth };
  };
}
