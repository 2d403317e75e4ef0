import { compileLexicons, isClassName, type WordClassOptions } from './class-features';

/**
 * Finds the rows of a vocabulary's concept-class features (class-features.ts) in a normalised
 * text without building a string per feature, for `FeatureIndex` (feature-index.ts), which
 * hands over each word with the hash of `<word>` and its row as it reads them. Words are found
 * in the lexicons by that hash, phrases are followed in a trie of lexicon word numbers, and each
 * feature is a tuple of numbers (its kind and up to three symbols: a class, or a word by its
 * `<word>` row) found in a hash table built from the vocabulary. The same features as
 * `forEachClassFeature` gives; a unit test keeps the two in step.
 *
 * A mixed n-gram holding a word is only in the vocabulary if `<word>` is (every message with the
 * n-gram has the word), so a word with no row can be left out of the n-grams.
 */

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const open = 60; // '<'
const close = 62; // '>'
const hashSign = 35; // '#', a run of digits in a lexicon entry
const step = (hash: number, code: number): number => Math.imul(hash ^ code, fnvPrime);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const unigram = 0;
const pair = 1;
const triple = 2;
const ordered = 3;

/** FNV-1a of `<shape>`, the shape of `text[start, end)` being its digit runs written `#` (as `FeatureIndex` hashes `<word>`). */
function markedShapeHash(text: string, start: number, end: number): number {
  let hash = step(fnvOffset, open);
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (!isDigit(code)) hash = step(hash, code);
    else if (at === start || !isDigit(text.charCodeAt(at - 1))) hash = step(hash, hashSign);
  }
  return step(hash, close);
}

/** Whether the word `text[start, end)` has the shape `shape` (digit runs as `#`). */
function hasShape(text: string, start: number, end: number, shape: string): boolean {
  let k = 0;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) {
      if (at > start && isDigit(text.charCodeAt(at - 1))) continue;
      if (shape.charCodeAt(k) !== hashSign) return false;
    } else if (shape.charCodeAt(k) !== code) return false;
    k += 1;
  }
  return k === shape.length;
}

function tupleHash(kind: number, a: number, b: number, c: number): number {
  return step(step(step(step(fnvOffset, kind), a), b), c);
}

/** `buffer`, or a copy at least `size` long. */
function atLeast(buffer: Int32Array, size: number): Int32Array {
  if (buffer.length >= size) return buffer;
  let length = buffer.length;
  while (length < size) length *= 2;
  const copy = new Int32Array(length);
  copy.set(buffer);
  return copy;
}

export class ClassFeatureIndex {
  private readonly classCount: number;
  private readonly mixedPairs: boolean;
  private readonly mixedTriples: boolean;

  /** Lexicon words (shapes) by the hash of `<shape>`: open addressing over `lexiconWords`. */
  private readonly wordSlots: Int32Array;
  private readonly wordMask: number;
  private readonly lexiconWords: readonly string[];
  private readonly lexiconWordHashes: Int32Array;

  /**
   * The lexicon entries as a trie over lexicon word numbers. Node 0 is the root; the root's child
   * for word `w` is node `w + 1`; deeper children are in `children` under `node * 65536 + word`.
   */
  private readonly children = new Map<number, number>();
  /** Per node: the classes of the entry ending there (empty if none), and whether any entry goes on from it. */
  private readonly nodeClasses: (readonly number[])[];
  private readonly nodeGoesOn: Uint8Array;

  /** Rows (or -1) of the features of classes alone: `A`, `A B` and `A * B`, by class numbers. */
  private readonly unigramRows: Int32Array;
  private readonly classPairRows: Int32Array;
  private readonly orderedRows: Int32Array;
  /** The other class features (with a word, or triples): tuple (kind, a, b, c) at `tuples[4e, 4e + 4)` → `tupleRows[e]`. */
  private readonly tupleSlots: Int32Array;
  private readonly tupleMask: number;
  private readonly tuples: Int32Array;
  private readonly tupleRows: Int32Array;

