import type { Clock } from '../domain/clock';

/** The real clock, used by the composition root only. */
export const systemClock: Clock = { now: () => Date.now() };
