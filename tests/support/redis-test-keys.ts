import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/** The shared test redis-server started by the global setup. */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix of its own for each test, so tests never see each other's keys. */
export function randomKeyPrefix(): string {
  return `test:${randomUUID().slice(0, 8)}:`;
}
