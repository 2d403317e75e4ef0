/**
 * Conditions on which literal strings a text contains ("suicid", "want to die", "took "), and
 * the pieces of a regex they are worked out from. regex-tree-reader.ts reads a regex into pieces,
 * whose query holds for every text the regex can match in; literal-scan.ts checks many queries
 * against a text at once.
 *
 * Pure: no I/O.
 */

/** A condition on which literal strings a text contains: `true` asks for nothing. */
export type LiteralQuery =
  | { readonly kind: 'true' }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'and' | 'or'; readonly items: readonly LiteralQuery[] };

/** Past this many strings a finite set is no longer tracked exactly (it asks for nothing instead). */
const MAX_EXACT_STRINGS = 64;
/**
 * Longer literals are cut to this length (a text containing a string contains its prefix): a
 * longer literal is hardly more selective, and every character is a state of the automaton.
 */
const MAX_LITERAL_LENGTH = 12;

export const always: LiteralQuery = { kind: 'true' };

/** Nested conditions of the same kind, flattened: and(a, and(b, c)) is and(a, b, c). Items are flat already. */
function flatten(kind: 'and' | 'or', items: readonly LiteralQuery[]): LiteralQuery[] {
  const flat: LiteralQuery[] = [];
  for (const item of items) {
    if (item.kind === kind) flat.push(...item.items);
    else flat.push(item);
  }
  return flat;
}

export function allOf(items: readonly LiteralQuery[]): LiteralQuery {
  const kept = flatten('and', items).filter((item) => item.kind !== 'true');
  if (kept.length === 0) return always;
  return kept.length === 1 ? (kept[0] as LiteralQuery) : { kind: 'and', items: kept };
}

export function anyOf(items: readonly LiteralQuery[]): LiteralQuery {
  const flat = flatten('or', items);
  if (flat.length === 0 || flat.some((item) => item.kind === 'true')) return always;
  return flat.length === 1 ? (flat[0] as LiteralQuery) : { kind: 'or', items: flat };
}

/** One of `strings` (each cut to MAX_LITERAL_LENGTH); asks for nothing if one of them is empty. */
export function anyString(strings: readonly string[]): LiteralQuery {
  if (strings.includes('')) return always;
  const texts = new Set<string>();
  for (const text of strings) texts.add(text.slice(0, MAX_LITERAL_LENGTH));
  const items = [...texts].map((text): LiteralQuery => ({ kind: 'literal', text }));
  return items.length === 1 ? (items[0] as LiteralQuery) : { kind: 'or', items };
}

/** The query without literals shorter than `minimumLength`, which ask for nothing instead. */
export function withoutShortLiterals(query: LiteralQuery, minimumLength: number): LiteralQuery {
  if (query.kind === 'literal') return query.text.length < minimumLength ? always : query;
  if (query.kind === 'true') return query;
  const items = query.items.map((item) => withoutShortLiterals(item, minimumLength));
  return query.kind === 'and' ? allOf(items) : anyOf(items);
}

/** Drops the literals of an `or` that start with another of its literals: "want to" or "want to die" is "want to". */
export function withoutRedundantLiterals(query: LiteralQuery): LiteralQuery {
  if (query.kind === 'and') return { kind: 'and', items: query.items.map(withoutRedundantLiterals) };
  if (query.kind !== 'or') return query;
  const texts: string[] = [];
  const kept: LiteralQuery[] = [];
  for (const item of query.items) {
    if (item.kind === 'literal') texts.push(item.text);
    else kept.push(withoutRedundantLiterals(item));
  }
  // Sorted, a literal's prefixes come before it, and so does every literal between them and it.
  let shortest: string | undefined;
  for (const text of texts.sort()) {
    if (shortest !== undefined && text.startsWith(shortest)) continue;
    shortest = text;
    kept.push({ kind: 'literal', text });
  }
  return kept.length === 1 ? (kept[0] as LiteralQuery) : { kind: 'or', items: kept };
}

/** Every literal a query mentions. */
export function literalsOf(query: LiteralQuery): string[] {
  if (query.kind === 'true') return [];
  if (query.kind === 'literal') return [query.text];
  return query.items.flatMap(literalsOf);
}

