/**
 * One pass over a text that finds which of many literal strings it contains (Aho-Corasick),
 * used to skip the risk patterns that cannot match.
 *
 * A `LiteralIndex` is built once, at module load, from a list of regexes. For each regex it
 * keeps the query of `requiredLiterals` (regex-literals.ts); `scan(text)` walks the text once
 * through an automaton of all their literals, and the result answers `mayMatch(regex)`:
 * false means the regex cannot match that text, so testing it can be skipped; true means it
 * may match and must be tested as before.
 *
 * Pure: no I/O.
 */

import { literalsOf, type LiteralQuery } from './literal-query';
import { requiredLiteralsOfAll } from './regex-literals';

/** Which literals (by index) occur in the scanned text. */
type Found = Uint8Array;
type Condition = (found: Found) => boolean;

const alwaysTrue: Condition = () => true;

function compile(query: LiteralQuery, idOf: ReadonlyMap<string, number>): Condition {
  switch (query.kind) {
    case 'true':
      return alwaysTrue;
    case 'literal': {
      const id = idOf.get(query.text) ?? -1;
      return (found) => found[id] === 1;
    }
    case 'or': {
      if (query.items.every((item) => item.kind === 'literal')) {
        const ids = Int32Array.from(literalsOf(query), (text) => idOf.get(text) ?? -1);
        return (found) => {
          for (let index = 0; index < ids.length; index += 1) if (found[ids[index] as number] === 1) return true;
          return false;
        };
      }
      const items = query.items.map((item) => compile(item, idOf));
      return (found) => items.some((item) => item(found));
    }
    case 'and': {
      const items = query.items.map((item) => compile(item, idOf));
      return (found) => items.every((item) => item(found));
    }
  }
}

/**
 * Literals one of which every text satisfying `query` contains (null: none is needed). For an
 * `and`, those of its most selective part: the one whose shortest literal is longest.
 */
function triggers(query: LiteralQuery): readonly string[] | null {
  if (query.kind === 'true') return null;
  if (query.kind === 'literal') return [query.text];
  const parts = query.items.map(triggers);
  if (query.kind === 'or') return parts.some((part) => part === null) ? null : parts.flatMap((part) => part ?? []);
  const selectivity = (part: readonly string[]): number => Math.min(...part.map((text) => text.length)) * 1000 - part.length;
  return parts.reduce<readonly string[] | null>(
    (best, part) => (part === null ? best : best === null || selectivity(part) > selectivity(best) ? part : best),
    null,
  );
}

/** An Aho-Corasick automaton as a full transition table over the characters the literals use. */
class Automaton {
  /** Character code (below 128) to column; 0 is every character no literal uses. */
  private readonly asciiColumn = new Uint8Array(128);
  private readonly otherColumn = new Map<number, number>();
  private readonly columns: number;
  /** next[state * columns + column]: the state after reading a character (16 bits while they suffice). */
  private readonly next: Uint16Array | Int32Array;
  /** The literal that ends at a state, or -1. */
  private readonly literalAt: Int32Array;
  /** The nearest state on the failure chain at which a literal ends, or -1. */
  private readonly outputLink: Int32Array;

