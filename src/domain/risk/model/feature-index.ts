import { ClassFeatureIndex } from './class-feature-index';
import type { FeatureOptions } from './text-features';

/**
 * Finds the rows of a vocabulary's features in a normalised text without building a string per
 * feature: the same features as `forEachFeature` (text-features.ts) reads (n-grams by position
 * rather than by length), hashed straight from the text's characters and confirmed character by character against the
 * vocabulary, so a hash collision can never stand in for a feature.
 *
 * This is the risk model's hot loop: a 4000-character message has about 15 000 features. The
 * concept-class features (when the options have them) are found by a `ClassFeatureIndex`, which
 * is handed each word as it is read.
 */

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const open = 60; // '<'
const close = 62; // '>'
const space = 32;
/** From this length a message's words are memoised for the call: long messages repeat words. */
const wordMemoFrom = 400;

/** FNV-1a over UTF-16 code units, one step. */
const step = (hash: number, code: number): number => Math.imul(hash ^ code, fnvPrime);

function hashString(text: string): number {
  let hash = fnvOffset;
  for (let at = 0; at < text.length; at += 1) hash = step(hash, text.charCodeAt(at));
  return hash;
}

/** Code unit `k` of the marked word `<word>`, where the word is `text[start, start + length)`. */
function markedCode(text: string, start: number, length: number, k: number): number {
  return k === 0 ? open : k === length + 1 ? close : text.charCodeAt(start + k - 1);
}

export class FeatureIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly classes: ClassFeatureIndex | undefined;

  /**
   * @param features - the vocabulary; feature `features[i]` is row `i`
   * @param options - what the features are (must be the options they were made with)
   */
  constructor(
    private readonly features: readonly string[],
    private readonly options: FeatureOptions,
  ) {
    let size = 16;
    while (size < features.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = Int32Array.from(features, hashString);
    features.forEach((_, row) => {
      let slot = (this.hashes[row] as number) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = row + 1;
    });
    this.classes = options.wordClasses === undefined ? undefined : new ClassFeatureIndex(features, options.wordClasses);
  }

  /**
   * Calls `visit` with the row of every feature of `normalised` that is in the vocabulary, as often
   * as `forEachFeature` gives it.
   *
   * @param normalised - output of `normaliseText`
   * @param visit - called once per known feature occurrence
   */
  forEachKnownFeature(normalised: string, visit: (row: number) => void): void {
    const { wordPairs } = this.options;
    const classes = this.classes;
    // Only for this call: words are not kept beyond the message they came in.
    const seen = normalised.length >= wordMemoFrom ? new Map<string, readonly number[]>() : undefined;
    classes?.begin();
    let previousStart = -1;
    let previousLength = 0;
    let start = 0;
    while (start < normalised.length) {
      let end = normalised.indexOf(' ', start);
      if (end === -1) end = normalised.length;
      const length = end - start;
      if (length > 0) {
        const marked = length + 2;
        // The whole marked word, its n-grams (shorter than the whole), then the pair with the word before.
        let hash = step(fnvOffset, open);
        let hasDigit = false;
        for (let at = start; at < end; at += 1) {
          const code = normalised.charCodeAt(at);
          hasDigit ||= code >= 48 && code <= 57;
          hash = step(hash, code);
        }
        hash = step(hash, close);
        const row = this.findMarked(normalised, start, length, 0, marked, hash);
        if (row >= 0) visit(row);
        classes?.addWord(normalised, start, end, hash, hasDigit, row);
        // A word met before in this message has the same n-grams, found in the same order.
        const word = seen === undefined ? undefined : normalised.slice(start, end);
        const known = word === undefined ? undefined : seen?.get(word);
        if (known !== undefined) {
          for (const ngram of known) visit(ngram);
        } else if (word === undefined) {
          this.visitNgrams(normalised, start, length, visit);
        } else {
          const rows: number[] = [];
          this.visitNgrams(normalised, start, length, (ngram) => rows.push(ngram));
          seen?.set(word, rows);
          for (const ngram of rows) visit(ngram);
        }
        if (wordPairs && previousStart >= 0) this.visitPair(normalised, previousStart, previousLength, start, length, visit);
        previousStart = start;
        previousLength = length;
      }
      start = end + 1;
    }
    classes?.finish(visit);
  }

  /** Visits the row of each n-gram of `<word>` (shorter than the whole) in the vocabulary, where the word is `text[start, start + length)`. */
  private visitNgrams(text: string, start: number, length: number, visit: (row: number) => void): void {
    const { charMin, charMax } = this.options;
    const marked = length + 2;
    for (let at = 0; at + charMin <= marked; at += 1) {
      let hash = fnvOffset;
      for (let n = 1; n <= charMax && at + n <= marked && n < marked; n += 1) {
        hash = step(hash, markedCode(text, start, length, at + n - 1));
        if (n < charMin) continue;
        const row = this.findMarked(text, start, length, at, n, hash);
        if (row >= 0) visit(row);
      }
    }
  }

  /** The row of `<word>[at, at + n)` (whose hash is `hash`), or -1. */
  private findMarked(text: string, start: number, length: number, at: number, n: number, hash: number): number {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const row = (this.slots[slot] as number) - 1;
      if (this.hashes[row] !== hash) continue;
      const feature = this.features[row] as string;
      if (feature.length !== n) continue;
      let same = true;
      for (let k = 0; same && k < n; k += 1) same = feature.charCodeAt(k) === markedCode(text, start, length, at + k);
      if (same) return row;
    }
    return -1;
  }

  /** Visits the row of `first second`, if it is in the vocabulary. */
  private visitPair(text: string, first: number, firstLength: number, second: number, secondLength: number, visit: (row: number) => void): void {
    let hash = fnvOffset;
    for (let k = first; k < first + firstLength; k += 1) hash = step(hash, text.charCodeAt(k));
    hash = step(hash, space);
    for (let k = second; k < second + secondLength; k += 1) hash = step(hash, text.charCodeAt(k));
    const n = firstLength + 1 + secondLength;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const row = (this.slots[slot] as number) - 1;
      if (this.hashes[row] !== hash) continue;
      const feature = this.features[row] as string;
      if (feature.length !== n || feature.charCodeAt(firstLength) !== space) continue;
      let same = true;
      for (let k = 0; same && k < firstLength; k += 1) same = feature.charCodeAt(k) === text.charCodeAt(first + k);
      for (let k = 0; same && k < secondLength; k += 1) same = feature.charCodeAt(firstLength + 1 + k) === text.charCodeAt(second + k);
      if (same) {
        visit(row);
        return;
      }
    }
  }
}
