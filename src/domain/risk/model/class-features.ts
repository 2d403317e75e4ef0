/**
 * The concept-class features of the learned risk model (lexicons in word-classes.ts): a message's
 * words read as a sequence of positions, a phrase in a lexicon ("want to", "whole box",
 * "# year old") taking one position and any other word one position of its own, each position
 * with its classes. Features over that sequence:
 *
 * - each class of each position, written `MEDICINE`;
 * - neighbouring positions, `INTENT TIME_NOW`, and (mixed) a class beside a word, `SELF cut`;
 * - three neighbouring positions, `SELF INTENT DEATH` or (mixed) `took QUANTITY MEDICINE`;
 * - two classes in that order anywhere in the message, not neighbours, `VOICE * HARM_VERB`.
 *
 * A class name is uppercase and a normalised text is not, so these never collide with the word,
 * pair and character n-gram features (text-features.ts).
 */

/** Which concept-class features are read (lexicons in word-classes.ts); stored with the weights. */
export interface WordClassOptions {
  /** Each class (an uppercase name) and its entries: normalised words and phrases, `#` for a run of digits. */
  readonly lexicons: Readonly<Record<string, readonly string[]>>;
  /** How much a class feature counts against a word or a pair. */
  readonly weight: number;
  /** Neighbouring positions: none, both classes ("INTENT TIME_NOW"), or a class and a word or class ("SELF cut"). */
  readonly pairs: 'none' | 'classes' | 'mixed';
  /** Three neighbouring positions: none, all classes, or at least one class and the rest words or classes. */
  readonly triples: 'none' | 'classes' | 'mixed';
  /**
   * Two classes in order anywhere in the message, at least two positions apart ("VOICE * HARM_VERB":
   * a voice, then further on a harmful act); neighbours are `pairs`.
   */
  readonly orderedPairs: boolean;
}

/** Lexicons made ready to match: each entry's shape (digit runs as `#`) to its class numbers. */
export interface CompiledLexicons {
  readonly classNames: readonly string[];
  /** Entry (words joined by single spaces, digit runs as `#`) → indices into `classNames`, ascending. */
  readonly entries: ReadonlyMap<string, readonly number[]>;
  /** The most words in one entry. */
  readonly longest: number;
}

/** One position of the class sequence: a word with its classes, or a phrase (no `word`) with its classes. */
export interface ClassPosition {
  readonly word: string | undefined;
  readonly classes: readonly number[];
}

/** A word's shape in the lexicons: each run of digits written `#`. */
export const wordShape = (word: string): string => word.replace(/[0-9]+/g, '#');

const compiled = new WeakMap<object, CompiledLexicons>();

/**
 * Compiles lexicons (cached by object identity).
 *
 * @throws Error when a class name is not uppercase or an entry is not normalised words
 */
export function compileLexicons(lexicons: WordClassOptions['lexicons']): CompiledLexicons {
  const cached = compiled.get(lexicons);
  if (cached !== undefined) return cached;
  const classNames = Object.keys(lexicons);
  const entries = new Map<string, number[]>();
  let longest = 1;
  classNames.forEach((name, index) => {
    if (!/^[A-Z][A-Z_]*$/.test(name)) throw new Error(`word class ${JSON.stringify(name)} is not an uppercase name`);
    for (const entry of lexicons[name] ?? []) {
      if (!/^[a-z0-9#]+(?: [a-z0-9#]+)*$/.test(entry)) throw new Error(`word class ${name}: ${JSON.stringify(entry)} is not normalised words`);
      const shape = wordShape(entry);
      const classes = entries.get(shape) ?? [];
      if (!classes.includes(index)) classes.push(index);
      entries.set(shape, classes);
      longest = Math.max(longest, shape.split(' ').length);
    }
  });
  const result: CompiledLexicons = { classNames, entries, longest };
  compiled.set(lexicons, result);
  return result;
}

/**
 * The class sequence of a normalised text: at each word, the longest lexicon phrase of two or
 * more words starting there takes one position (and its words); otherwise the word takes one,
 * with its own classes (perhaps none).
 *
 * @param normalised - output of `normaliseText`
 * @param lexicons - compiled lexicons
 */
export function classSequence(normalised: string, lexicons: CompiledLexicons): ClassPosition[] {
  const words = normalised.split(' ').filter((word) => word !== '');
  const shapes = words.map(wordShape);
  const positions: ClassPosition[] = [];
  let at = 0;
  while (at < words.length) {
    let taken: ClassPosition | undefined;
    for (let length = Math.min(lexicons.longest, words.length - at); length >= 2 && taken === undefined; length -= 1) {
      const classes = lexicons.entries.get(shapes.slice(at, at + length).join(' '));
      if (classes !== undefined) {
        taken = { word: undefined, classes };
        at += length;
      }
    }
    if (taken === undefined) {
      taken = { word: words[at], classes: lexicons.entries.get(shapes[at] as string) ?? [] };
      at += 1;
    }
    positions.push(taken);
  }
  return positions;
}

/** What a position can be read as in an n-gram: its classes, then (when `mixed`) its word. */
function readings(position: ClassPosition, names: readonly string[], mixed: boolean): string[] {
  const classes = position.classes.map((index) => names[index] as string);
  return mixed && position.word !== undefined ? [...classes, position.word] : classes;
}

/**
 * Calls `visit` with every class feature of a normalised text, in order; a feature may come more than once.
 *
 * @param normalised - output of `normaliseText`
 * @param options - the lexicons and which class features to read
 * @param visit - called once per feature occurrence
 */
export function forEachClassFeature(normalised: string, options: WordClassOptions, visit: (feature: string) => void): void {
  const lexicons = compileLexicons(options.lexicons);
  const names = lexicons.classNames;
  const positions = classSequence(normalised, lexicons);
  const mixedPairs = options.pairs === 'mixed';
  const mixedTriples = options.triples === 'mixed';
  /** The classes at least two positions before the current one. */
  const earlier = new Set<number>();
  /** Each ordered pair is given once (a long message would give the same pairs over and over). */
  const orderedSeen = new Set<string>();
  positions.forEach((position, p) => {
    for (const index of position.classes) visit(names[index] as string);
    if (options.pairs !== 'none' && p >= 1) {
      const previous = positions[p - 1] as ClassPosition;
      for (const a of readings(previous, names, mixedPairs)) {
        for (const b of readings(position, names, mixedPairs)) if (isClassName(a) || isClassName(b)) visit(`${a} ${b}`);
      }
    }
    if (options.triples !== 'none' && p >= 2) {
      const first = positions[p - 2] as ClassPosition;
      const second = positions[p - 1] as ClassPosition;
      for (const a of readings(first, names, mixedTriples)) {
        for (const b of readings(second, names, mixedTriples)) {
          for (const c of readings(position, names, mixedTriples)) {
            if (isClassName(a) || isClassName(b) || isClassName(c)) visit(`${a} ${b} ${c}`);
          }
        }
      }
    }
    if (options.orderedPairs && p >= 2) {
      for (const a of (positions[p - 2] as ClassPosition).classes) earlier.add(a);
      for (const a of earlier) {
        for (const b of position.classes) {
          const feature = `${names[a] as string} * ${names[b] as string}`;
          if (orderedSeen.has(feature)) continue;
          orderedSeen.add(feature);
          visit(feature);
        }
      }
    }
  });
}

/** A class name, not a word: class names start with an uppercase letter. */
export const isClassName = (reading: string): boolean => {
  const code = reading.charCodeAt(0);
  return code >= 65 && code <= 90;
};
