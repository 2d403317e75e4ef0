import { afterEach } from 'vitest';
import type { Clock } from '../../src/domain/clock';
import { BullMqJobs } from '../../src/jobs/bullmq-jobs';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import type { JobPolicy } from '../../src/jobs/job-policy';
import type { Jobs } from '../../src/jobs/jobs';
import { createJobsRedisClient, type RedisConnection } from '../../src/store/redis/redis-connection';
import { systemClock } from '../../src/runtime/system-clock';
import { capturingLogger } from './log-capture';
import { randomKeyPrefix, redisTopologyForTheseTests, testRedisUrl } from './test-stores';
import { TestClock } from './test-clock';

/** The set-ups the jobs contract runs on: in-process (fake clock), BullMQ on one Redis, on a Cluster, behind Sentinel. */
export const jobsKinds = ['in-process', 'redis', 'cluster', 'sentinel'] as const;
export type JobsKind = (typeof jobsKinds)[number];

/** Short retries so the BullMQ runs (real time) stay quick: three tries, 100 ms then 200 ms apart. */
export const testJobPolicy: JobPolicy = { attempts: 3, backoffMs: 100, completedKeepMs: 86_400_000, failedKeepMs: 7 * 86_400_000 };

/** A jobs layer under test, and how to let time pass until something has happened. */
export interface JobsUnderTest {
  readonly jobs: Jobs;
  readonly clock: Clock;
  /** The in-process kind's clock, which the test moves; undefined with BullMQ (real time). */
  readonly testClock: TestClock | undefined;
  /**
   * Lets time pass until `condition` holds: the fake clock is moved 50 ms at a time and due jobs
   * run; with BullMQ real time passes. Fails if it never holds.
   */
  until(condition: () => boolean | Promise<boolean>): Promise<void>;
}

/**
 * For a `describe` block of one kind: a function that opens a jobs layer of that kind (BullMQ
 * under a random key prefix, or `keyPrefix` to share queues between instances), closed after each test.
 */
export function jobsForEachTest(kind: JobsKind): (keyPrefix?: string) => JobsUnderTest {
  const opened: Jobs[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
  });
  const connection: () => RedisConnection =
    kind === 'cluster' || kind === 'sentinel' ? redisTopologyForTheseTests(kind) : () => ({ url: testRedisUrl() });
  const { logger } = capturingLogger('silent');
  return (keyPrefix = randomKeyPrefix()) => {
    if (kind === 'in-process') {
      const clock = new TestClock(Date.parse('2026-12-07T09:00:00Z'));
      // The poll timer is left to tests (runDue after each move of the clock).
      const jobs = new InProcessJobs({ clock, logger, policy: testJobPolicy, pollMs: 3_600_000 });
      opened.push(jobs);
      return {
        jobs,
        clock,
        testClock: clock,
        until: async (condition) => {
          for (let step = 0; step < 10_000; step += 1) {
            if (await condition()) return;
            clock.advance(50);
            // A handler the test holds up keeps its pass open: go on after a turn of the event loop.
            await Promise.race([jobs.runDue(), new Promise((resolve) => setImmediate(resolve))]);
          }
          throw new Error('the condition never held (500 s of fake time)');
        },
      };
    }
    const jobs = new BullMqJobs({ redis: createJobsRedisClient(connection()), keyPrefix, clock: systemClock, logger, policy: testJobPolicy });
    opened.push(jobs);
    return {
      jobs,
      clock: systemClock,
      testClock: undefined,
      until: async (condition) => {
        const deadline = Date.now() + 15_000;
        while (!(await condition())) {
          if (Date.now() > deadline) throw new Error('the condition never held (15 s)');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
    };
  };
}
