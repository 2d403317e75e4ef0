/** The source of "now". Injected everywhere so tests control time. */
export interface Clock {
  /** Current instant in milliseconds since the epoch (UTC). */
  now(): number;
}

/** Now as a UTC ISO instant, the form every stored time takes ("2026-11-21T09:00:00.000Z"). */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
