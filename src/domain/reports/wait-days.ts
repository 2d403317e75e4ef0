/**
 * Waits as a histogram of whole days (day → how many requests): what the aggregates keep, so the
 * median and 90th percentile come without any person's record.
 */

/** Waits longer than this many days share the last bucket. */
export const longestWaitBucket = 365;

/** The bucket a wait of `days` goes in. */
export function waitBucket(days: number): number {
  return Math.min(Math.max(0, Math.floor(days)), longestWaitBucket);
}

/** How many waits the histogram holds. */
export function histogramCount(histogram: ReadonlyMap<number, number>): number {
  let count = 0;
  for (const n of histogram.values()) count += n;
  return count;
}

/**
 * The nearest-rank percentile (0 < p <= 100) of the waits, in whole days; null when there are none.
 * Nearest rank: the smallest day with at least p% of the waits at or below it.
 */
export function histogramPercentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const count = histogramCount(histogram);
  if (count === 0) return null;
  const rank = Math.ceil((p / 100) * count);
  let seen = 0;
  for (const day of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(day) ?? 0;
    if (seen >= rank) return day;
  }
  return null;
}

/** The share (0..1) of waits of at most `days` whole days; null when there are none. */
export function histogramShareWithin(histogram: ReadonlyMap<number, number>, days: number): number | null {
  const count = histogramCount(histogram);
  if (count === 0) return null;
  let within = 0;
  for (const [day, n] of histogram) if (day <= days) within += n;
  return within / count;
}
