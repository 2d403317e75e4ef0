import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as LiteralScan from '../../src/domain/risk/literal-scan';
import type * as RegexLiterals from '../../src/domain/risk/regex-literals';
import { normaliseText } from '../../src/domain/risk/normalise-text';
import { assessRisk } from '../../src/domain/risk/risk-check';

/**
 * The risk check builds its pre-filters at module load, from regexes it does not export. The
 * pre-filter modules are wrapped here to record exactly what they are given, so the test covers
 * every pattern the detector uses, whatever the pattern files hold today. (vi.mock is hoisted
 * above the imports, so the risk check is loaded with the wrappers in place.)
 */
const given = vi.hoisted(() => ({
  indexes: [] as Array<{ readonly index: LiteralScan.LiteralIndex; readonly regexes: readonly RegExp[] }>,
  gated: [] as Array<{ readonly regex: RegExp; readonly mayMatch: (text: string) => boolean }>,
}));

vi.mock('../../src/domain/risk/literal-scan', async (importOriginal) => {
  const original = await importOriginal<typeof LiteralScan>();
  class RecordedLiteralIndex extends original.LiteralIndex {
    constructor(regexes: readonly RegExp[]) {
      super(regexes);
      given.indexes.push({ index: this, regexes: [...regexes] });
    }
  }
  return { ...original, LiteralIndex: RecordedLiteralIndex };
});

vi.mock('../../src/domain/risk/regex-literals', async (importOriginal) => {
  const original = await importOriginal<typeof RegexLiterals>();
  return {
    ...original,
    substringGate: (regex: RegExp) => {
      const mayMatch = original.substringGate(regex);
      given.gated.push({ regex, mayMatch });
      return mayMatch;
    },
  };
});

/** The message of every row of a labelled file: the last field (older rows have 3 fields, newer 4). */
function messagesOf(file: string): string[] {
  return readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').at(-1) ?? '');
}

const messages = [...new Set([...messagesOf('risk-corpus.tsv'), ...messagesOf('risk-holdout-2026-11.tsv')])];
/** Each message as the patterns see it, and as typed (a pre-filter's promise holds for any text). */
const texts = [...new Set(messages.flatMap((message) => [normaliseText(message), message]))];

const stateless = new Map<RegExp, RegExp>();
/** `regex` tested on `text` from the start, without the state a global regex keeps between calls. */
function matches(regex: RegExp, text: string): boolean {
  let copy = stateless.get(regex);
  if (copy === undefined) {
    copy = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
    stateless.set(regex, copy);
  }
  return copy.test(text);
}

describe('the literal pre-filters of the risk check', () => {
  it('are built once at load, from the patterns of the risk check and of normalisation', () => {
    const built = given.indexes.length;
    assessRisk('warm up'); // the modules are loaded; nothing else builds an index
    expect(given.indexes.length).toBe(built);
    expect(built).toBeGreaterThanOrEqual(1);
    expect(Math.max(...given.indexes.map(({ regexes }) => regexes.length))).toBeGreaterThan(100);
    expect(given.gated.length).toBeGreaterThan(10);
  });

  it(`never skip a risk pattern that matches one of the ${messages.length} corpus messages`, () => {
    if (given.indexes.length === 0) throw new Error('the risk check built no literal index');
    const seen = [...new Set([...texts, ...texts.map((text) => text.toLowerCase())])];
    for (const { index, regexes } of given.indexes) {
      const wronglySkipped: string[] = [];
      let skipped = 0;
      for (const text of seen) {
        const hits = index.scan(text);
        for (const regex of regexes) {
          if (hits.mayMatch(regex)) continue;
          skipped += 1;
          if (matches(regex, text)) wronglySkipped.push(`${regex} on ${JSON.stringify(text)}`);
        }
      }
      expect(wronglySkipped.length, wronglySkipped.slice(0, 10).join('\n')).toBe(0);
      // Not vacuous: most patterns are skipped on most texts.
      expect(skipped).toBeGreaterThan((seen.length * regexes.length) / 2);
    }
  }, 300_000);

  it('never skip a normalisation rewrite that matches a corpus message', () => {
    const wronglySkipped: string[] = [];
    const lowercased = [...new Set(texts.map((text) => text.toLowerCase()))];
    for (const text of lowercased) {
      for (const { regex, mayMatch } of given.gated) {
        if (!mayMatch(text) && matches(regex, text)) wronglySkipped.push(`${regex} on ${JSON.stringify(text)}`);
      }
    }
    expect(wronglySkipped.length, wronglySkipped.slice(0, 10).join('\n')).toBe(0);
  });
});
