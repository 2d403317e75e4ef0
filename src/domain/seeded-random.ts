/**
 * A small seeded PRNG (mulberry32): numbers in [0, 1), the same sequence for the same seed, so
 * generated test and benchmark data, cross-validation folds and anything else that needs chance
 * are identical on every run.
 *
 * @param seed - any integer; only its low 32 bits are used
 * @returns a function giving the next number in [0, 1) on each call
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A copy of `items` in a random order (Fisher–Yates), the same order for the same `random` sequence.
 *
 * @param items - left unchanged
 * @param random - e.g. `seededRandom(1)`
 */
export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = shuffled[index] as T;
    shuffled[index] = shuffled[other] as T;
    shuffled[other] = held;
  }
  return shuffled;
}
