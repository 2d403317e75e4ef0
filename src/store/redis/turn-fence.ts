import { AsyncLocalStorage } from 'node:async_hooks';

/** Proof of holding a conversation lock: writes made during the turn check it atomically in Redis. */
export interface Fence {
  readonly lockKey: string;
  readonly token: string;
}

const fences = new AsyncLocalStorage<Fence>();

/** Runs `work` so that Redis writes inside it are fenced by `fence`. */
export function runWithFence<T>(fence: Fence, work: () => Promise<T>): Promise<T> {
  return fences.run(fence, work);
}

/** The fence of the turn in progress, if any. */
export function currentFence(): Fence | undefined {
  return fences.getStore();
}
