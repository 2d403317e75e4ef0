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

import { EditedOccurrences, ScannedOccurrences, type Edit, type Occurrences, type StartsByLiteral } from './literal-occurrences';
import { literalsOf, type LiteralQuery } from './literal-query';
import { spaceReach } from './regex-reach';
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
  /** By literal: its length. */
  readonly lengths: Int32Array;

  constructor(literals: readonly string[]) {
    this.lengths = Int32Array.from(literals, (literal) => literal.length);
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
   * `list` each one not marked before; records the start of every occurrence in `starts`, if given.
   */
  scan(text: string, found: Found, list: number[], from = 0, to = text.length, starts?: StartsByLiteral): void {
    const { next, columns, literalAt, outputLink, asciiColumn, lengths } = this;
    let state = 0;
    for (let index = from; index < to; index += 1) {
      const code = text.charCodeAt(index);
      const column = code < 128 ? (asciiColumn[code] as number) : this.column(code);
      state = next[state * columns + column] as number;
      let output = (literalAt[state] as number) >= 0 ? state : (outputLink[state] as number);
      while (output >= 0) {
        const literal = literalAt[output] as number;
        if (starts !== undefined) {
          const start = index + 1 - (lengths[literal] as number);
          const list = starts.get(literal);
          if (list === undefined) starts.set(literal, [start]);
          else list.push(start);
        }
        if (found[literal] === 0) {
          found[literal] = 1;
          list.push(literal);
        }
        output = outputLink[output] as number;
      }
    }
  }
}

/**
 * Where in a text a regex can match: for each part of its literal query whose literals every
 * match contains, those literals (by number); and how many spaces it reads before and after one
 * of them (`spaceReach`, with room for a character peeked at either end).
 */
interface WindowPlan {
  readonly needs: readonly Int32Array[];
  readonly spacesBefore: number;
  readonly spacesAfter: number;
}

/** Below this length a regex runs on the whole text: finding windows would cost more than it saves. */
const WINDOWS_FROM_LENGTH = 600;
/** V8 compiles a regex to machine code at once for a text at least this long (shorter ones are interpreted first). */
const NATIVE_LENGTH = 1000;
/** Windows covering more than this share of the text are not worth slicing: the whole text is used. */
const MOST_OF_THE_TEXT = 0.6;

/** Whether the regex may match (1), cannot (2), or has not been asked about yet (0). */
const unknown = 0;
const may = 1;
const cannot = 2;

/**
 * The outcome of one scan: which indexed regexes may match the scanned text (`mayMatch`), and
 * where (`windowsOf`). Each answer is worked out when first asked for, then kept.
 */
export class LiteralHits {
  /** The positions of the spaces in the text, found when first needed. */
  private spaces: Int32Array | undefined;
  constructor(
    private readonly index: LiteralIndex,
    /** The scanned text. */
    readonly text: string,
    /** The literals found (by number), each once. */
    readonly literals: readonly number[],
    /** By regex: `may`, `cannot` or `unknown`. Owned by this object. */
    readonly verdicts: Uint8Array,
    /** Where the literals occur; kept only for a text long enough to be run in windows. */
    readonly occurrences: Occurrences | undefined,
  ) {}

  /** False only when `regex` cannot match the scanned text. Regexes not in the index may always match. */
  mayMatch(regex: RegExp): boolean {
    const number = this.index.numberOf(regex);
    if (number < 0) return true;
    let verdict = this.verdicts[number] as number;
    if (verdict === unknown) {
      verdict = this.index.conditionHolds(number, this) ? may : cannot;
      this.verdicts[number] = verdict;
    }
    return verdict === may;
  }

