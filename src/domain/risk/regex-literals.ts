/**
 * Required literals of a regular expression: a cheap necessary condition for a match.
 *
 * `requiredLiterals(regex)` returns a query over literal strings ("suicid", "want to die",
 * "took "...) such that whenever the regex matches somewhere in a text, the text contains the
 * literals the query asks for (how: regex-tree-reader.ts). The risk check scans a message once for
 * every literal of every pattern (literal-scan.ts) and runs only the patterns whose query holds,
 * so no result changes: a pattern is skipped only when it cannot match.
 *
 * Pure: no I/O.
 */

import { commonSubstring, withoutRedundantLiterals, withoutShortLiterals, type LiteralQuery } from './literal-query';
import { LiteralReader } from './regex-tree-reader';

/** Literals shorter than this are too common to be worth scanning for: they ask for nothing instead. */
const DEFAULT_MINIMUM_LENGTH = 3;

/** The literals any match of `regex` needs in the text it runs on, leaving out those shorter than `minimumLength`. */
export function requiredLiterals(
  regex: RegExp,
  minimumLength = DEFAULT_MINIMUM_LENGTH,
  reader = new LiteralReader(),
): LiteralQuery {
  return withoutRedundantLiterals(withoutShortLiterals(reader.read(regex), minimumLength));
}

/** `requiredLiterals` of each regex, reading the groups they share only once. */
export function requiredLiteralsOfAll(regexes: readonly RegExp[]): LiteralQuery[] {
  const reader = new LiteralReader();
  return regexes.map((regex) => requiredLiterals(regex, DEFAULT_MINIMUM_LENGTH, reader));
}

/**
 * A quick test for one regex on its own: false only when `regex` cannot match `text`, because
 * `text` lacks a string that every match contains ("'re" for /'re\b/, " no " for /\bit no more\b/).
 */
export function substringGate(regex: RegExp): (text: string) => boolean {
  const needed = commonSubstring(requiredLiterals(regex, 1));
  return needed === '' ? () => true : (text) => text.includes(needed);
}