/** The longest string contained in every one of `texts` ('' if there is none). */
function longestCommonSubstring(texts: readonly string[]): string {
  const [shortest = ''] = [...texts].sort((a, b) => a.length - b.length);
  for (let length = shortest.length; length > 0; length -= 1) {
    for (let start = 0; start + length <= shortest.length; start += 1) {
      const candidate = shortest.slice(start, start + length);
      if (texts.every((text) => text.includes(candidate))) return candidate;
    }
  }
  return '';
}

/** One string that every text satisfying `query` contains ('' if none is known). */
export function commonSubstring(query: LiteralQuery): string {
  if (query.kind === 'true') return '';
  if (query.kind === 'literal') return query.text;
  const parts = query.items.map(commonSubstring);
  if (query.kind === 'and') return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return parts.includes('') ? '' : longestCommonSubstring(parts);
}

/** A list of strings (repeats allowed: they are removed only when they become literals). */
type Strings = readonly string[];

/**
 * What is known about a piece of a regex: `exact` is every string it can match, when that list
 * is short and finite (else null); `query()` holds for every text containing one of its matches.
 * The query is worked out only when asked for: most pieces are exact and only their strings count.
 */
export interface Piece {
  readonly exact: Strings | null;
  readonly query: () => LiteralQuery;
}

const askNothing = (): LiteralQuery => always;
const nothingYet: Strings = [''];
export const emptyString: Piece = { exact: nothingYet, query: askNothing };
export const anyText: Piece = { exact: null, query: askNothing };

function once(work: () => LiteralQuery): () => LiteralQuery {
  let result: LiteralQuery | undefined;
  return () => (result ??= work());
}

/** Every string of `left` followed by every string of `right`, or null if that is too many. */
function product(left: Strings, right: Strings): Strings | null {
  if (left.length * right.length > MAX_EXACT_STRINGS) return null;
  if (left.length === 1 && left[0] === '') return right;
  if (right.length === 1 && right[0] === '') return left;
  const result: string[] = [];
  for (const a of left) for (const b of right) result.push(a + b);
  return result;
}

export function exactly(strings: Strings): Piece {
  return { exact: strings, query: once(() => anyString(strings)) };
}

/** A sequence matches the concatenation of its parts: every part's query must hold. */
export function sequence(parts: readonly Piece[]): Piece {
  const conditions: Array<() => LiteralQuery> = [];
  // `run` is the exact product of the latest parts, joined into longer (more selective) literals;
  // while `exact` holds, it is the whole sequence so far.
  let run: Strings = nothingYet;
  let exact = true;
  const closeRun = (strings: Strings): void => {
    conditions.push(() => anyString(strings));
  };
  for (const part of parts) {
    if (part.exact === null) {
      exact = false;
      closeRun(run);
      conditions.push(part.query);
      run = nothingYet;
      continue;
    }
    const joined = product(run, part.exact);
    if (joined !== null) {
      run = joined;
    } else {
      exact = false;
      closeRun(run);
      run = part.exact;
    }
  }
  if (exact) return exactly(run);
  closeRun(run);
  return { exact: null, query: once(() => allOf(conditions.map((condition) => condition()))) };
}

/** An alternation matches one of its branches: one branch's query must hold. */
export function alternation(branches: readonly Piece[]): Piece {
  let exact: string[] | null = [];
  for (const branch of branches) {
    if (branch.exact === null || exact.length + branch.exact.length > MAX_EXACT_STRINGS) {
      exact = null;
      break;
    }
    exact.push(...branch.exact);
  }
  return { exact, query: once(() => anyOf(branches.map((branch) => branch.query()))) };
}

export function repeat(piece: Piece, min: number, max: number): Piece {
  let exact: string[] | null = null;
  if (piece.exact !== null && Number.isFinite(max)) {
    exact = min === 0 ? [''] : [];
    let power: Strings | null = nothingYet;
    for (let count = 1; count <= max && exact !== null && power !== null; count += 1) {
      power = product(power, piece.exact);
      if (power === null || exact.length + power.length > MAX_EXACT_STRINGS) exact = null;
      else if (count >= min) exact.push(...power);
    }
  }
  return { exact, query: min >= 1 ? piece.query : askNothing };
}
