/**
 * The labelled message format of the risk corpus and the blind sets (tests/fixtures/risk-*.tsv):
 * one parser, used by the tests, the training command and the evaluation command.
 *
 *   # a comment                                   (blank lines are ignored too)
 *   label<TAB>category<TAB>text                   older rows
 *   label<TAB>category<TAB>kind<TAB>text          newer rows
 *
 * `label` is risk or safe; a risk row names one of the risk categories, a safe row has "-".
 * `kind` is a fine-grained concept (`passive_wish`, `child_at_risk`, or for safe rows `idiom`,
 * `title_news`, ...), "-" when unknown. Pure: it parses a string; reading the file is the caller's.
 */

import { isRiskCategory, type RiskCategory } from './risk-categories';

interface LabelledMessageBase {
  /** 1-based line number in the source, for messages that point back at the row. */
  readonly line: number;
  /** Fine-grained concept, or undefined when the row has none or says "-". */
  readonly kind: string | undefined;
  /** The message exactly as written in the file. */
  readonly text: string;
}

export interface RiskMessage extends LabelledMessageBase {
  readonly label: 'risk';
  readonly category: RiskCategory;
}

export interface SafeMessage extends LabelledMessageBase {
  readonly label: 'safe';
  readonly category: undefined;
}

export type LabelledMessage = RiskMessage | SafeMessage;

/** A malformed row; the message names the source, the line number and the reason. */
export class LabelledMessagesError extends Error {
  constructor(
    readonly sourceName: string,
    readonly line: number,
    reason: string,
    raw: string,
  ) {
    super(`${sourceName} line ${line}: ${reason}: ${JSON.stringify(raw)}`);
    this.name = 'LabelledMessagesError';
  }
}

const kindPattern = /^[a-z][a-z0-9_]*$/;

/**
 * Parses a labelled message file. Every malformed row fails the whole parse, so a typo in a
 * fixture can never silently drop a message from a measurement.
 *
 * @param source - the file's text
 * @param sourceName - named in errors, e.g. "risk-corpus.tsv"
 * @returns the rows in file order
 * @throws LabelledMessagesError on a row with the wrong number of fields, an unknown label,
 *   category or kind, an empty text, or a text that repeats an earlier row's
 */
export function parseLabelledMessages(source: string, sourceName: string): LabelledMessage[] {
  const messages: LabelledMessage[] = [];
  const seen = new Map<string, number>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fail = (reason: string): never => {
      throw new LabelledMessagesError(sourceName, line, reason, raw);
    };
    const fields = raw.split('\t');
    if (fields.length !== 3 && fields.length !== 4) fail(`expected 3 or 4 tab-separated fields, got ${fields.length}`);
    const [label = '', category = '', ...rest] = fields;
    const text = rest[rest.length - 1] ?? '';
    const kindField = rest.length === 2 ? (rest[0] ?? '') : '-';
    if (kindField !== '-' && !kindPattern.test(kindField)) fail(`kind must be "-" or snake_case, got ${JSON.stringify(kindField)}`);
    const kind = kindField === '-' ? undefined : kindField;
    if (text.trim() === '') fail('empty text');
    const previous = seen.get(text);
    if (previous !== undefined) fail(`duplicate of line ${previous}`);
    seen.set(text, line);
    if (label === 'safe') {
      if (category !== '-') fail('a safe row has category "-"');
      messages.push({ line, label, category: undefined, kind, text });
    } else if (label === 'risk') {
      if (!isRiskCategory(category)) return fail(`unknown category ${JSON.stringify(category)}`);
      messages.push({ line, label, category, kind, text });
    } else {
      fail(`label must be risk or safe, got ${JSON.stringify(label)}`);
    }
  });
  return messages;
}
