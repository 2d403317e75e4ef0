import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { jobEnvelope, readJobEnvelope, type JobData, type JobEnvelope } from './job-data';
import { defaultJobPolicy, retryDelayMs, type JobPolicy } from './job-policy';
import type { JobHandler, JobRequest, Jobs, JobState, JobType, QueueCounts } from './jobs';

/** A job waiting for its time (or running): one-off, or the next run of a repeat. */
interface PendingJob {
  readonly queue: string;
  readonly id: string;
  readonly envelope: JobEnvelope;
  dueAt: number;
  /** Tries made so far. */
  attemptsMade: number;
  running: boolean;
  /** Cancelled while running: it finishes, and is neither retried nor repeated. */
  cancelled: boolean;
  /** For a repeat: its interval. */
  readonly everyMs: number | undefined;
}

/** Data that does not fit its type will not fit on a retry either: the job fails at once (BullMQ: `UnrecoverableError`). */
class UnrunnableJob extends Error {}

function unrunnableUnlessRead<T>(read: () => T): T {
  try {
    return read();
  } catch (cause) {
    throw new UnrunnableJob('job data does not fit its type', { cause });
  }
}

/** A job that ran: kept for the counts, and so its id is not queued again, for the policy's time. */
interface FinishedJob {
  readonly id: string;
  readonly person: string;
  readonly state: 'completed' | 'failed';
  readonly at: number;
}

/** One queue: its handler (if this process runs it), its pending and finished jobs. */
interface Queue {
  run: ((pending: PendingJob) => Promise<void>) | undefined;
  readonly pending: Map<string, PendingJob>;
  readonly finished: Map<string, FinishedJob>;
}

export interface InProcessJobsOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly policy?: JobPolicy;
  /** How often due jobs are looked for once started; tests drive `runDue` with a fake clock instead. */
  readonly pollMs?: number;
}

/**
 * The jobs layer in embedded mode (no Redis): jobs kept in this process's memory and run when the
 * injected clock says they are due, with the same ids, retries, retention and counts as BullMQ.
 * Lost on restart, like the rest of embedded mode.
 */
export class InProcessJobs implements Jobs {
  readonly mode = 'in-process';
  private readonly queues = new Map<string, Queue>();
  private readonly policy: JobPolicy;
  private timer: NodeJS.Timeout | undefined;
  /** The current pass over due jobs: passes run one after another, never two at once. */
  private passes: Promise<number> = Promise.resolve(0);
  private closed = false;

  constructor(private readonly options: InProcessJobsOptions) {
    this.policy = options.policy ?? defaultJobPolicy;
  }

  handle<T extends JobData>(type: JobType<T>, handler: JobHandler<T>): void {
    this.queueOf(type.name).run = async (pending) => {
      const { person, data } = unrunnableUnlessRead(() => readJobEnvelope(type.data, pending.envelope));
      // A repeat's run has an id of its own, as BullMQ names it.
      const id = pending.everyMs === undefined ? pending.id : repeatRunId(pending);
      await handler({ id, person, data, attempt: pending.attemptsMade + 1 });
    };
  }

  async start(): Promise<void> {
    const poll = () => {
      this.timer = setTimeout(() => {
        void this.runDue().finally(() => {
          if (!this.closed) poll();
        });
      }, this.options.pollMs ?? 250);
      this.timer.unref();
    };
    poll();
  }

  async schedule<T extends JobData>(type: JobType<T>, request: JobRequest<T>): Promise<void> {
    const envelope = jobEnvelope(type.data, request);
    const queue = this.queueOf(type.name);
    const now = this.options.clock.now();
    this.forgetOldFinished(queue, now);
    const { timing } = request;
    if ('everyMs' in timing) {
      const existing = queue.pending.get(request.id);
      // A repeat's id names the schedule: scheduling it again replaces it (a run in progress finishes).
      if (existing?.running === true) return;
      queue.pending.set(request.id, { queue: type.name, id: request.id, envelope, dueAt: timing.firstAt ?? now + timing.everyMs, attemptsMade: 0, running: false, cancelled: false, everyMs: timing.everyMs });
      return;
    }
    if (queue.pending.has(request.id) || queue.finished.has(request.id)) return;
    queue.pending.set(request.id, { queue: type.name, id: request.id, envelope, dueAt: timing.at, attemptsMade: 0, running: false, cancelled: false, everyMs: undefined });
  }

  async cancel(type: Pick<JobType<JobData>, 'name'>, id: string): Promise<void> {
    const queue = this.queues.get(type.name);
    if (queue !== undefined) cancelPending(queue, id);
  }

  async cancelForPerson(person: string): Promise<void> {
    for (const queue of this.queues.values()) {
      for (const [id, pending] of queue.pending) {
        if (pending.envelope.person === person) cancelPending(queue, id);
      }
    }
  }