  constructor(literals: readonly string[]) {
    let columns = 1;
    for (const literal of literals) {
      for (let index = 0; index < literal.length; index += 1) {
        const code = literal.charCodeAt(index);
        if (code < 128 && this.asciiColumn[code] === 0) this.asciiColumn[code] = columns++;
        else if (code >= 128 && !this.otherColumn.has(code)) this.otherColumn.set(code, columns++);
      }
    }
    this.columns = columns;

    // The trie, in the transition table itself: state 0 is the root, and 0 marks a missing edge
    // (no edge leads back to the root). In sorted order each literal shares a prefix with the one
    // before and adds new states only after it, which also gives the number of states up front.
    const sorted = [...literals].sort();
    const shared = sorted.map((literal, index) => {
      const previous = sorted[index - 1] ?? '';
      let length = 0;
      while (length < literal.length && literal.charCodeAt(length) === previous.charCodeAt(length)) length += 1;
      return length;
    });
    const states = 1 + sorted.reduce((sum, literal, index) => sum + literal.length - (shared[index] as number), 0);
    const next = states <= 0xffff ? new Uint16Array(states * columns) : new Int32Array(states * columns);
    this.literalAt = new Int32Array(states).fill(-1);
    const parentOf = new Int32Array(states);
    const columnOf = new Int32Array(states);
    /** path[d]: the state after the first d characters of the previous literal. */
    const path = new Int32Array(Math.max(0, ...literals.map((literal) => literal.length)) + 1);
    const idOf = new Map(literals.map((literal, id) => [literal, id]));
    let created = 1;
    sorted.forEach((literal, index) => {
      let depth = shared[index] as number;
      let state = path[depth] as number;
      for (; depth < literal.length; depth += 1) {
        const column = this.column(literal.charCodeAt(depth));
        parentOf[created] = state;
        columnOf[created] = column;
        next[state * columns + column] = created;
        state = created++;
        path[depth + 1] = state;
      }
      this.literalAt[state] = idOf.get(literal) ?? -1;
    });
    // The children of each state, together: those of state s are firstChild[s] up to firstChild[s + 1].
    const firstChild = new Int32Array(states + 1);
    for (let state = 1; state < states; state += 1) {
      const slot = (parentOf[state] as number) + 1;
      firstChild[slot] = (firstChild[slot] as number) + 1;
    }
    for (let state = 0; state < states; state += 1) {
      firstChild[state + 1] = (firstChild[state + 1] as number) + (firstChild[state] as number);
    }
    const childList = new Int32Array(states);
    const filled = firstChild.slice();
    for (let state = 1; state < states; state += 1) {
      const parent = parentOf[state] as number;
      childList[filled[parent] as number] = state;
      filled[parent] = (filled[parent] as number) + 1;
    }

    // Breadth-first, so a state's failure state is complete before it: each state's row starts
    // as a copy of its failure state's row, then gets its own trie edges back.
    this.next = next;
    this.outputLink = new Int32Array(states).fill(-1);
    const failure = new Int32Array(states);
    const queue = new Int32Array(states);
    let queued = 1;
    for (let head = 0; head < queued; head += 1) {
      const state = queue[head] as number;
      const fail = failure[state] as number;
      if (state !== 0) next.copyWithin(state * columns, fail * columns, fail * columns + columns);
      for (let edge = firstChild[state] as number; edge < (firstChild[state + 1] as number); edge += 1) {
        const child = childList[edge] as number;
        const column = columnOf[child] as number;
        const childFail = state === 0 ? 0 : (next[fail * columns + column] as number);
        next[state * columns + column] = child;
        failure[child] = childFail;
        this.outputLink[child] = (this.literalAt[childFail] as number) >= 0 ? childFail : (this.outputLink[childFail] as number);
        queue[queued++] = child;
      }
    }
  }

  private column(code: number): number {
    return code < 128 ? (this.asciiColumn[code] as number) : (this.otherColumn.get(code) ?? 0);
  }

  /**
   * Marks in `found` every literal that occurs in `text` between `from` and `to`, and lists in
   * `list` each one not marked before.
   */
  scan(text: string, found: Found, list: number[], from = 0, to = text.length): void {
    const { next, columns, literalAt, outputLink, asciiColumn } = this;
    let state = 0;
    for (let index = from; index < to; index += 1) {
      const code = text.charCodeAt(index);
      const column = code < 128 ? (asciiColumn[code] as number) : this.column(code);
      state = next[state * columns + column] as number;
      let output = (literalAt[state] as number) >= 0 ? state : (outputLink[state] as number);
      while (output >= 0) {
        const literal = literalAt[output] as number;
        if (found[literal] === 0) {
          found[literal] = 1;
          list.push(literal);
        }
        output = outputLink[output] as number;
      }
    }
  }
}

/** The outcome of one scan: which indexed regexes may match the scanned text. */
export class LiteralHits {
  constructor(
    private readonly index: LiteralIndex,
    /** The literals found (by number), each once. */
    readonly literals: readonly number[],
    /** Bit n is set when regex number n may match. */
    readonly possible: Int32Array,
  ) {}

  /** False only when `regex` cannot match the scanned text. Regexes not in the index may always match. */
  mayMatch(regex: RegExp): boolean {
    return this.mayMatchNumber(this.index.numberOf(regex));
  }

  /** `mayMatch` for the regex with this number in the index (`LiteralIndex.numberOf`); -1 may always match. */
  mayMatchNumber(number: number): boolean {
    return number < 0 || (((this.possible[number >> 5] as number) >>> (number & 31)) & 1) === 1;
  }
}

