/** The source of "now". Injected everywhere so tests control time. */
export interface Clock {
  /** Current instant in milliseconds since the epoch (UTC). */
  now(): number;
}
