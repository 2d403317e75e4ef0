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