  // Per message, kept between calls (scoring is synchronous): each word's lexicon number and
  // symbol; each position's classes (a range of `classList`) and word symbol (-1 for none).
  private words = 0;
  private wordNumbers: Int32Array = new Int32Array(256);
  private wordSymbols: Int32Array = new Int32Array(256);
  private positionClassStart: Int32Array = new Int32Array(256);
  private positionClassCount: Int32Array = new Int32Array(256);
  private positionWord: Int32Array = new Int32Array(256);
  private classList: Int32Array = new Int32Array(256);
  /** Ordered pairs: a stamp per class seen so far and per pair visited, and the classes seen. */
  private readonly classSeen: Uint32Array;
  private readonly pairSeen: Uint32Array;
  private readonly seenClasses: Int32Array;
  private stamp = 0;

  /**
   * @param features - the model's vocabulary (every kind of feature; class features are picked out)
   * @param options - the class options the vocabulary was made with
   */
  constructor(
    features: readonly string[],
    private readonly options: WordClassOptions,
  ) {
    const lexicons = compileLexicons(options.lexicons);
    const classCount = lexicons.classNames.length;
    this.classCount = classCount;
    this.mixedPairs = options.pairs === 'mixed';
    this.mixedTriples = options.triples === 'mixed';
    this.classSeen = new Uint32Array(classCount);
    this.pairSeen = new Uint32Array(classCount * classCount);
    this.seenClasses = new Int32Array(classCount);
    this.unigramRows = new Int32Array(classCount).fill(-1);
    this.classPairRows = new Int32Array(classCount * classCount).fill(-1);
    this.orderedRows = new Int32Array(classCount * classCount).fill(-1);

    // Lexicon words and the trie.
    const numbers = new Map<string, number>();
    for (const entry of lexicons.entries.keys()) {
      for (const word of entry.split(' ')) if (!numbers.has(word)) numbers.set(word, numbers.size);
    }
    if (numbers.size >= 65536) throw new Error('word classes: too many lexicon words');
    this.lexiconWords = [...numbers.keys()];
    const nodeClasses: (readonly number[])[] = [[], ...this.lexiconWords.map(() => [])];
    const goesOn = [false, ...this.lexiconWords.map(() => false)];
    for (const [entry, classes] of lexicons.entries) {
      const [first, ...rest] = entry.split(' ').map((word) => numbers.get(word) as number);
      let node = (first as number) + 1;
      for (const number of rest) {
        goesOn[node] = true;
        const key = node * 65536 + number;
        let child = this.children.get(key);
        if (child === undefined) {
          child = nodeClasses.length;
          this.children.set(key, child);
          nodeClasses.push([]);
          goesOn.push(false);
        }
        node = child;
      }
      nodeClasses[node] = classes;
    }
    this.nodeClasses = nodeClasses;
    this.nodeGoesOn = Uint8Array.from(goesOn, Number);
    this.lexiconWordHashes = Int32Array.from(this.lexiconWords, (word) => markedShapeHash(word, 0, word.length));
    let size = 16;
    while (size < this.lexiconWords.length * 4) size *= 2;
    this.wordSlots = new Int32Array(size);
    this.wordMask = size - 1;
    this.lexiconWordHashes.forEach((hash, number) => {
      let slot = hash & this.wordMask;
      while (this.wordSlots[slot] !== 0) slot = (slot + 1) & this.wordMask;
      this.wordSlots[slot] = number + 1;
    });

    // The vocabulary's class features as tuples of symbols: class k is k, a word is classCount + its `<word>` row.
    const classIndex = new Map(lexicons.classNames.map((name, index) => [name, index]));
    const rowOf = new Map<string, number>();
    features.forEach((feature, row) => {
      if (feature.startsWith('<') && feature.endsWith('>')) rowOf.set(feature, row);
    });
    const symbol = (token: string): number => {
      const index = classIndex.get(token);
      if (index !== undefined) return index;
      const row = rowOf.get(`<${token}>`);
      return row === undefined ? -1 : classCount + row;
    };
    const tuples: number[] = [];
    const rows: number[] = [];
    features.forEach((feature, row) => {
      const tokens = feature.split(' ');
      if (!tokens.some(isClassName)) return;
      const kind = tokens.length === 1 ? unigram : tokens.length === 2 ? pair : tokens[1] === '*' ? ordered : triple;
      const symbols = tokens.filter((token) => token !== '*').map(symbol);
      if (symbols.includes(-1)) return; // a word with no `<word>` row: never found (see the module comment)
      const [a = 0, b = 0, c = 0] = symbols;
      if (kind === unigram) this.unigramRows[a] = row;
      else if (kind === ordered) this.orderedRows[a * classCount + b] = row;
      else if (kind === pair && a < classCount && b < classCount) this.classPairRows[a * classCount + b] = row;
      else {
        tuples.push(kind, a, b, c);
        rows.push(row);
      }
    });
    this.tuples = Int32Array.from(tuples);
    this.tupleRows = Int32Array.from(rows);
    size = 16;
    while (size < rows.length * 4) size *= 2;
    this.tupleSlots = new Int32Array(size);
    this.tupleMask = size - 1;
    for (let entry = 0; entry < rows.length; entry += 1) {
      const at = entry * 4;
      let slot = tupleHash(tuples[at] as number, tuples[at + 1] as number, tuples[at + 2] as number, tuples[at + 3] as number) & this.tupleMask;
      while (this.tupleSlots[slot] !== 0) slot = (slot + 1) & this.tupleMask;
      this.tupleSlots[slot] = entry + 1;
    }
  }

