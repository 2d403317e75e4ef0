import { describe, expect, it } from 'vitest';
import { goalProgress } from '../../src/domain/wellbeing/goal-rules';
import { celebrationText, progressLine, ratingAcknowledgement, ratingScaleHint } from '../../src/domain/wellbeing/progress-summary';
import type { Goal, GoalStatus } from '../../src/domain/wellbeing/wellbeing-record';

function goalWith(scores: number[], status: GoalStatus = 'active', text = 'Sleep better'): Goal {
  return {
    id: 'goal-1',
    text,
    status,
    createdAt: '2025-01-06T09:00:00.000Z',
    statusChangedAt: '2025-01-06T09:00:00.000Z',
    ratings: scores.map((score, index) => ({ score, at: `2025-01-${String(6 + index).padStart(2, '0')}T09:00:00.000Z` })),
  };
}

/** Words a wellbeing companion should not use about someone's progress. */
const clinicalOrJudgemental = /\b(?:symptom|patient|clinical|treatment|disorder|fail|failed|failure|poor|worse|bad|should)\b/i;

describe('progressLine', () => {
  it.each([
    [[4, 7], 'Sleep better: 4 → 7, up 3'],
    [[4, 5], 'Sleep better: 4 → 5, up 1'],
    [[5, 3], 'Sleep better: 5 → 3, down 2'],
    [[6, 6], 'Sleep better: 6 → 6, no change'],
    [[2, 9, 6], 'Sleep better: 2 → 6, up 4'],
    [[0, 10], 'Sleep better: 0 → 10, up 10'],
    [[4], 'Sleep better: 4 (first rating)'],
    [[0], 'Sleep better: 0 (first rating)'],
    [[], 'Sleep better: not rated yet'],
  ])('shows ratings %j as %j', (scores, line) => {
    expect(progressLine(goalProgress(goalWith(scores)))).toBe(line);
  });

  it.each([
    ['paused', [4, 7], 'Sleep better: 4 → 7, up 3 (paused)'],
    ['achieved', [4, 10], 'Sleep better: 4 → 10, up 6 (achieved)'],
    ['retired', [5], 'Sleep better: 5 (first rating) (retired)'],
    ['paused', [], 'Sleep better: not rated yet (paused)'],
  ] as const)('marks a %s goal at the end', (status, scores, line) => {
    expect(progressLine(goalProgress(goalWith([...scores], status)))).toBe(line);
  });
});

describe('celebrationText', () => {
  it('recognises a rise of exactly 3, naming the goal and the change', () => {
    expect(celebrationText(goalProgress(goalWith([4, 7])))).toBe(
      "Sleep better has gone up 3 points since you first rated it. That's a meaningful change, and it comes from what you've been doing.",
    );
  });

  it('recognises a bigger rise', () => {
    expect(celebrationText(goalProgress(goalWith([1, 3, 8])))).toContain('gone up 7 points');
  });

  it.each([
    ['a rise of 2', [4, 6]],
    ['no change', [6, 6]],
    ['a fall of 3', [7, 4]],
    ['a fall of 5', [8, 3]],
    ['a single rating', [9]],
    ['no ratings', []],
  ])('says nothing special for %s', (_label, scores) => {
    expect(celebrationText(goalProgress(goalWith(scores)))).toBeUndefined();
  });

  it('recognises a meaningful rise on a paused goal', () => {
    expect(celebrationText(goalProgress(goalWith([2, 6], 'paused')))).toContain('gone up 4 points');
  });

  it.each([[[]], [[3]], [[7, 4]], [[2, 9]]])('recognises an achieved goal whatever its ratings (%j)', (scores) => {
    const text = celebrationText(goalProgress(goalWith(scores, 'achieved')));
    expect(text).toContain('Sleep better');
    expect(text).toContain('reached');
  });

  it('says nothing for a retired goal, even after a rise', () => {
    expect(celebrationText(goalProgress(goalWith([2, 9], 'retired')))).toBeUndefined();
  });

  it.each([[[4, 7], 'active'], [[], 'achieved']] as const)('is plain and warm: no exclamation marks or clinical words', (scores, status) => {
    const text = celebrationText(goalProgress(goalWith([...scores], status))) ?? '';
    expect(text).not.toBe('');
    expect(text).not.toContain('!');
    expect(text).not.toMatch(clinicalOrJudgemental);
  });
});

describe('ratingAcknowledgement', () => {
  it('notes a first rating and asks what helped', () => {
    expect(ratingAcknowledgement(undefined, 7)).toEqual({ text: "I've noted 7.", askWhatHelped: true });
  });

  it('notes a first rating of 0 kindly', () => {
    expect(ratingAcknowledgement(undefined, 0)).toEqual({ text: "I've noted 0.", askWhatHelped: true });
  });

  it('says where a small rise came from and asks what helped', () => {
    expect(ratingAcknowledgement(4, 6)).toEqual({ text: "I've noted 6. That's up from 4.", askWhatHelped: true });
  });

  it('recognises a rise of exactly 3 as a meaningful step', () => {
    const reply = ratingAcknowledgement(4, 7);
    expect(reply.text).toContain("That's up from 4.");
    expect(reply.text).toContain('meaningful');
    expect(reply.askWhatHelped).toBe(true);
  });

  it('does not call a rise of 2 meaningful', () => {
    expect(ratingAcknowledgement(4, 6).text).not.toContain('meaningful');
  });

  it('recognises holding steady and asks what helped', () => {
    expect(ratingAcknowledgement(6, 6)).toEqual({
      text: "I've noted 6. The same as last time. Holding steady counts.",
      askWhatHelped: true,
    });
  });

  it.each([
    [5, 4],
    [8, 2],
    [10, 0],
  ])('meets a fall from %i to %i kindly and does not ask what helped', (previous, score) => {
    const reply = ratingAcknowledgement(previous, score);
    expect(reply.askWhatHelped).toBe(false);
    expect(reply.text).toBe(`I've noted ${score}. Ups and downs are part of working towards something.`);
    expect(reply.text).toContain('Ups and downs are part of working towards something.');
    expect(reply.text).not.toContain('meaningful');
    expect(reply.text).not.toMatch(clinicalOrJudgemental);
  });

  it('leaves the thanks to the end of the check-in', () => {
    for (const [previous, score] of [[undefined, 5], [2, 9], [5, 5], [9, 2]] as const) {
      expect(ratingAcknowledgement(previous, score).text).not.toMatch(/thank/i);
    }
  });

  it('never uses an exclamation mark', () => {
    for (const [previous, score] of [[undefined, 5], [2, 9], [5, 5], [9, 2]] as const) {
      expect(ratingAcknowledgement(previous, score).text).not.toContain('!');
    }
  });
});

describe('ratingScaleHint', () => {
  it('explains both ends of the scale', () => {
    expect(ratingScaleHint).toBe("0 means not at all close, 10 means you've reached it.");
  });
});
