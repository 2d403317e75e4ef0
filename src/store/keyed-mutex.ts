import { AppError } from '../domain/app-error';
import { withTimeout } from './timing';

/**
 * An in-process mutex per key: callers for the same key run one after another, in arrival order.
 * A caller that waits longer than `waitMs` gives up with TURN_BUSY without breaking the queue.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async runExclusive<T>(key: string, waitMs: number, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    let release: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The next caller waits for the previous holder *and* for us, even if we give up early.
    const tail = previous === undefined ? mine : previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      // Nobody ahead (the usual case): no wait, so no timer.
      if (previous !== undefined) {
        await withTimeout(previous, waitMs, () => new AppError('TURN_BUSY', `waited ${waitMs} ms for the conversation`));
      }
      return await work();
    } finally {
      release();
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
  }

  /** Number of keys with a holder or waiters (for tests and metrics). */
  get activeKeys(): number {
    return this.tails.size;
  }
}
