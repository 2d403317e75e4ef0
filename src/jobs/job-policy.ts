/** How jobs are retried and how long finished ones are kept: the same in both implementations. */
export interface JobPolicy {
  /** Tries in all before a job is failed (the dead-letter state). */
  readonly attempts: number;
  /** Wait before the first retry; each next retry waits twice as long. */
  readonly backoffMs: number;
  /** How long a completed job is kept (its id is not queued again meanwhile). */
  readonly completedKeepMs: number;
  /** How long a failed job is kept for a look (dead letters). */
  readonly failedKeepMs: number;
}

const minute = 60_000;
const day = 24 * 60 * minute;

/** Five tries over about 15 minutes (1, 2, 4, 8 minutes apart); completed kept a day, failed a week. */
export const defaultJobPolicy: JobPolicy = { attempts: 5, backoffMs: minute, completedKeepMs: day, failedKeepMs: 7 * day };

/** The wait before retry number `retry` (1 for the first retry): exponential, as BullMQ's `exponential` backoff. */
export function retryDelayMs(policy: JobPolicy, retry: number): number {
  return policy.backoffMs * 2 ** (retry - 1);
}