  /**
   * Stretches of the text, as start and end pairs in order, such that `regex` (global or not, never
   * sticky) finds the same matches running on each stretch in turn as on the whole text; none
   * when it cannot match at all; null when it should run on the whole text (no bound is known, or
   * the stretches would cover most of it). Ask only when `mayMatch(regex)`.
   *
   * Why it holds: every match contains one of the literals of each of the regex's `needs`, so
   * starts at most `consumed` spaces before one; the engine reads at most `behind` spaces before
   * a start and `ahead` after it, plus one character it peeks at either end (regex-reach.ts). Each
   * stretch reaches that far and two spaces further around every occurrence inside it, so where a
   * match can start the engine reads the same characters as in the whole text, and a match found
   * in a stretch (which also holds a literal, so starts near an occurrence) is a match there too.
   */
  windowsOf(regex: RegExp): Int32Array | null {
    const { text, occurrences } = this;
    if (occurrences === undefined || text.length < WINDOWS_FROM_LENGTH) return null;
    const plan = this.index.windowPlanOf(regex);
    if (plan === null) return null;
    // The part of the query whose literals occur least often in this text.
    let fewest: number[] | null = null;
    const found = this.index.foundIn(this);
    for (const literals of plan.needs) {
      const positions: number[] = [];
      for (let item = 0; item < literals.length; item += 1) {
        const literal = literals[item] as number;
        if (found[literal] === 1) for (const position of occurrences.startsOf(literal)) positions.push(position);
      }
      if (fewest === null || positions.length < fewest.length) fewest = positions;
      if (fewest.length === 0) return new Int32Array(0);
    }
    if (fewest === null) return null;
    fewest.sort((a, b) => a - b);
    const spaces = this.spacePositions();
    const windows: number[] = [];
    let covered = 0;
    let spaceIndex = 0;
    for (const position of fewest) {
      // The spaces before `position` are spaces[0 .. spaceIndex).
      while (spaceIndex < spaces.length && (spaces[spaceIndex] as number) < position) spaceIndex += 1;
      const back = spaceIndex - plan.spacesBefore;
      const start = back < 0 ? 0 : (spaces[back] as number) + 1;
      const forward = spaceIndex + plan.spacesAfter - 1;
      const end = forward >= spaces.length ? text.length : (spaces[forward] as number);
      const last = windows.length - 1;
      if (last > 0 && start <= (windows[last] as number)) {
        covered += Math.max(0, end - (windows[last] as number));
        windows[last] = Math.max(end, windows[last] as number);
      } else {
        covered += end - start;
        windows.push(start, end);
      }
      if (covered > text.length * MOST_OF_THE_TEXT) return null;
    }
    // One stretch from the first window to the last (its ends lie outside every window, so it is
    // as good), at least NATIVE_LENGTH long: V8 interprets a regex on a shorter text at first.
    let from = windows[0] as number;
    let to = windows[windows.length - 1] as number;
    const missing = NATIVE_LENGTH - (to - from);
    if (missing > 0) {
      from = Math.max(0, from - Math.ceil(missing / 2));
      to = Math.min(text.length, from + NATIVE_LENGTH);
      from = Math.max(0, to - NATIVE_LENGTH);
    }
    if (to - from > text.length * MOST_OF_THE_TEXT) return null;
    return Int32Array.of(from, to);
  }

  private spacePositions(): Int32Array {
    if (this.spaces === undefined) {
      const { text } = this;
      const positions: number[] = [];
      for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) positions.push(at);
      this.spaces = Int32Array.from(positions);
    }
    return this.spaces;
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
  /** By literal: the regexes (by number) whose condition mentions it. */
  private readonly mentionedBy: readonly Int32Array[];
  private readonly literalTexts: readonly string[];
  private readonly windowPlans: ReadonlyArray<WindowPlan | null>;
  private readonly automaton: Automaton;
  private readonly longestLiteral: number;
  /**
   * Scratch space, by literal: 1 when found in the text of `foundOwner` (scans are synchronous,
   * and a few texts at a time are asked about: marking one's literals is cheap).
   */
  private readonly found: Found;
  private foundOwner: LiteralHits | undefined;

  constructor(regexes: readonly RegExp[]) {
    const queries = requiredLiteralsOfAll(regexes);
    const literals = [...new Set(queries.flatMap(literalsOf))];
    const idOf = new Map(literals.map((literal, id) => [literal, id]));
    regexes.forEach((regex, number) => this.numbers.set(regex, number));
    this.conditions = queries.map((query) => compile(query, idOf));
    const triggeredLists = literals.map((): number[] => []);
    const mentionLists = literals.map((): number[] => []);
    const unconditional: number[] = [];
    queries.forEach((query, number) => {
      const needed = triggers(query);
      if (needed === null) unconditional.push(number);
      else for (const literal of new Set(needed)) triggeredLists[idOf.get(literal) ?? -1]?.push(number);
      for (const literal of new Set(literalsOf(query))) mentionLists[idOf.get(literal) ?? -1]?.push(number);
    });
    this.triggered = triggeredLists.map((list) => Int32Array.from(list));
    this.unconditional = unconditional;
    this.mentionedBy = mentionLists.map((list) => Int32Array.from(list));
    this.literalTexts = literals;
    this.windowPlans = queries.map((query, number) => windowPlan(query, regexes[number] as RegExp, idOf));
    this.automaton = new Automaton(literals);
    this.longestLiteral = Math.max(0, ...literals.map((literal) => literal.length));
    this.found = new Uint8Array(literals.length);
  }

  /** The regex's number in the index, or -1. */
  numberOf(regex: RegExp): number {
    return this.numbers.get(regex) ?? -1;
  }

