import { AppError } from '../domain/app-error';
import { sleep } from './timing';

/**
 * How long an optimistic update keeps retrying before STORE_CONFLICT. A time bound rather than an
 * attempt count: under load (many instances, a slow machine) any fixed number of attempts can be
 * used up by honest concurrent writers in a few milliseconds, while 2 s of retries only runs out
 * when the record really is being rewritten without pause.
 */
export const compareAndSetBudgetMs = 2_000;

/** What an attempt returns when its compare-and-set lost to another writer. */
export const lostRace = Symbol('lost-race');

/**
 * Runs `attempt` until it returns something other than {@link lostRace}, pausing a growing random
 * time between tries, for at most `budgetMs` (measured on `now`, a monotonic clock in ms).
 * @throws AppError STORE_CONFLICT naming `what` when the budget runs out.
 */
export async function retryCompareAndSet<T>(
  what: string,
  attempt: () => Promise<T | typeof lostRace>,
  budgetMs: number = compareAndSetBudgetMs,
  now: () => number = () => performance.now(),
): Promise<T> {
  const deadline = now() + budgetMs;
  for (let tries = 1; ; tries += 1) {
    const outcome = await attempt();
    if (outcome !== lostRace) return outcome;
    const left = deadline - now();
    if (left <= 0) throw new AppError('STORE_CONFLICT', `${what} kept changing for ${budgetMs} ms (${tries} attempts)`);
    // Writers that collided would otherwise retry in lockstep (autopipelining batches their reads
    // and writes together) and collide again; a growing random pause spreads them out. Timers fire
    // in ~1 ms buckets, so the spread starts at several ms to actually separate them.
    await sleep(Math.min(Math.random() * Math.min(5 * 2 ** (tries - 1), 100), left));
  }
}
