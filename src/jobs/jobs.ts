import type { z } from 'zod';
import { jobNameSchema, type JobData } from './job-data';

/**
 * A kind of job: its name (also its queue's name) and the schema of its data. Data holds ids and
 * codes only (see `job-data.ts`), checked with `data` when a job is scheduled and again before
 * its handler runs.
 */
export interface JobType<T extends JobData> {
  /** Lower-case words and dots, e.g. `checkin.reminder`. */
  readonly name: string;
  readonly data: z.ZodType<T>;
}

/**
 * Declares a job type. The name is checked here, once, as the code loads: lower-case words and
 * dots (`checkin.reminder`), since it also names the queue.
 */
export function jobType<T extends JobData>(name: string, data: z.ZodType<T>): JobType<T> {
  if (!jobNameSchema.safeParse(name).success) throw new Error(`job type name ${name} is not lower-case words and dots`);
  return { name, data };
}

/** When a job runs: once at an instant, or every `everyMs` from `firstAt` (one interval from now unless given). */
export type JobTiming =
  | { readonly at: number }
  | { readonly everyMs: number; readonly firstAt?: number };

/** A job to schedule. */
export interface JobRequest<T extends JobData> {
  /**
   * Deterministic id, built from what the job is for (e.g. `checkin.<person ref>.2026-12-08`), so
   * the same job is never queued twice: scheduling an id that is pending, or finished within its
   * retention, does nothing. For a repeat, the id names the schedule: scheduling it again
   * replaces its interval and data. Letters, digits, `_`, `-` and at least one `.` (no `:`:
   * BullMQ's own keys sit beside jobs and have no dot), at most 128.
   */
  readonly id: string;
  /** The person the job is for: their keyed reference (`KeyedReference('person', personKey)`), never a raw id. */
  readonly person: string;
  readonly data: T;
  readonly timing: JobTiming;
}

/** What a handler gets: the job's id, the person reference and the parsed data. */
export interface RunningJob<T extends JobData> {
  readonly id: string;
  readonly person: string;
  readonly data: T;
  /** 1 on the first try, 2 on the first retry, … */
  readonly attempt: number;
}

/** Runs one job; a rejection is retried with backoff, then the job is kept as failed. */
export type JobHandler<T extends JobData> = (job: RunningJob<T>) => Promise<void>;

/** The states a job is counted in. `failed` is the dead-letter state: out of retries, kept a week. */
export const jobStates = ['waiting', 'delayed', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

/** One queue's counts, and how long its oldest waiting job has been due (null: none waiting). */
export interface QueueCounts {
  readonly queue: string;
  readonly counts: Readonly<Record<JobState, number>>;
  readonly oldestWaitingMs: number | null;
}

/** Where jobs run: BullMQ on Redis, or timers in this process (embedded mode). */
export type JobsMode = 'bullmq' | 'in-process';

/**
 * Scheduled work: one-off and repeating jobs, each with a deterministic id, for a person, run once
 * by whichever instance takes it (BullMQ) or by this process (embedded mode). Both implementations
 * pass `tests/integration/jobs-contract.test.ts`.
 */
export interface Jobs {
  readonly mode: JobsMode;
  /** Registers the handler of a job type (before `start`). Its queue is counted from then on. */
  handle<T extends JobData>(type: JobType<T>, handler: JobHandler<T>): void;
  /** Starts running due jobs of the types with handlers. */
  start(): Promise<void>;
  /**
   * Schedules a job (see {@link JobRequest.id} for duplicates).
   * @throws AppError STORE_RECORD_INVALID when the id, person or data do not fit; STORE_UNAVAILABLE when Redis fails.
   */
  schedule<T extends JobData>(type: JobType<T>, request: JobRequest<T>): Promise<void>;
  /** Cancels a pending job or a repeat by id; a job already running finishes (its handler checks again). */
  cancel(type: Pick<JobType<JobData>, 'name'>, id: string): Promise<void>;
  /** Cancels every pending job and repeat for the person (opt-out, erasure). */
  cancelForPerson(person: string): Promise<void>;
  /**
   * Erasure: cancels every pending job and repeat for the person, as {@link Jobs.cancelForPerson},
   * and removes their finished and failed jobs too, so no job and no job data of theirs is left.
   */
  erasePerson(person: string): Promise<void>;
  /** Counts by state of every queue with a handler or a job scheduled from this process. */
  counts(): Promise<QueueCounts[]>;
  /** Stops taking jobs, waits for the running ones, closes connections. */
  close(): Promise<void>;
}