  /** Starts a message. */
  begin(): void {
    this.words = 0;
  }

  /**
   * Takes the message's next word, `text[start, end)`.
   *
   * @param markedHash - the FNV-1a hash of `<word>`, as `FeatureIndex` computed it
   * @param hasDigit - whether the word holds a digit (then its lexicon shape differs from the word)
   * @param row - the row of `<word>` in the vocabulary, or -1
   */
  addWord(text: string, start: number, end: number, markedHash: number, hasDigit: boolean, row: number): void {
    const at = this.words;
    if (at === this.wordNumbers.length) {
      this.wordNumbers = atLeast(this.wordNumbers, at + 1);
      this.wordSymbols = atLeast(this.wordSymbols, at + 1);
    }
    const hash = hasDigit ? markedShapeHash(text, start, end) : markedHash;
    let number = -1;
    for (let slot = hash & this.wordMask; this.wordSlots[slot] !== 0; slot = (slot + 1) & this.wordMask) {
      const candidate = (this.wordSlots[slot] as number) - 1;
      if (this.lexiconWordHashes[candidate] === hash && hasShape(text, start, end, this.lexiconWords[candidate] as string)) {
        number = candidate;
        break;
      }
    }
    this.wordNumbers[at] = number;
    this.wordSymbols[at] = row < 0 ? -1 : this.classCount + row;
    this.words = at + 1;
  }

  /**
   * Calls `visit` with the row of every class feature of the message's words that is in the
   * vocabulary, as often as `forEachClassFeature` gives it.
   */
  finish(visit: (row: number) => void): void {
    const words = this.words;
    if (this.positionWord.length < words) {
      this.positionClassStart = atLeast(this.positionClassStart, words);
      this.positionClassCount = atLeast(this.positionClassCount, words);
      this.positionWord = atLeast(this.positionWord, words);
    }
    // The positions: the longest entry of two or more words starting at a word, else the word.
    let positions = 0;
    let classes = 0;
    for (let at = 0; at < words; ) {
      const number = this.wordNumbers[at] as number;
      let found: readonly number[] = [];
      let word = this.wordSymbols[at] as number;
      let next = at + 1;
      if (number >= 0) {
        let node = number + 1;
        found = this.nodeClasses[node] as readonly number[];
        for (let ahead = at + 1; ahead < words && this.nodeGoesOn[node] === 1; ahead += 1) {
          const following = this.wordNumbers[ahead] as number;
          if (following < 0) break;
          const child = this.children.get(node * 65536 + following);
          if (child === undefined) break;
          node = child;
          const classesHere = this.nodeClasses[node] as readonly number[];
          if (classesHere.length > 0) {
            found = classesHere;
            word = -1;
            next = ahead + 1;
          }
        }
      }
      if (this.classList.length < classes + found.length) this.classList = atLeast(this.classList, classes + found.length);
      this.positionClassStart[positions] = classes;
      this.positionClassCount[positions] = found.length;
      this.positionWord[positions] = word;
      for (const index of found) this.classList[classes++] = index;
      positions += 1;
      at = next;
    }
    this.visitPositions(positions, visit);
  }