/** The literals required by a fixed set of regexes, ready to scan texts for. */
export class LiteralIndex {
  private readonly numbers = new Map<RegExp, number>();
  private readonly conditions: readonly Condition[];
  /** By literal: the regexes (by number) that this literal can make worth checking. */
  private readonly triggered: readonly Int32Array[];
  /** The regexes that need no literal at all. */
  private readonly unconditional: readonly number[];
  /** By literal: the regexes (by number) whose condition mentions it, so may change when it is found. */
  private readonly mentionedBy: readonly Int32Array[];
  private readonly automaton: Automaton;
  private readonly longestLiteral: number;
  /** Scratch space for one scan at a time (scans are synchronous); all zero between scans. */
  private readonly found: Found;
  private readonly checked: Uint8Array;

  constructor(regexes: readonly RegExp[]) {
    const queries = requiredLiteralsOfAll(regexes);
    const literals = [...new Set(queries.flatMap(literalsOf))];
    const idOf = new Map(literals.map((literal, id) => [literal, id]));
    regexes.forEach((regex, number) => this.numbers.set(regex, number));
    this.conditions = queries.map((query) => compile(query, idOf));
    const triggeredLists = literals.map((): number[] => []);
    const unconditional: number[] = [];
    queries.forEach((query, number) => {
      const needed = triggers(query);
      if (needed === null) unconditional.push(number);
      else for (const literal of new Set(needed)) triggeredLists[idOf.get(literal) ?? -1]?.push(number);
    });
    this.triggered = triggeredLists.map((list) => Int32Array.from(list));
    const mentionLists = literals.map((): number[] => []);
    queries.forEach((query, number) => {
      for (const literal of new Set(literalsOf(query))) mentionLists[idOf.get(literal) ?? -1]?.push(number);
    });
    this.mentionedBy = mentionLists.map((list) => Int32Array.from(list));
    this.unconditional = unconditional;
    this.automaton = new Automaton(literals);
    this.longestLiteral = Math.max(0, ...literals.map((literal) => literal.length));
    this.found = new Uint8Array(literals.length);
    this.checked = new Uint8Array(regexes.length);
  }

  /** The regex's number in the index, or -1. */
  numberOf(regex: RegExp): number {
    return this.numbers.get(regex) ?? -1;
  }

  /** Finds the literals in `text`. */
  scan(text: string): LiteralHits {
    return this.collect((found, list) => this.automaton.scan(text, found, list));
  }

  /**
   * The literals of `text`, made from `before` (the hits of the text before some stretches were
   * replaced) by scanning only around the replacements, which start at `starts` in `text` and are
   * `length` long. A literal that is new in `text` must overlap a replacement, so it is found; one
   * that was replaced away stays listed, which only means a regex is tested that could have been
   * skipped.
   */
  rescanAround(before: LiteralHits, text: string, starts: readonly number[], length: number): LiteralHits {
    const reach = this.longestLiteral - 1;
    const { found, conditions } = this;
    const list = [...before.literals];
    const known = list.length;
    for (const literal of list) found[literal] = 1;
    for (const start of starts) {
      this.automaton.scan(text, found, list, Math.max(0, start - reach), Math.min(text.length, start + length + reach));
    }
    // Literals are only ever added, so a regex that may match still may; one that could not can
    // only have become possible through a new literal its condition mentions.
    const possible = before.possible.slice();
    for (let item = known; item < list.length; item += 1) {
      for (const number of this.mentionedBy[list[item] as number] as Int32Array) {
        const bit = 1 << (number & 31);
        if (((possible[number >> 5] as number) & bit) === 0 && (conditions[number] as Condition)(found)) {
          possible[number >> 5] = (possible[number >> 5] as number) | bit;
        }
      }
    }
    for (const literal of list) found[literal] = 0;
    return new LiteralHits(this, list, possible);
  }

  /** Marks what `search` finds, then checks the condition of each regex it triggers. */
  private collect(search: (found: Found, list: number[]) => void): LiteralHits {
    const { found, checked, conditions } = this;
    const list: number[] = [];
    search(found, list);
    const possible = new Int32Array(Math.ceil(conditions.length / 32));
    const mark = (number: number): void => {
      possible[number >> 5] = (possible[number >> 5] as number) | (1 << (number & 31));
    };
    for (const number of this.unconditional) mark(number);
    const triggeredNow: number[] = [];
    for (const literal of list) {
      const regexes = this.triggered[literal] as Int32Array;
      for (let index = 0; index < regexes.length; index += 1) {
        const number = regexes[index] as number;
        if (checked[number] === 1) continue;
        checked[number] = 1;
        triggeredNow.push(number);
        if ((conditions[number] as Condition)(found)) mark(number);
      }
    }
    for (const literal of list) found[literal] = 0;
    for (const number of triggeredNow) checked[number] = 0;
    return new LiteralHits(this, list, possible);
  }
}
