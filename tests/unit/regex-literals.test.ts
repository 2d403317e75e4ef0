import { describe, expect, it } from 'vitest';
import { literalsOf, type LiteralQuery } from '../../src/domain/risk/literal-query';
import { requiredLiterals, substringGate } from '../../src/domain/risk/regex-literals';

/** Whether `text` satisfies `query`: the promise is that every text a regex matches in does. */
function holds(query: LiteralQuery, text: string): boolean {
  switch (query.kind) {
    case 'true':
      return true;
    case 'literal':
      return text.includes(query.text);
    case 'and':
      return query.items.every((item) => holds(item, text));
    case 'or':
      return query.items.some((item) => holds(item, text));
  }
}

const literal = (text: string): LiteralQuery => ({ kind: 'literal', text });
const or = (...texts: string[]): LiteralQuery => ({ kind: 'or', items: texts.map(literal) });
const and = (...items: LiteralQuery[]): LiteralQuery => ({ kind: 'and', items });

describe('requiredLiterals', () => {
  it.each<[string, RegExp, LiteralQuery, string[]]>([
    ['plain words', /\bwant to die\b/, literal('want to die'), ['i want to die']],
    ['a small alternation, multiplied out', /\bcut (?:my|her) (?:arm|leg)s?\b/, or('cut her arm', 'cut her leg', 'cut my arm', 'cut my leg'), ['he cut her legs']],
    ['an optional group', /\bi (?:really )?want to die\b/, or('i really wan', 'i want to di'), ['i want to die', 'i really want to die']],
    ['lookbehind and lookahead, which match no characters', /(?<!not )\bsuicidal(?= tonight)/, literal('suicidal'), ['i feel suicidal tonight']],
    ['a named group and its back-reference', /(?<word>kill) (?:my|\k<word>)self/, and(literal('kill '), literal('self')), ['kill myself', 'kill killself']],
    ['a numbered back-reference', /(hurt)(?:ing)? \1 myself/, and(or('hurt ', 'hurting '), literal(' myself')), ['hurting hurt myself']],
    ['a small character class', /\bpill[sz]\b/, or('pills', 'pillz'), ['some pills']],
    ['a large, negated or property class, which could be anything', /[a-z]+ly [^ ]+ \p{L}+ dying/u, and(literal('ly '), literal(' dying')), ['truly very sad dying']],
    ['digits and counted repeats', /take \d{2,} pills/, and(literal('take '), literal(' pills')), ['take 20 pills']],
    ['the g flag, which changes no match', /\bwant to die\b/g, literal('want to die'), ['want to die']],
  ])('%s', (_name, regex, query, examples) => {
    expect(requiredLiterals(regex)).toEqual(query);
    for (const example of examples) {
      expect(regex.test(example)).toBe(true);
      regex.lastIndex = 0;
      expect(holds(query, example)).toBe(true);
    }
  });

  it('reads characters beyond the Basic Multilingual Plane with the u flag', () => {
    expect(requiredLiterals(/\u{1F602} lol/u, 1)).toEqual(literal('😂 lol'));
  });

  it('asks for nothing from a case-insensitive regex, whose letters may be any case', () => {
    expect(requiredLiterals(/\bwant to die\b/i)).toEqual({ kind: 'true' });
  });

  it('leaves out literals shorter than the minimum length', () => {
    expect(literalsOf(requiredLiterals(/\bod\b/))).toEqual([]);
    expect(requiredLiterals(/\bod\b/, 1)).toEqual(literal('od'));
  });
});

describe('substringGate', () => {
  it("rules a text out only when it lacks a string every match contains (\"'re\")", () => {
    const mayMatch = substringGate(/'re\b/);
    expect(mayMatch("you're")).toBe(true);
    expect(mayMatch('you are')).toBe(false);
  });
});
