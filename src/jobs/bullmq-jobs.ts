import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Logger } from 'pino';
import { isAppError } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { redisCall } from '../store/redis/redis-call';
import type { RedisClient } from '../store/redis/redis-commands';
import { jobEnvelope, readJobEnvelope, type JobData, type JobEnvelope } from './job-data';
import { defaultJobPolicy, type JobPolicy } from './job-policy';
import type { JobHandler, JobRequest, Jobs, JobType, QueueCounts } from './jobs';

export interface BullMqJobsOptions {
  /** BullMQ's own connection (`createJobsRedisClient`): no key prefix, `maxRetriesPerRequest: null`. Closed by `close`. */
  readonly redis: RedisClient;
  /** REDIS_KEY_PREFIX (`lwc:`): the queues live under `{<prefix>jobs}`. */
  readonly keyPrefix: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly policy?: JobPolicy;
  /** Jobs of one queue run at once by this process (JOBS_CONCURRENCY); default {@link defaultJobConcurrency}. */
  readonly concurrency?: number | undefined;
  /**
   * How long a running job stays locked to this instance without a renewal (renewed every half of
   * it), and how often stalled jobs are looked for: a job whose instance died runs again on another
   * within about twice this. BullMQ's `lockDuration` and `stalledInterval`; default 30 s.
   */
  readonly lockMs?: number;
}

/**
 * Jobs of one queue an instance runs at once unless configured. A handler mostly waits (Twilio's
 * REST API, a push service, Redis), so this bounds how fast a burst of due jobs is worked off (at
 * 10, 1,000 reminders due in the same minute waited up to 12 s: README, Benchmark). Not much
 * higher: Twilio limits the requests an account has open at once (429, which the SMS client retries).
 */
export const defaultJobConcurrency = 50;

/**
 * BullMQ's key prefix for the service's queues: in a hash tag, so on Redis Cluster every key of
 * every queue (and the person index beside them) is in one slot, as BullMQ's scripts need.
 */
export function jobsKeyPrefix(keyPrefix: string): string {
  return `{${keyPrefix}jobs}`;
}

/**
 * The jobs layer on Redis: one BullMQ queue per job type (named as the type), a worker per type
 * with a handler, BullMQ's retries with exponential backoff, failed jobs kept a week, job
 * schedulers for repeats. Several instances share the queues; each job runs on one of them. A set
 * per person (`{<prefix>jobs}:person:<ref>`) lists their jobs, so they can all be cancelled at once.
 */
export class BullMqJobs implements Jobs {
  readonly mode = 'bullmq';
  private readonly queues = new Map<string, Queue>();
  private readonly handlers = new Map<string, (job: Job) => Promise<void>>();
  private readonly workers: Worker[] = [];
  private readonly policy: JobPolicy;
  private readonly prefix: string;

  constructor(private readonly options: BullMqJobsOptions) {
    this.policy = options.policy ?? defaultJobPolicy;
    this.prefix = jobsKeyPrefix(options.keyPrefix);
  }

  handle<T extends JobData>(type: JobType<T>, handler: JobHandler<T>): void {
    this.queueOf(type.name);
    this.handlers.set(type.name, async (job) => {
      let parsed: { person: string; data: T };
      try {
        parsed = readJobEnvelope(type.data, job.data);
      } catch (error) {
        // Data that does not fit will not fit on a retry either: straight to failed.
        throw new UnrecoverableError(isAppError(error) ? error.code : 'job data unreadable');
      }
      await handler({ id: job.id ?? '', person: parsed.person, data: parsed.data, attempt: job.attemptsMade + 1 });
    });
  }