  /** Visits the row of the tuple's feature, if the vocabulary has it. */
  private find(kind: number, a: number, b: number, c: number, visit: (row: number) => void): void {
    const t = this.tuples;
    for (let slot = tupleHash(kind, a, b, c) & this.tupleMask; this.tupleSlots[slot] !== 0; slot = (slot + 1) & this.tupleMask) {
      const entry = (this.tupleSlots[slot] as number) - 1;
      const at = entry * 4;
      if (t[at] === kind && t[at + 1] === a && t[at + 2] === b && t[at + 3] === c) {
        visit(this.tupleRows[entry] as number);
        return;
      }
    }
  }

  private visitPositions(positions: number, visit: (row: number) => void): void {
    const { pairs, triples, orderedPairs } = this.options;
    // Each ordered pair once per message: a stamp per class seen and per pair visited.
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) {
      this.classSeen.fill(0);
      this.pairSeen.fill(0);
    }
    const stamp = this.stamp;
    let seen = 0;
    const classCount = this.classCount;
    const list = this.classList;
    const starts = this.positionClassStart;
    const counts = this.positionClassCount;
    const words = this.positionWord;
    /** How many readings position `p` has: its classes, then its word when mixed and known. */
    const readingCount = (p: number, mixed: boolean): number => (counts[p] as number) + (mixed && (words[p] as number) >= 0 ? 1 : 0);
    const reading = (p: number, i: number): number => (i < (counts[p] as number) ? (list[(starts[p] as number) + i] as number) : (words[p] as number));
    for (let p = 0; p < positions; p += 1) {
      const count = counts[p] as number;
      const start = starts[p] as number;
      for (let i = 0; i < count; i += 1) {
        const row = this.unigramRows[list[start + i] as number] as number;
        if (row >= 0) visit(row);
      }
      if (pairs !== 'none' && p >= 1) {
        const na = readingCount(p - 1, this.mixedPairs);
        const nb = readingCount(p, this.mixedPairs);
        for (let i = 0; i < na; i += 1) {
          const a = reading(p - 1, i);
          for (let j = 0; j < nb; j += 1) {
            const b = reading(p, j);
            if (a < classCount && b < classCount) {
              const row = this.classPairRows[a * classCount + b] as number;
              if (row >= 0) visit(row);
            } else if (a < classCount || b < classCount) this.find(pair, a, b, 0, visit);
          }
        }
      }
      if (triples !== 'none' && p >= 2) {
        const na = readingCount(p - 2, this.mixedTriples);
        const nb = readingCount(p - 1, this.mixedTriples);
        const nc = readingCount(p, this.mixedTriples);
        for (let i = 0; i < na; i += 1) {
          const a = reading(p - 2, i);
          for (let j = 0; j < nb; j += 1) {
            const b = reading(p - 1, j);
            for (let k = 0; k < nc; k += 1) {
              const c = reading(p, k);
              if (a < classCount || b < classCount || c < classCount) this.find(triple, a, b, c, visit);
            }
          }
        }
      }
      if (orderedPairs && p >= 2) {
        // The classes of position p - 2 join those seen; each (earlier, this) pair is visited once.
        const earlierCount = counts[p - 2] as number;
        const earlierStart = starts[p - 2] as number;
        for (let i = 0; i < earlierCount; i += 1) {
          const a = list[earlierStart + i] as number;
          if (this.classSeen[a] === stamp) continue;
          this.classSeen[a] = stamp;
          this.seenClasses[seen++] = a;
        }
        for (let j = 0; j < count; j += 1) {
          const b = list[start + j] as number;
          for (let i = 0; i < seen; i += 1) {
            const a = this.seenClasses[i] as number;
            const cell = a * classCount + b;
            if (this.pairSeen[cell] === stamp) continue;
            this.pairSeen[cell] = stamp;
            const row = this.orderedRows[cell] as number;
            if (row >= 0) visit(row);
          }
        }
      }
    }
  }
}
