import { describe, expect, it } from 'vitest';
import { LabelledMessagesError, parseLabelledMessages } from '../../src/domain/risk/labelled-messages';
import { riskCategories as categoriesForModel } from '../../src/domain/risk/risk-categories';
import { riskCategories } from '../../src/domain/risk/risk-check';

const parse = (source: string) => parseLabelledMessages(source, 'test.tsv');
const failure = (source: string): string => {
  try {
    parse(source);
  } catch (error) {
    expect(error).toBeInstanceOf(LabelledMessagesError);
    return (error as Error).message;
  }
  throw new Error('expected the parse to fail');
};

describe('parseLabelledMessages', () => {
  it('reads older 3-field rows and newer 4-field rows, skipping comments and blank lines', () => {
    const source = [
      '# a comment',
      'risk\tsuicide_self_harm\tI want to end my life',
      '',
      'safe\t-\tthis traffic is killing me',
      'risk\tabuse_safeguarding\tchild_at_risk\tmy step dad hurts my little brother',
      'safe\t-\tidiom\tI could murder a curry',
      'risk\toverdose\t-\ttook all my tablets',
      '   ',
    ].join('\n');
    expect(parse(source)).toEqual([
      { line: 2, label: 'risk', category: 'suicide_self_harm', kind: undefined, text: 'I want to end my life' },
      { line: 4, label: 'safe', category: undefined, kind: undefined, text: 'this traffic is killing me' },
      { line: 5, label: 'risk', category: 'abuse_safeguarding', kind: 'child_at_risk', text: 'my step dad hurts my little brother' },
      { line: 6, label: 'safe', category: undefined, kind: 'idiom', text: 'I could murder a curry' },
      { line: 7, label: 'risk', category: 'overdose', kind: undefined, text: 'took all my tablets' },
    ]);
  });

  it('accepts Windows line endings and keeps curly apostrophes and capitals as written', () => {
    expect(parse('risk\tsuicide_self_harm\tI’m DONE\r\nsafe\t-\tok\r\n').map(({ text }) => text)).toEqual(['I’m DONE', 'ok']);
  });

  it.each([
    ['risk\tsuicide_self_harm', 'line 1: expected 3 or 4 tab-separated fields, got 2'],
    ['risk\tsuicide_self_harm\tkind\tmore\ttext', 'line 1: expected 3 or 4 tab-separated fields, got 5'],
    ['maybe\t-\thello', 'line 1: label must be risk or safe, got "maybe"'],
    ['risk\tsadness\thello', 'line 1: unknown category "sadness"'],
    ['risk\t-\thello', 'line 1: unknown category "-"'],
    ['safe\toverdose\thello', 'line 1: a safe row has category "-"'],
    ['safe\t-\t  ', 'line 1: empty text'],
    ['safe\t-\tTitle News\thello', 'line 1: kind must be "-" or snake_case, got "Title News"'],
  ])('rejects the malformed row %j with its line number', (row, message) => {
    expect(failure(`# header\n${row}`)).toContain(message.replace('line 1', 'test.tsv line 2'));
  });

  it('rejects a text that repeats an earlier row, naming both lines', () => {
    expect(failure('safe\t-\thello\n\nrisk\tsuicide_self_harm\t-\thello')).toContain('test.tsv line 3: duplicate of line 1');
  });
});

describe('risk categories', () => {
  it('are the same list for the rules and for the learned model', () => {
    expect([...categoriesForModel]).toEqual([...riskCategories]);
  });
});
