import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../../src/domain/app-error';
import { jobsKeyPrefix } from '../../src/jobs/bullmq-jobs';
import type { JobData } from '../../src/jobs/job-data';
import { jobType, type JobType, type QueueCounts, type RunningJob } from '../../src/jobs/jobs';
import { keyedReferences } from '../../src/store/keyed-reference';
import { createJobsRedisClient } from '../../src/store/redis/redis-connection';
import { jobsForEachTest, jobsKinds } from '../support/jobs-under-test';
import { randomKeyPrefix, testRedisUrl, testReferenceSecret } from '../support/test-stores';

const reference = keyedReferences(testReferenceSecret);
const alex = reference('person', 'sms:+447700900123');
const sam = reference('person', 'webchat:user-2');

const reminder = jobType('contract.reminder', z.strictObject({ siteId: z.string() }));
const unhandled = jobType('contract.unhandled', z.strictObject({ siteId: z.string() }));

/** A run as a handler saw it, with the clock's time then. */
type Run = RunningJob<JobData> & { readonly at: number };

/** The counts of one queue (zeros when it is not listed). */
function countsOf(all: readonly QueueCounts[], queue: string): QueueCounts['counts'] {
  return all.find((entry) => entry.queue === queue)?.counts ?? { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
}

describe.each(jobsKinds)('jobs contract (%s)', (kind) => {
  const open = jobsForEachTest(kind);

  /** A started jobs layer whose `reminder` handler records its runs (and fails as `fail` says). */
  async function started(fail: (run: Run) => boolean = () => false) {
    const under = open();
    const runs: Run[] = [];
    under.jobs.handle(reminder, async (job) => {
      const run = { ...job, at: under.clock.now() };
      runs.push(run);
      if (fail(run)) throw new Error('the send failed');
    });
    await under.jobs.start();
    const counts = async () => countsOf(await under.jobs.counts(), reminder.name);
    return { ...under, runs, counts };
  }

  it('runs a job once at its time, with its id, person and parsed data', async () => {
    const { jobs, clock, until, runs, counts } = await started();
    const due = clock.now() + 300;
    await jobs.schedule(reminder, { id: 'checkin.one', person: alex, data: { siteId: 'salford' }, timing: { at: due } });
    expect(runs).toEqual([]);
    await until(() => runs.length === 1);
    expect(runs[0]).toMatchObject({ id: 'checkin.one', person: alex, data: { siteId: 'salford' }, attempt: 1 });
    expect(runs[0]?.at).toBeGreaterThanOrEqual(due);
    await until(async () => (await counts()).completed === 1);
    expect(await counts()).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 1, failed: 0 });
  });

  it('never queues the same id twice: not while pending, not once it has run', async () => {
    const { jobs, clock, until, runs } = await started();
    await jobs.schedule(reminder, { id: 'test.same', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 200 } });
    await jobs.schedule(reminder, { id: 'test.same', person: alex, data: { siteId: 'luton' }, timing: { at: clock.now() + 100 } });
    await until(() => runs.length === 1);
    expect(runs[0]?.data).toEqual({ siteId: 'salford' });
    // Again after it ran, due at once; a marker job due later shows the queue has moved on.
    await jobs.schedule(reminder, { id: 'test.same', person: alex, data: { siteId: 'luton' }, timing: { at: clock.now() } });
    await jobs.schedule(reminder, { id: 'test.marker', person: sam, data: { siteId: 'lambeth' }, timing: { at: clock.now() + 300 } });
    await until(() => runs.some((run) => run.id === 'test.marker'));
    expect(runs.map((run) => run.id)).toEqual(['test.same', 'test.marker']);
  });

  it('cancels a pending job by id', async () => {
    const { jobs, clock, until, runs, counts } = await started();
    await jobs.schedule(reminder, { id: 'test.cancelled', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 200 } });
    await jobs.schedule(reminder, { id: 'test.kept', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 300 } });
    expect((await counts()).delayed).toBe(2);
    await jobs.cancel(reminder, 'test.cancelled');
    await jobs.cancel(reminder, 'test.never-scheduled');
    expect((await counts()).delayed).toBe(1);
    await until(() => runs.length === 1);
    expect(runs.map((run) => run.id)).toEqual(['test.kept']);
  });

  it("cancels every pending job and repeat of one person, and nobody else's", async () => {
    const { jobs, clock, until, runs, counts } = await started();
    await jobs.schedule(reminder, { id: 'alex.once', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 200 } });
    await jobs.schedule(reminder, { id: 'alex.repeat', person: alex, data: { siteId: 'salford' }, timing: { everyMs: 200 } });
    await jobs.schedule(unhandled, { id: 'alex.other', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 200 } });
    await jobs.schedule(reminder, { id: 'sam.once', person: sam, data: { siteId: 'luton' }, timing: { at: clock.now() + 500 } });
    await jobs.cancelForPerson(alex);
    expect(countsOf(await jobs.counts(), unhandled.name)).toMatchObject({ waiting: 0, delayed: 0 });
    expect((await counts()).delayed).toBe(1);
    await until(() => runs.length === 1);
    expect(runs.map((run) => run.person)).toEqual([sam]);
  });

  it("erasing a person removes their pending, finished and failed jobs, and nobody else's", async () => {
    const { jobs, clock, until, runs, counts } = await started((run) => run.id === 'alex.fails');
    await jobs.schedule(reminder, { id: 'alex.done', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await jobs.schedule(reminder, { id: 'alex.fails', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await jobs.schedule(reminder, { id: 'sam.done', person: sam, data: { siteId: 'luton' }, timing: { at: clock.now() } });
    await until(async () => {
      const now = await counts();
      return now.completed === 2 && now.failed === 1;
    });
    await jobs.schedule(reminder, { id: 'alex.later', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() + 60_000 } });
    await jobs.erasePerson(alex);
    expect(await counts()).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 1, failed: 0 });
    // Their ids are free again: nothing of theirs is kept, not even to refuse a repeat.
    await jobs.schedule(reminder, { id: 'alex.done', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await until(() => runs.filter((run) => run.id === 'alex.done').length === 2);
    expect(runs.filter((run) => run.person === sam).map((run) => run.id)).toEqual(['sam.done']);
  });

  it('repeats a job every interval, one schedule per id, until cancelled', async () => {
    const { jobs, clock, until, runs, counts } = await started();
    const scheduledAt = clock.now();
    await jobs.schedule(reminder, { id: 'test.sweep', person: alex, data: { siteId: 'salford' }, timing: { everyMs: 150 } });
    // Scheduling the same id again replaces the schedule: still one job waiting for its time.
    await jobs.schedule(reminder, { id: 'test.sweep', person: alex, data: { siteId: 'tameside' }, timing: { everyMs: 150 } });
    expect((await counts()).delayed).toBe(1);
    await until(() => runs.length >= 3);
    expect(runs.slice(0, 3).map((run) => run.data)).toEqual([{ siteId: 'tameside' }, { siteId: 'tameside' }, { siteId: 'tameside' }]);
    expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length);
    // The first run comes one interval after scheduling, not at once.
    expect(runs[0]?.at).toBeGreaterThanOrEqual(scheduledAt + 150);
    expect(runs.every((run, i) => i === 0 || run.at > (runs[i - 1]?.at ?? 0))).toBe(true);
    await jobs.cancel(reminder, 'test.sweep');
    await until(async () => {
      const now = await counts();
      return now.delayed === 0 && now.waiting === 0 && now.active === 0;
    });
  });

  it('retries a failing job with growing waits, then keeps it as failed (the dead letter)', async () => {
    const { jobs, clock, until, runs, counts } = await started(() => true);
    await jobs.schedule(reminder, { id: 'test.doomed', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await until(async () => (await counts()).failed === 1);
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    const [first, second, third] = runs.map((run) => run.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(100);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(200);
    expect(await counts()).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 0, failed: 1 });
    // A failed job's id is kept with it: the same job is not queued again.
    await jobs.schedule(reminder, { id: 'test.doomed', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    expect((await counts()).waiting + (await counts()).delayed).toBe(0);
  });

  it('completes a job that succeeds on a retry', async () => {
    const { jobs, clock, until, runs, counts } = await started((run) => run.attempt === 1);
    await jobs.schedule(reminder, { id: 'test.flaky', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await until(async () => (await counts()).completed === 1);
    expect(runs.map((run) => run.attempt)).toEqual([1, 2]);
    expect((await counts()).failed).toBe(0);
  });

  it('closes only once the job running has finished', async () => {
    const under = open();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    under.jobs.handle(reminder, async () => {
      order.push('started');
      await gate;
      order.push('finished');
    });
    await under.jobs.start();
    await under.jobs.schedule(reminder, { id: 'test.running', person: alex, data: { siteId: 'salford' }, timing: { at: under.clock.now() } });
    await under.until(() => order.includes('started'));
    const closing = under.jobs.close().then(() => order.push('closed'));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await closing;
    expect(order).toEqual(['started', 'finished', 'closed']);
  });

  it('counts waiting and delayed jobs, and how long the oldest has waited', async () => {
    const { jobs, clock, testClock } = open();
    await jobs.start();
    expect(await jobs.counts()).toEqual([]);
    await jobs.schedule(unhandled, { id: 'due.one', person: alex, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await jobs.schedule(unhandled, { id: 'due.two', person: sam, data: { siteId: 'salford' }, timing: { at: clock.now() } });
    await jobs.schedule(unhandled, { id: 'test.later', person: sam, data: { siteId: 'salford' }, timing: { at: clock.now() + 3_600_000 } });
    const [counted] = await jobs.counts();
    expect(counted?.queue).toBe(unhandled.name);
    expect(counted?.counts).toEqual({ waiting: 2, delayed: 1, active: 0, completed: 0, failed: 0 });
    expect(counted?.oldestWaitingMs).toBeGreaterThanOrEqual(0);
    if (testClock !== undefined) {
      testClock.advance(5_000);
      expect((await jobs.counts())[0]?.oldestWaitingMs).toBe(5_000);
    }
  });

  it('refuses a job whose id, person or data is more than ids and codes', async () => {
    const { jobs, clock, counts } = await started();
    const refused = (error: unknown) => isAppError(error, 'STORE_RECORD_INVALID');
    const at = { at: clock.now() + 60_000 };
    // A type whose own schema lets a name through is still held to ids and codes.
    const careless = jobType(reminder.name, z.object({ siteId: z.string(), name: z.string() }));
    await expect(jobs.schedule(careless, { id: 'test.named', person: alex, data: { siteId: 'salford', name: 'Alex Example' }, timing: at })).rejects.toSatisfy(refused);
    await expect(jobs.schedule(reminder, { id: 'test.texted', person: alex, data: { siteId: 'I feel low today' }, timing: at })).rejects.toSatisfy(refused);
    await expect(jobs.schedule(reminder, { id: 'test.raw', person: 'sms:+447700900123', data: { siteId: 'salford' }, timing: at })).rejects.toSatisfy(refused);
    await expect(jobs.schedule(reminder, { id: 'test:colon.x', person: alex, data: { siteId: 'salford' }, timing: at })).rejects.toSatisfy(refused);
    // Without a dot an id could be one of BullMQ's own keys beside the jobs (`<queue>:marker`).
    await expect(jobs.schedule(reminder, { id: 'marker', person: alex, data: { siteId: 'salford' }, timing: at })).rejects.toSatisfy(refused);
    expect((await counts()).delayed).toBe(0);
  });

  it('checks data again before the handler: data that no longer fits fails at once, unhandled', async () => {
    const under = open();
    const strict = jobType('contract.strict', z.strictObject({ siteId: z.enum(['salford']) }));
    const older: JobType<{ siteId: string }> = jobType('contract.strict', z.strictObject({ siteId: z.string() }));
    let handled = 0;
    under.jobs.handle(strict, async () => {
      handled += 1;
    });
    await under.jobs.start();
    await under.jobs.schedule(older, { id: 'old.shape', person: alex, data: { siteId: 'luton' }, timing: { at: under.clock.now() } });
    await under.until(async () => countsOf(await under.jobs.counts(), strict.name).failed === 1);
    expect(handled).toBe(0);
  });
});

describe('jobs on BullMQ', () => {
  const open = jobsForEachTest('redis');

  it('runs each job once with two instances sharing the queues', async () => {
    const keyPrefix = randomKeyPrefix();
    const seen: string[] = [];
    const instances = [open(keyPrefix), open(keyPrefix)];
    for (const { jobs } of instances) {
      jobs.handle(reminder, async (job) => {
        seen.push(job.id);
      });
      await jobs.start();
    }
    const ids = Array.from({ length: 30 }, (_, i) => `job.${i}`);
    await Promise.all(ids.map((id, i) => instances[i % 2]?.jobs.schedule(reminder, { id, person: alex, data: { siteId: 'salford' }, timing: { at: Date.now() + 100 } })));
    await instances[0]?.until(() => seen.length >= ids.length);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('keeps its queues under a hash tag, drops a finished job from its person index, and a cancelled person leaves no index', async () => {
    const keyPrefix = randomKeyPrefix();
    const { jobs, until } = open(keyPrefix);
    jobs.handle(reminder, async () => undefined);
    await jobs.start();
    const redis = createJobsRedisClient({ url: testRedisUrl() });
    try {
      const index = `${jobsKeyPrefix(keyPrefix)}:person:${alex}`;
      expect(jobsKeyPrefix(keyPrefix)).toBe(`{${keyPrefix}jobs}`);
      await jobs.schedule(reminder, { id: 'test.quick', person: alex, data: { siteId: 'salford' }, timing: { at: Date.now() } });
      await jobs.schedule(reminder, { id: 'test.slow', person: alex, data: { siteId: 'salford' }, timing: { at: Date.now() + 3_600_000 } });
      await until(async () => (await redis.smembers(index)).length === 1);
      expect(await redis.smembers(index)).toEqual([`${reminder.name}/test.slow`]);
      const keys = await redis.keys(`${jobsKeyPrefix(keyPrefix)}*`);
      expect(keys.length).toBeGreaterThan(0);
      await jobs.cancelForPerson(alex);
      expect(await redis.exists(index)).toBe(0);
      expect(await redis.exists(`${jobsKeyPrefix(keyPrefix)}:${reminder.name}:test.slow`)).toBe(0);
    } finally {
      redis.disconnect();
    }
  });

  it('sends a job whose stored data was written by hand with words in it straight to failed', async () => {
    const keyPrefix = randomKeyPrefix();
    const { jobs, until } = open(keyPrefix);
    let handled = 0;
    jobs.handle(reminder, async () => {
      handled += 1;
    });
    await jobs.start();
    const redis = createJobsRedisClient({ url: testRedisUrl() });
    const queue = new Queue(reminder.name, { connection: redis, prefix: jobsKeyPrefix(keyPrefix) });
    try {
      await queue.add(reminder.name, { v: 1, person: alex, data: { siteId: 'salford', note: 'Alex said hello' } }, { jobId: randomUUID(), attempts: 3 });
      await until(async () => countsOf(await jobs.counts(), reminder.name).failed === 1);
      expect(handled).toBe(0);
    } finally {
      await queue.close();
      redis.disconnect();
    }
  });
});
