import { afterEach } from 'vitest';
import type { Stores } from '../../src/store/ports';
import type { RedisConnection } from '../../src/store/redis/redis-connection';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix, redisTopologyForTheseTests } from './test-stores';

/**
 * The store set-ups every contract suite runs against: in memory, one Redis, a Redis Cluster of
 * three masters, and a master behind Sentinel.
 */
export const storeKinds = ['memory', 'redis', 'cluster', 'sentinel'] as const;
export type StoreKind = (typeof storeKinds)[number];

/**
 * For a `describe` block of one store kind: a function that opens that kind's production stores
 * (Redis under a random key prefix). Cluster and Sentinel are started for the block (see
 * `redisTopologyForTheseTests`).
 */
export function storeOpener(kind: StoreKind): () => Promise<Stores> {
  if (kind === 'memory') return async () => openTestMemoryStores();
  const connection: () => RedisConnection | undefined = kind === 'redis' ? () => undefined : redisTopologyForTheseTests(kind);
  return () => openTestRedisStores(randomKeyPrefix(), connection());
}

/**
 * For a contract suite (`describe.each(storeKinds)`): a function that opens fresh stores of that
 * kind (Redis under a random key prefix), closed again after each test.
 */
export function storesForEachTest(kind: StoreKind): () => Promise<Stores> {
  const opener = storeOpener(kind);
  let stores: Stores | undefined;
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });
  return async () => {
    stores = await opener();
    return stores;
  };
}

/**
 * For tests of several Redis instances sharing one key prefix (as several service processes do):
 * a function that opens Redis stores under a given prefix; all are closed after each test.
 */
export function redisStoresForEachTest(): (keyPrefix: string) => ReturnType<typeof openTestRedisStores> {
  const opened: Stores[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
  });
  return async (keyPrefix) => {
    const stores = await openTestRedisStores(keyPrefix);
    opened.push(stores);
    return stores;
  };
}
