/**
 * The features the learned risk model reads from a normalised message (see normalise-text.ts):
 *
 * - each word, written `<word>`;
 * - each pair of neighbouring words, `first second`;
 * - the character n-grams of each `<word>` (lengths `charMin`..`charMax`), so that a misspelling,
 *   an obfuscation or another form of a word ("suicidle", "overdosing") shares most features with
 *   the word the model learned.
 *
 * The three kinds never collide: only pairs hold a space, and a whole word is the only n-gram that
 * has both `<` and `>` (so a short word is also its own n-gram, counted once).
 */

/** Which features are read; stored with the weights so that scoring reads what training read. */
export interface FeatureOptions {
  readonly charMin: number;
  readonly charMax: number;
  readonly wordPairs: boolean;
  /** How much a character n-gram counts against a word or a pair (1 = the same). */
  readonly charWeight: number;
}

/**
 * The best of the settings tried in cross-validation on the corpus (`npm run risk:eval`), also
 * with typos added to the held-out messages: n-grams at a third of a word's weight did better
 * than words alone and than n-grams at full weight, clean or misspelled.
 */
export const defaultFeatureOptions: FeatureOptions = Object.freeze({ charMin: 3, charMax: 5, wordPairs: true, charWeight: 0.3 });

/**
 * Calls `visit` with every feature of a normalised text, in order; a feature may come more than
 * once. Training reads features here, as strings; scoring finds the same ones in its vocabulary
 * without building strings (feature-index.ts), and a unit test keeps the two in step.
 *
 * @param normalised - output of `normaliseText`: lowercase words separated by single spaces
 * @param options - the n-gram lengths and whether to read word pairs
 * @param visit - called once per feature occurrence
 */
export function forEachFeature(normalised: string, options: FeatureOptions, visit: (feature: string) => void): void {
  const { charMin, charMax, wordPairs } = options;
  let previous = '';
  let start = 0;
  while (start < normalised.length) {
    let end = normalised.indexOf(' ', start);
    if (end === -1) end = normalised.length;
    if (end > start) {
      const word = normalised.slice(start, end);
      const marked = `<${word}>`;
      visit(marked);
      for (let length = charMin; length <= charMax && length < marked.length; length += 1) {
        for (let at = 0; at + length <= marked.length; at += 1) visit(marked.slice(at, at + length));
      }
      if (wordPairs && previous !== '') visit(`${previous} ${word}`);
      previous = word;
    }
    start = end + 1;
  }
}

/**
 * How much a feature counts in a message's feature vector: `charWeight` for a character n-gram,
 * 1 for a word or a pair (see the module comment for how the kinds are told apart).
 *
 * @param feature - a feature as {@link forEachFeature} gives it
 * @param options - the feature options
 */
export function featureWeight(feature: string, options: FeatureOptions): number {
  const wordOrPair = feature.includes(' ') || (feature.startsWith('<') && feature.endsWith('>'));
  return wordOrPair ? 1 : options.charWeight;
}
