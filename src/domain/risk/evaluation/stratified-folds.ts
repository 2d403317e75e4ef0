import { seededRandom, seededShuffle } from '../../seeded-random';

/**
 * Assigns each item to one of `k` folds so that every fold holds about the same share of each
 * stratum (for the risk corpus: `safe` and each category). Within a stratum the items are
 * shuffled by the seed, then dealt round the folds, continuing where the previous stratum
 * stopped so the fold sizes differ by at most one.
 *
 * @param strata - each item's stratum, in item order
 * @param k - the number of folds, at least 2
 * @param seed - the same seed gives the same folds
 * @returns each item's fold, 0..k-1, in item order
 */
export function stratifiedFolds(strata: readonly string[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`stratifiedFolds: k must be an integer of at least 2, got ${k}`);
  const random = seededRandom(seed);
  const byStratum = new Map<string, number[]>();
  strata.forEach((stratum, index) => byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), index]));
  const folds = new Array<number>(strata.length).fill(0);
  let next = 0;
  for (const stratum of [...byStratum.keys()].sort()) {
    for (const index of seededShuffle(byStratum.get(stratum) ?? [], random)) {
      folds[index] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}
