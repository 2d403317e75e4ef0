import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createMemoryStores } from '../../src/store/memory/memory-stores';
import { createRedisStores } from '../../src/store/redis/redis-stores';
import { systemClock } from '../../src/system-clock';

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

/** The production Redis stores on the test server, under a fresh random prefix unless one is given. */
export function openTestRedisStores(keyPrefix: string = randomKeyPrefix()) {
  return createRedisStores({ url: testRedisUrl(), keyPrefix, lockTtlMs: 5_000, lockWaitMs: 2_000, clock: systemClock, referenceSecret: testReferenceSecret });
}

/** The embedded stores, as tests use them. */
export function openTestMemoryStores() {
  return createMemoryStores({ lockWaitMs: 2_000, referenceSecret: testReferenceSecret, clock: systemClock });
}
