/**
 * `npm run bench:jobs` (also the last part of `npm run bench`): check-in reminders on BullMQ at scale,
 * through the service's own jobs layer (`BullMqJobs`), job type (`checkin.reminder`) and job ids
 * (`checkInReminderJobId`), on a throwaway redis-server.
 *
 * 1. Schedules `--reminders` (default 100,000) reminders for as many people, due at whole minutes
 *    over the next four weeks, `--schedule-concurrency` (default 50) at a time as turns would; prints
 *    the time taken, reminders per second and Redis's `used_memory` growth (bytes per reminder).
 * 2. Dispatch, with those still pending: `--job-instances` (default 2) jobs layers, each on its own
 *    connection as separate service instances would be, handle `checkin.reminder`; reminders fall
 *    due at 1,000 a minute for `--dispatch-seconds` (default 60, to keep `npm run bench` short; the
 *    README's figures use 180), first spread evenly (one every 60 ms), then 1,000 due at the same
 *    instant once a minute (reminders are planned to the minute, many at the start of a part of the
 *    day). The handler records when it ran, then waits `--send-ms` (default 0: the jobs layer's own
 *    figures; a real reminder waits on Twilio or a push service, so try 250) with
 *    `--job-concurrency` (default the layer's, `defaultJobConcurrency`) jobs at once per instance.
 *    Prints lateness (run − due) p50, p99, max and min, reminders run, and duplicates (an id run
 *    twice), against the goal p99 < 1 s, all run, 0 duplicates.
 *
 * Redis runs with `--hz` `--redis-hz` (default 10, Redis's own): a worker waiting for the next
 * delayed job blocks until its due time, and Redis ends such waits on its `hz` tick, so at 10
 * reminders start up to 100 ms late.
 */
import { DateTime } from 'luxon';
import { checkInReminderJobId } from '../src/domain/wellbeing/check-in-reminder';
import { seededRandom } from '../src/domain/seeded-random';
import { BullMqJobs, defaultJobConcurrency } from '../src/jobs/bullmq-jobs';
import type { Jobs } from '../src/jobs/jobs';
import { createLogger } from '../src/runtime/logger';
import { systemClock } from '../src/runtime/system-clock';
import { checkInReminderJob } from '../src/services/check-in-reminders';
import { keyedReferences } from '../src/store/keyed-reference';
import { createJobsRedisClient } from '../src/store/redis/redis-connection';
import type { RedisClient } from '../src/store/redis/redis-commands';
import { startRedisServer } from '../tests/support/redis-server';
import { inParallel } from './in-parallel';
import { loadAverage } from './load-average';
import { numberOption } from './number-option';
import { percentile } from './percentile';

const minuteMs = 60_000;
const duePerMinute = 1_000;
const goalP99Ms = 1_000;
const references = keyedReferences('bench-reference-secret-not-a-real-one');
const logger = createLogger({ level: 'warn' });

/** A jobs layer on its own connection, as each service instance has. */
function openJobs(url: string, concurrency: number): { jobs: Jobs; redis: RedisClient } {
  const redis = createJobsRedisClient({ url });
  return { jobs: new BullMqJobs({ redis, keyPrefix: 'bench:', clock: systemClock, logger, concurrency }), redis };
}

/** Schedules the check-in reminder of bench person `person`, due at `dueMs`. */
function scheduleReminder(jobs: Jobs, person: string, dueMs: number): Promise<void> {
  const ref = references('person', `webchat:${person}`);
  const dueAt = new Date(dueMs).toISOString();
  return jobs.schedule(checkInReminderJob, { id: checkInReminderJobId(ref, dueAt), person: ref, data: { dueAt }, timing: { at: dueMs } });
}

async function usedMemory(redis: RedisClient): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
}

/** Part 1: `count` reminders for as many people, due at whole minutes over the next four weeks. */
async function schedulePending(jobs: Jobs, redis: RedisClient, count: number, width: number): Promise<void> {
  const random = seededRandom(16);
  const from = DateTime.fromMillis(systemClock.now()).startOf('minute').plus({ days: 1 }).toMillis();
  const minutes = 27 * 24 * 60;
  await redis.ping(); // the client connects lazily: connected before memory is read
  const before = await usedMemory(redis);
  const started = performance.now();
  await inParallel(count, width, (index) => scheduleReminder(jobs, `bench-pending-${index}`, from + Math.floor(random() * minutes) * minuteMs));
  const seconds = (performance.now() - started) / 1000;
  const grown = (await usedMemory(redis)) - before;
  process.stdout.write(
    `reminder jobs: scheduled ${count} check-in reminders (${width} at a time) in ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} a second; ` +
      `Redis used_memory +${(grown / 1024 / 1024).toFixed(1)} MB, ${(grown / count).toFixed(0)} bytes a reminder (job, delayed entry, person index)\n`,
  );
}

