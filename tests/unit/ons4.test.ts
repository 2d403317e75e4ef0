import { describe, expect, it } from 'vitest';
import { ons4Band, ons4Change, ons4Questions, ons4ScaleHint, ons4Summary } from '../../src/domain/wellbeing/ons4';
import type { Ons4Answers, Ons4QuestionId } from '../../src/domain/wellbeing/wellbeing-record';

const at = '2026-04-04T08:00:00.000Z';

describe('ons4Questions', () => {
  it('asks the four questions in the ONS order with the official wording', () => {
    expect(ons4Questions.map((q) => [q.id, q.label, q.text])).toEqual([
      ['lifeSatisfaction', 'Life satisfaction', 'Overall, how satisfied are you with your life nowadays?'],
      ['worthwhile', 'Worthwhile', 'Overall, to what extent do you feel that the things you do in your life are worthwhile?'],
      ['happiness', 'Happiness yesterday', 'Overall, how happy did you feel yesterday?'],
      ['anxiety', 'Anxiety yesterday', 'Overall, how anxious did you feel yesterday?'],
    ]);
  });

  it('marks only anxiety as lower is better', () => {
    expect(ons4Questions.filter((q) => q.lowerIsBetter).map((q) => q.id)).toEqual(['anxiety']);
  });

  it('gives the 0 to 10 scale in the ONS words', () => {
    expect(ons4ScaleHint).toBe("Where 0 is 'not at all' and 10 is 'completely'.");
  });
});

describe('ons4Band', () => {
  const positive: readonly Ons4QuestionId[] = ['lifeSatisfaction', 'worthwhile', 'happiness'];

  it.each([
    [0, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [6, 'medium'],
    [7, 'high'],
    [8, 'high'],
    [9, 'very-high'],
    [10, 'very-high'],
  ] as const)('puts %i in the %s band for life satisfaction, worthwhile and happiness', (score, band) => {
    for (const question of positive) expect(ons4Band(question, score)).toBe(band);
  });

  it.each([
    [0, 'very-low'],
    [1, 'very-low'],
    [2, 'low'],
    [3, 'low'],
    [4, 'medium'],
    [5, 'medium'],
    [6, 'high'],
    [10, 'high'],
  ] as const)('puts an anxiety score of %i in the %s band', (score, band) => {
    expect(ons4Band('anxiety', score)).toBe(band);
  });

  it.each([-1, 11, 4.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s as a programmer error', (score) => {
    expect(() => ons4Band('happiness', score)).toThrow(RangeError);
    expect(() => ons4Band('anxiety', score)).toThrow(RangeError);
  });
});

describe('ons4Summary', () => {
  it('gives one line per question in order, saying lower is better for anxiety', () => {
    const answers: Ons4Answers = { at, scores: { anxiety: 3, happiness: 9, worthwhile: 5, lifeSatisfaction: 7 } };
    expect(ons4Summary(answers)).toEqual([
      'Life satisfaction: 7 (high)',
      'Worthwhile: 5 (medium)',
      'Happiness yesterday: 9 (very high)',
      'Anxiety yesterday: 3 (low; lower is better)',
    ]);
  });

  it('leaves out skipped questions and never adds a total', () => {
    const lines = ons4Summary({ at, scores: { worthwhile: 2, anxiety: 8 } });
    expect(lines).toEqual(['Worthwhile: 2 (low)', 'Anxiety yesterday: 8 (high; lower is better)']);
    expect(lines.join(' ')).not.toMatch(/total/i);
  });

  it('says very low for the lowest anxiety scores', () => {
    expect(ons4Summary({ at, scores: { anxiety: 0 } })).toEqual(['Anxiety yesterday: 0 (very low; lower is better)']);
  });

  it('is empty when every question was skipped', () => {
    expect(ons4Summary({ at, scores: {} })).toEqual([]);
  });
});

describe('ons4Change', () => {
  const previous: Ons4Answers = { at: '2026-03-07T10:00:00.000Z', scores: { lifeSatisfaction: 5, worthwhile: 6, happiness: 4, anxiety: 7 } };

  it('counts a rise as better for the positive questions and a fall as better for anxiety', () => {
    const latest: Ons4Answers = { at, scores: { lifeSatisfaction: 6, worthwhile: 6, happiness: 3, anxiety: 4 } };
    expect(ons4Change(previous, latest)).toEqual([
      { question: 'lifeSatisfaction', from: 5, to: 6, better: true },
      { question: 'worthwhile', from: 6, to: 6, better: undefined },
      { question: 'happiness', from: 4, to: 3, better: false },
      { question: 'anxiety', from: 7, to: 4, better: true },
    ]);
  });

  it('counts rising anxiety as worse', () => {
    expect(ons4Change({ at, scores: { anxiety: 2 } }, { at, scores: { anxiety: 5 } })).toEqual([
      { question: 'anxiety', from: 2, to: 5, better: false },
    ]);
  });

  it('only compares questions answered both times', () => {
    const latest: Ons4Answers = { at, scores: { lifeSatisfaction: 8, anxiety: 7 } };
    expect(ons4Change({ at, scores: { worthwhile: 3, anxiety: 7 } }, latest)).toEqual([
      { question: 'anxiety', from: 7, to: 7, better: undefined },
    ]);
  });

  it('has nothing to compare with on the first sitting', () => {
    expect(ons4Change(undefined, previous)).toEqual([]);
  });
});
