import type { TestProject } from 'vitest/node';
import { startRedisServer } from '../support/redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** One real redis-server for the whole run; each test isolates itself with a random key prefix. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
  return redis.stop;
}
