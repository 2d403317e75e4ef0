import { forEachClassFeature, type WordClassOptions } from './class-features';
import { wordClassLexicons } from './word-classes';

export type { WordClassOptions } from './class-features';

/**
 * The features the learned risk model reads from a normalised message (see normalise-text.ts):
 *
 * - each word, written `<word>`;
 * - each pair of neighbouring words, `first second`;
 * - the character n-grams of each `<word>` (lengths `charMin`..`charMax`), so that a misspelling,
 *   an obfuscation or another form of a word ("suicidle", "overdosing") shares most features with
 *   the word the model learned;
 * - concept-class features (class-features.ts, lexicons in word-classes.ts): the words read as
 *   classes such as MEDICINE, QUANTITY or TIME_NOW, alone and in combination ("QUANTITY MEDICINE",
 *   "SELF INTENT DEATH", "VOICE * HARM_VERB"), so that the model learns combinations of concepts
 *   that carry over to wording it never saw.
 *
 * The kinds never collide: only class features hold an uppercase letter (a normalised text has
 * none), of the rest only pairs hold a space, and a whole word is the only n-gram that has both
 * `<` and `>` (so a short word is also its own n-gram, counted once).
 */

/** Which features are read; stored with the weights so that scoring reads what training read. */
export interface FeatureOptions {
  readonly charMin: number;
  readonly charMax: number;
  readonly wordPairs: boolean;
  /** How much a character n-gram counts against a word or a pair (1 = the same). */
  readonly charWeight: number;
  /** The concept-class features; none when undefined. */
  readonly wordClasses?: WordClassOptions | undefined;
}

/**
 * The class features chosen by 5-fold cross-validation (`npm run risk:eval`, seeds 1 and 2):
 * class unigrams, neighbours with a class beside a word or a class, all-class triples and ordered
 * class pairs across the whole message, each at a word's weight. Ordered pairs across the message
 * ranked better (ROC AUC) than pairs within 4, 6, 8 or 12 positions and than unordered pairs;
 * class weights of 0.5–0.8 or 1.3–2, mixed triples and no triples were no better.
 */
export const defaultWordClassOptions: WordClassOptions = Object.freeze({
  lexicons: wordClassLexicons,
  weight: 1,
  pairs: 'mixed',
  triples: 'classes',
  orderedPairs: true,
});

/**
 * The best of the settings tried in cross-validation on the corpus (`npm run risk:eval`), also
 * with typos added to the held-out messages: n-grams at a third of a word's weight did better
 * than words alone and than n-grams at full weight, clean or misspelled.
 */
export const defaultFeatureOptions: FeatureOptions = Object.freeze({
  charMin: 3,
  charMax: 5,
  wordPairs: true,
  charWeight: 0.3,
  wordClasses: defaultWordClassOptions,
});

/**
 * Calls `visit` with every feature of a normalised text, in order; a feature may come more than
 * once. Training reads features here, as strings; scoring finds the same ones in its vocabulary
 * without building strings (feature-index.ts), and a unit test keeps the two in step.
 *
 * @param normalised - output of `normaliseText`: lowercase words separated by single spaces
 * @param options - the n-gram lengths, whether to read word pairs, and the class features
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
  if (options.wordClasses !== undefined) forEachClassFeature(normalised, options.wordClasses, visit);
}

/**
 * How much a feature counts in a message's feature vector: the class weight for a class feature,
 * `charWeight` for a character n-gram, 1 for a word or a pair (see the module comment for how the
 * kinds are told apart).
 *
 * @param feature - a feature as {@link forEachFeature} gives it
 * @param options - the feature options
 */
export function featureWeight(feature: string, options: FeatureOptions): number {
  if (/[A-Z]/.test(feature)) return options.wordClasses?.weight ?? 0;
  const wordOrPair = feature.includes(' ') || (feature.startsWith('<') && feature.endsWith('>'));
  return wordOrPair ? 1 : options.charWeight;
}
