/** The most instants (ms) that fall in any window of `windowMs` (half-open, [t, t + windowMs)). */
export function mostInAnyWindow(instants: readonly number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    const from = sorted[start] ?? 0;
    while (end < sorted.length && (sorted[end] ?? 0) < from + windowMs) end += 1;
    most = Math.max(most, end - start);
  }
  return most;
}
