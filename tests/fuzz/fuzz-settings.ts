import type { Parameters } from 'fast-check';

/** Cases per property in `npm test`: enough to catch a route that falls over, quick enough to run every time. */
const boundedRuns = 20;

/**
 * `npm run fuzz` sets FUZZ_RUNS for a long run with a fresh seed (printed with any failure;
 * FUZZ_SEED=<seed> replays it); `npm test` runs `boundedRuns` cases with a fixed seed, so it stays
 * quick and repeatable.
 */
const requestedRuns = Number.parseInt(process.env['FUZZ_RUNS'] ?? '', 10);
const requestedSeed = Number.parseInt(process.env['FUZZ_SEED'] ?? '', 10);
const longRun = Number.isInteger(requestedRuns) && requestedRuns > 0;

export const fuzzRuns = longRun ? requestedRuns : boundedRuns;

/** fast-check settings for every property here. */
export function fuzzParameters<T>(): Parameters<T> {
  if (Number.isInteger(requestedSeed)) return { numRuns: fuzzRuns, seed: requestedSeed };
  return longRun ? { numRuns: fuzzRuns } : { numRuns: fuzzRuns, seed: 20_261_207 };
}

/** A test's time limit, growing with the number of cases (each may run a whole turn). */
export function fuzzTimeoutMs(msPerCase: number): number {
  return 20_000 + fuzzRuns * msPerCase;
}