  async erasePerson(person: string): Promise<void> {
    await this.cancelForPerson(person);
    for (const queue of this.queues.values()) {
      for (const [id, finished] of queue.finished) if (finished.person === person) queue.finished.delete(id);
    }
  }

  async counts(): Promise<QueueCounts[]> {
    const now = this.options.clock.now();
    return [...this.queues.entries()].map(([name, queue]) => {
      this.forgetOldFinished(queue, now);
      const counts: Record<JobState, number> = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      let oldestDue: number | undefined;
      for (const pending of queue.pending.values()) {
        const state = pending.running ? 'active' : pending.dueAt > now ? 'delayed' : 'waiting';
        counts[state] += 1;
        if (state === 'waiting') oldestDue = Math.min(oldestDue ?? pending.dueAt, pending.dueAt);
      }
      for (const finished of queue.finished.values()) counts[finished.state] += 1;
      return { queue: name, counts, oldestWaitingMs: oldestDue === undefined ? null : now - oldestDue };
    });
  }

  /**
   * Runs every job that is due by the clock and has a handler here, oldest first, until none is
   * due; resolves with how many runs were made. Called by the poll timer, and by tests after
   * moving a fake clock.
   */
  runDue(): Promise<number> {
    this.passes = this.passes.then(() => this.runDueNow());
    return this.passes;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.passes;
  }

  private async runDueNow(): Promise<number> {
    let runs = 0;
    for (let next = this.nextDue(); next !== undefined && !this.closed; next = this.nextDue()) {
      await this.runOne(next.queue, next.pending);
      runs += 1;
    }
    return runs;
  }

  private nextDue(): { queue: Queue; pending: PendingJob } | undefined {
    const now = this.options.clock.now();
    let found: { queue: Queue; pending: PendingJob } | undefined;
    for (const queue of this.queues.values()) {
      if (queue.run === undefined) continue;
      for (const pending of queue.pending.values()) {
        if (!pending.running && pending.dueAt <= now && (found === undefined || pending.dueAt < found.pending.dueAt)) found = { queue, pending };
      }
    }
    return found;
  }

  private async runOne(queue: Queue, pending: PendingJob): Promise<void> {
    const run = queue.run;
    if (run === undefined) return;
    pending.running = true;
    let failure: unknown;
    try {
      await run(pending);
    } catch (error) {
      failure = error ?? new Error('job failed');
    }
    pending.running = false;
    const now = this.options.clock.now();
    if (failure === undefined) {
      this.finish(queue, pending, 'completed', now);
      return;
    }
    pending.attemptsMade += 1;
    const unrunnable = failure instanceof UnrunnableJob;
    const code = errorCode(failure instanceof UnrunnableJob ? failure.cause : failure);
    this.options.logger.warn({ event: 'jobs.job_failed', queue: pending.queue, attempt: pending.attemptsMade, code }, 'a job failed');
    if (!unrunnable && !pending.cancelled && pending.attemptsMade < this.policy.attempts) {
      pending.dueAt = now + retryDelayMs(this.policy, pending.attemptsMade);
      return;
    }
    this.finish(queue, pending, 'failed', now);
  }

  /** Records a run's end; a repeat is planned again, as BullMQ's scheduler does, whatever the run's outcome. */
  private finish(queue: Queue, pending: PendingJob, state: 'completed' | 'failed', now: number): void {
    if (pending.everyMs === undefined) {
      queue.pending.delete(pending.id);
      queue.finished.set(pending.id, { id: pending.id, person: pending.envelope.person, state, at: now });
      return;
    }
    // Each run of a repeat is a job of its own once finished.
    const runId = repeatRunId(pending);
    queue.finished.set(runId, { id: runId, person: pending.envelope.person, state, at: now });
    pending.attemptsMade = 0;
    if (pending.cancelled) {
      queue.pending.delete(pending.id);
      return;
    }
    while (pending.dueAt <= now) pending.dueAt += pending.everyMs;
  }

  private forgetOldFinished(queue: Queue, now: number): void {
    for (const [id, finished] of queue.finished) {
      const keepMs = finished.state === 'completed' ? this.policy.completedKeepMs : this.policy.failedKeepMs;
      if (finished.at + keepMs <= now) queue.finished.delete(id);
    }
  }

  private queueOf(name: string): Queue {
    let queue = this.queues.get(name);
    if (queue === undefined) {
      queue = { run: undefined, pending: new Map(), finished: new Map() };
      this.queues.set(name, queue);
    }
    return queue;
  }
}

/** The id of a repeat's run, as BullMQ's job schedulers name them: `repeat:<schedule id>:<due instant>`. */
function repeatRunId(pending: PendingJob): string {
  return `repeat:${pending.id}:${pending.dueAt}`;
}

/** Drops a pending job; one running is marked, so it finishes without a retry or a next run. */
function cancelPending(queue: Queue, id: string): void {
  const pending = queue.pending.get(id);
  if (pending?.running === true) pending.cancelled = true;
  else queue.pending.delete(id);
}