  async start(): Promise<void> {
    for (const [name, run] of this.handlers) {
      const lockMs = this.options.lockMs ?? defaultLockMs;
      const worker = new Worker(name, run, {
        connection: this.options.redis,
        prefix: this.prefix,
        concurrency: this.options.concurrency ?? defaultJobConcurrency,
        lockDuration: lockMs,
        stalledInterval: lockMs,
      });
      worker.on('error', (error) => this.options.logger.error({ event: 'jobs.worker_error', queue: name, code: errorCode(error) }, 'job worker error'));
      worker.on('failed', (job, error) => {
        this.options.logger.warn({ event: 'jobs.job_failed', queue: name, attempt: job?.attemptsMade, code: errorCode(error) }, 'a job failed');
        if (job !== undefined && job.finishedOn !== undefined) void this.forgetForPerson(job).catch(() => undefined);
      });
      worker.on('completed', (job) => void this.forgetForPerson(job).catch(() => undefined));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  async schedule<T extends JobData>(type: JobType<T>, request: JobRequest<T>): Promise<void> {
    const envelope = jobEnvelope(type.data, request);
    const queue = this.queueOf(type.name);
    // Indexed first: a cancellation that runs meanwhile finds the id (and a job added after it checks again when it runs).
    await redisCall('indexing a job', this.options.redis.sadd(this.personKey(request.person), this.member(type.name, request.id)));
    const { timing } = request;
    if ('everyMs' in timing) {
      const startDate = timing.firstAt ?? this.options.clock.now() + timing.everyMs;
      await redisCall('scheduling a repeat', queue.upsertJobScheduler(request.id, { every: timing.everyMs, startDate }, { name: type.name, data: envelope, opts: this.jobOptions() }));
      return;
    }
    // An id that exists (pending, or kept after finishing) is left as it is: BullMQ adds nothing.
    await redisCall('scheduling a job', queue.add(type.name, envelope, { ...this.jobOptions(), jobId: request.id, delay: Math.max(0, timing.at - this.options.clock.now()) }));
  }

  async cancel(type: Pick<JobType<JobData>, 'name'>, id: string): Promise<void> {
    await this.cancelMember(type.name, id);
  }

  async cancelForPerson(person: string): Promise<void> {
    const key = this.personKey(person);
    const members = await redisCall('listing a person’s jobs', this.options.redis.smembers(key));
    for (const member of members) {
      const at = member.indexOf('/');
      await this.cancelMember(member.slice(0, at), member.slice(at + 1));
    }
    await redisCall('dropping a person’s job index', this.options.redis.del(key));
  }

  async erasePerson(person: string): Promise<void> {
    await this.cancelForPerson(person);
    // Finished jobs left the person index: each queue's kept ones are read (a week's worth at most) and theirs removed.
    for (const queue of this.queues.values()) {
      for (let start = 0; ; start += finishedPage) {
        const jobs = await redisCall('listing finished jobs', queue.getJobs(['completed', 'failed'], start, start + finishedPage - 1, true));
        const theirs = jobs.filter((job) => isEnvelopeLike(job.data) && job.data.person === person);
        for (const job of theirs) await redisCall('removing a finished job', job.remove());
        if (jobs.length < finishedPage) break;
        // Removed jobs no longer count towards the next page.
        start -= theirs.length;
      }
    }
  }

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(
      [...this.queues.entries()].map(async ([name, queue]) => {
        const found = await redisCall('counting jobs', queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'completed', 'failed'));
        const count = (state: string) => found[state] ?? 0;
        const [oldest] = await redisCall('reading the oldest waiting job', queue.getJobs(['wait'], 0, 0, true));
        return {
          queue: name,
          counts: {
            waiting: count('wait') + count('prioritized'),
            delayed: count('delayed'),
            active: count('active'),
            completed: count('completed'),
            failed: count('failed'),
          },
          oldestWaitingMs: oldest === undefined ? null : Math.max(0, this.options.clock.now() - (oldest.timestamp + (oldest.opts.delay ?? 0))),
        };
      }),
    );
  }

  async close(): Promise<void> {
    // Workers finish the jobs they hold before closing; then the queues, then the connection. With
    // Redis unreachable nothing can finish (commands wait for a reconnect): everything stops at once.
    const reachable = this.options.redis.status === 'ready';
    await Promise.all(this.workers.map((worker) => worker.close(!reachable)));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    // A connection never used (no job type yet) was never opened: nothing to say goodbye to.
    if (this.options.redis.status === 'wait' || !reachable) this.options.redis.disconnect();
    else await this.options.redis.quit().catch(() => this.options.redis.disconnect());
  }

  /** Retries with exponential backoff; finished jobs kept (completed a day, failed a week), in seconds as BullMQ counts. */
  private jobOptions(): JobsOptions {
    return {
      attempts: this.policy.attempts,
      backoff: { type: 'exponential', delay: this.policy.backoffMs },
      removeOnComplete: { age: Math.ceil(this.policy.completedKeepMs / 1000) },
      removeOnFail: { age: Math.ceil(this.policy.failedKeepMs / 1000) },
    };
  }

  /** Removes a repeat or a pending job (a running one finishes: BullMQ keeps it while locked). */
  private async cancelMember(name: string, id: string): Promise<void> {
    const queue = this.queueOf(name);
    await redisCall('cancelling a repeat', queue.removeJobScheduler(id));
    await redisCall('cancelling a job', queue.remove(id));
  }

  /** A one-off job leaves its person's index once finished; a repeat's runs leave the schedule there. */
  private async forgetForPerson(job: Job): Promise<void> {
    const envelope: unknown = job.data;
    if (job.repeatJobKey !== undefined || job.id === undefined || !isEnvelopeLike(envelope)) return;
    await this.options.redis.srem(this.personKey(envelope.person), this.member(job.name, job.id));
  }

  private personKey(person: string): string {
    return `${this.prefix}:person:${person}`;
  }

  private member(name: string, id: string): string {
    return `${name}/${id}`;
  }

  private queueOf(name: string): Queue {
    let queue = this.queues.get(name);
    if (queue === undefined) {
      queue = new Queue(name, { connection: this.options.redis, prefix: this.prefix });
      queue.on('error', (error) => this.options.logger.error({ event: 'jobs.queue_error', queue: name, code: errorCode(error) }, 'job queue error'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

/** BullMQ's own default lock and stalled-check interval. */
const defaultLockMs = 30_000;

/** Finished jobs read at once when erasing a person. */
const finishedPage = 500;

/** Enough of an envelope to find its person's index (the handler parses it fully). */
function isEnvelopeLike(value: unknown): value is Pick<JobEnvelope, 'person'> {
  return typeof value === 'object' && value !== null && 'person' in value && typeof value.person === 'string';
}
