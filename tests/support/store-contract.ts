import { afterEach } from 'vitest';
import type { Stores } from '../../src/store/ports';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix } from './test-stores';

/** The two store implementations every contract suite runs against. */
export const storeKinds = ['memory', 'redis'] as const;
export type StoreKind = (typeof storeKinds)[number];

/**
 * For a contract suite (`describe.each(storeKinds)`): a function that opens fresh stores of that
 * kind (Redis under a random key prefix), closed again after each test.
 */
export function storesForEachTest(kind: StoreKind): () => Promise<Stores> {
  let stores: Stores | undefined;
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });
  return async () => {
    stores = kind === 'memory' ? openTestMemoryStores() : await openTestRedisStores(randomKeyPrefix());
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