type Pattern = 'spread' | 'minute';

interface DispatchOptions {
  readonly seconds: number;
  readonly instances: number;
  /** Reminders scheduled at once. */
  readonly width: number;
  /** How long each handler waits after recording, as a real send would (0: not at all). */
  readonly sendMs: number;
  /** Jobs one instance runs at once. */
  readonly concurrency: number;
}

const patternWords: Record<Pattern, string> = {
  spread: 'spread evenly (one due every 60 ms)',
  minute: '1,000 due at the same instant once a minute',
};

/** When reminder `index` of a dispatch run starting at `start` is due. */
function dueOf(pattern: Pattern, start: number, index: number): number {
  return pattern === 'spread' ? start + (index * minuteMs) / duePerMinute : start + Math.floor(index / duePerMinute) * minuteMs;
}

/** Part 2: reminders due at 1,000 a minute for `seconds`, run by `instances` jobs layers; prints lateness and duplicates. */
async function dispatch(url: string, scheduler: Jobs, pattern: Pattern, options: DispatchOptions): Promise<void> {
  const { seconds, instances, width, sendMs, concurrency } = options;
  const count = Math.round((duePerMinute * seconds) / 60);
  const runs = new Map<string, number>();
  const lateness: number[] = [];
  const opened = Array.from({ length: instances }, () => openJobs(url, concurrency));
  for (const { jobs } of opened) {
    jobs.handle(checkInReminderJob, async (job) => {
      lateness.push(systemClock.now() - Date.parse(job.data.dueAt));
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      if (sendMs > 0) await new Promise((resolve) => setTimeout(resolve, sendMs));
    });
  }
  try {
    await Promise.all(opened.map(({ jobs }) => jobs.start()));
    // Far enough ahead that every reminder is scheduled before the first falls due.
    const start = systemClock.now() + 3_000 + count * 2;
    await inParallel(count, width, (index) => scheduleReminder(scheduler, `bench-${pattern}-${index}`, dueOf(pattern, start, index)));
    if (systemClock.now() > start) process.stdout.write('reminder jobs: scheduling took longer than the lead: the first reminders were late before they were queued\n');
    const last = dueOf(pattern, start, count - 1);
    // Until every reminder ran and 2 s more (for any duplicate), or 30 s past the last due time.
    while (systemClock.now() < last + 30_000 && (runs.size < count || systemClock.now() < last + 2_000)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await Promise.all(opened.map(({ jobs }) => jobs.close()));
  }
  const duplicates = [...runs.values()].reduce((sum, times) => sum + times - 1, 0);
  const sorted = [...lateness].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const met = p99 < goalP99Ms && duplicates === 0 && runs.size === count;
  process.stdout.write(
    `reminder jobs: 1,000 due a minute, ${patternWords[pattern]}, for ${seconds} s, ${instances} instances × ${concurrency} at once, ${sendMs} ms a send: ${count} scheduled, ${runs.size} run, ${duplicates} duplicates; ` +
      `lateness p50 ${percentile(sorted, 50)} ms, p99 ${p99} ms, max ${sorted.at(-1) ?? 0} ms, min ${sorted[0] ?? 0} ms ` +
      `-> target (p99 < 1 s, all run, 0 duplicates) ${met ? 'met' : 'NOT met'}\n`,
  );
}

/** Starts a throwaway Redis, schedules the pending reminders, then measures dispatch in both patterns. */
export async function runReminderJobsBench(): Promise<void> {
  const reminders = numberOption('--reminders', 100_000);
  const seconds = numberOption('--dispatch-seconds', 60);
  const instances = numberOption('--job-instances', 2);
  const width = numberOption('--schedule-concurrency', 50);
  const sendMs = process.argv.includes('--send-ms') ? numberOption('--send-ms', 1) : 0;
  const concurrency = numberOption('--job-concurrency', defaultJobConcurrency);
  const hz = numberOption('--redis-hz', 10);
  process.stdout.write(`reminder jobs: load average at start ${loadAverage()}\n`);
  const server = await startRedisServer(undefined, ['--hz', String(hz)]);
  const { jobs, redis } = openJobs(server.url, concurrency);
  try {
    await schedulePending(jobs, redis, reminders, width);
    for (const pattern of ['spread', 'minute'] as const) await dispatch(server.url, jobs, pattern, { seconds, instances, width, sendMs, concurrency });
  } finally {
    await jobs.close();
    await server.stop();
  }
  process.stdout.write(`reminder jobs: load average at end ${loadAverage()}\n`);
}

if (require.main === module) {
  runReminderJobsBench().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