  /** Whether the condition of regex `number` holds for the literals of `hits`. */
  conditionHolds(number: number, hits: LiteralHits): boolean {
    return (this.conditions[number] as Condition)(this.foundIn(hits));
  }

  /** By literal: 1 when `hits` holds it. Valid until the next call. */
  foundIn(hits: LiteralHits): Found {
    if (this.foundOwner !== hits) {
      this.clearFound();
      for (const literal of hits.literals) this.found[literal] = 1;
      this.foundOwner = hits;
    }
    return this.found;
  }

  private clearFound(): void {
    if (this.foundOwner !== undefined) for (const literal of this.foundOwner.literals) this.found[literal] = 0;
    this.foundOwner = undefined;
  }

  literalText(literal: number): string {
    return this.literalTexts[literal] as string;
  }

  windowPlanOf(regex: RegExp): WindowPlan | null {
    return this.windowPlans[this.numberOf(regex)] ?? null;
  }

  /** Finds the literals in `text`. */
  scan(text: string): LiteralHits {
    this.clearFound();
    const list: number[] = [];
    const starts: StartsByLiteral | undefined = text.length >= WINDOWS_FROM_LENGTH ? new Map() : undefined;
    this.automaton.scan(text, this.found, list, 0, text.length, starts);
    // Only a regex one of whose triggers is found can match; its condition is checked when asked.
    const verdicts = new Uint8Array(this.conditions.length).fill(cannot);
    for (const number of this.unconditional) verdicts[number] = unknown;
    for (const literal of list) for (const number of this.triggered[literal] as Int32Array) verdicts[number] = unknown;
    const hits = new LiteralHits(this, text, list, verdicts, starts === undefined ? undefined : new ScannedOccurrences(starts));
    this.foundOwner = hits;
    return hits;
  }

  /**
   * The literals of `text`, made from `before` (the hits of the text before some stretches were
   * replaced) by scanning only around the replacements (`edits`, in order, in `text`). A literal
   * that is new in `text` must overlap a replacement, so it is found; one that was replaced away
   * stays listed, which only means a regex is tested that could have been skipped. A regex found
   * unable to match before is asked again only if a new literal concerns it.
   */
  rescanAround(before: LiteralHits, text: string, edits: readonly Edit[]): LiteralHits {
    const reach = this.longestLiteral - 1;
    const found = this.foundIn(before);
    const list = [...before.literals];
    const known = list.length;
    // The stretches that can hold a new literal, joined where they meet, so each is scanned once.
    const regions: number[] = [];
    for (const { start, length } of edits) {
      const [from, to] = [Math.max(0, start - reach), Math.min(text.length, start + length + reach)];
      if (regions.length > 0 && from <= (regions[regions.length - 1] as number)) regions[regions.length - 1] = to;
      else regions.push(from, to);
    }
    const starts: StartsByLiteral | undefined = before.occurrences === undefined ? undefined : new Map();
    for (let at = 0; at < regions.length; at += 2) {
      this.automaton.scan(text, found, list, regions[at] as number, regions[at + 1] as number, starts);
    }
    const verdicts = before.verdicts.slice();
    for (let item = known; item < list.length; item += 1) {
      for (const number of this.mentionedBy[list[item] as number] as Int32Array) {
        if (verdicts[number] === cannot) verdicts[number] = unknown;
      }
    }
    const occurrences =
      before.occurrences === undefined || starts === undefined
        ? undefined
        : new EditedOccurrences(before.occurrences, (literal) => this.automaton.lengths[literal] as number, edits, Int32Array.from(regions), starts);
    const hits = new LiteralHits(this, text, list, verdicts, occurrences);
    this.foundOwner = hits;
    return hits;
  }
}

/** The window plan of one regex, or null when it has no bound or a match needs no literal. */
function windowPlan(query: LiteralQuery, regex: RegExp, idOf: ReadonlyMap<string, number>): WindowPlan | null {
  if (regex.sticky) return null;
  const reach = spaceReach(regex);
  if (reach === null) return null;
  const parts = query.kind === 'and' ? query.items : [query];
  const needs: Int32Array[] = [];
  for (const part of parts) {
    const literals = triggers(part);
    if (literals !== null) needs.push(Int32Array.from(new Set(literals), (literal) => idOf.get(literal) ?? -1));
  }
  if (needs.length === 0 || needs.some((literals) => literals.includes(-1))) return null;
  // A start is at most `consumed` spaces before the literal; the engine reads `behind` spaces
  // before it; one space more for a character peeked at, and one for the space before the start.
  return { needs, spacesBefore: reach.consumed + reach.behind + 3, spacesAfter: reach.ahead + 3 };
}
