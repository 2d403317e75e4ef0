import { describe, expect, it } from 'vitest';
import {
  activeGoals,
  addGoal,
  currentGoals,
  goalProgress,
  maxActiveGoals,
  meaningfulChange,
  progressAsRated,
  rateGoal,
  setGoalStatus,
  type GoalChange,
} from '../../src/domain/wellbeing/goal-rules';
import { emptyWellbeingRecord, type Goal, type GoalStatus, type WellbeingRecord } from '../../src/domain/wellbeing/wellbeing-record';

const start = '2025-01-06T09:00:00.000Z';
const later = '2025-01-13T09:00:00.000Z';
const latest = '2025-01-20T09:00:00.000Z';

/** The record from a change that must have worked. */
function recordOf(change: GoalChange): WellbeingRecord {
  if (!change.ok) throw new Error(`expected the change to work, got ${change.reason}`);
  return change.record;
}

/** A record holding one goal per text, all active, added in order. */
function withGoals(...texts: string[]): WellbeingRecord {
  return texts.reduce(
    (record, text, index) => recordOf(addGoal(record, { id: `goal-${index + 1}`, text, at: start })),
    emptyWellbeingRecord(start),
  );
}

function goalWith(scores: number[], status: GoalStatus = 'active'): Goal {
  return {
    id: 'goal-1',
    text: 'Sleep better',
    status,
    createdAt: start,
    statusChangedAt: start,
    ratings: scores.map((score, index) => ({ score, at: `2025-01-${String(6 + index).padStart(2, '0')}T09:00:00.000Z` })),
  };
}

/** A deep copy to compare against afterwards, so any mutation shows up. */
function snapshot(record: WellbeingRecord): WellbeingRecord {
  return structuredClone(record);
}

describe('the goal limits', () => {
  it('allows five active goals and counts a GBO change of 3 as meaningful', () => {
    expect(maxActiveGoals).toBe(5);
    expect(meaningfulChange).toBe(3);
  });
});

describe('addGoal', () => {
  it('adds an active goal with no ratings, stamped with the time given', () => {
    const record = emptyWellbeingRecord(start);
    const change = addGoal(record, { id: 'goal-1', text: 'Sleep better', at: later });

    const goal: Goal = { id: 'goal-1', text: 'Sleep better', status: 'active', createdAt: later, statusChangedAt: later, ratings: [] };
    expect(change).toEqual({ ok: true, goal, record: { ...record, goals: [goal], updatedAt: later } });
  });

  it('records a first rating when a score is given, with its note', () => {
    const change = addGoal(emptyWellbeingRecord(start), { id: 'goal-1', text: 'Sleep better', at: later, score: 4, note: 'early days' });
    expect(change.ok && change.goal.ratings).toEqual([{ score: 4, at: later, note: 'early days' }]);
  });

  it('records a first rating without a note property when no note is given', () => {
    const change = addGoal(emptyWellbeingRecord(start), { id: 'goal-1', text: 'Sleep better', at: later, score: 0 });
    expect(change.ok && change.goal.ratings).toEqual([{ score: 0, at: later }]);
    expect(change.ok && Object.keys(change.goal.ratings[0] ?? {})).toEqual(['score', 'at']);
  });

  it('keeps existing goals in order and puts the new one last', () => {
    const record = recordOf(addGoal(withGoals('Sleep better', 'Walk more'), { id: 'goal-3', text: 'Cook twice a week', at: later }));
    expect(record.goals.map((goal) => goal.text)).toEqual(['Sleep better', 'Walk more', 'Cook twice a week']);
  });

  it('does not change the record it was given', () => {
    const record = withGoals('Sleep better');
    const before = snapshot(record);
    addGoal(record, { id: 'goal-2', text: 'Walk more', at: later, score: 3 });
    expect(record).toEqual(before);
  });

  it('allows a fifth active goal but refuses a sixth', () => {
    const four = withGoals('One', 'Two', 'Three', 'Four');
    const five = recordOf(addGoal(four, { id: 'goal-5', text: 'Five', at: later }));
    expect(activeGoals(five)).toHaveLength(5);
    expect(addGoal(five, { id: 'goal-6', text: 'Six', at: later })).toEqual({ ok: false, reason: 'too-many-active' });
  });

  it('makes room again when an active goal is paused, achieved or retired', () => {
    const five = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    const paused = recordOf(setGoalStatus(five, 'goal-1', 'paused', later));
    expect(addGoal(paused, { id: 'goal-6', text: 'Six', at: later }).ok).toBe(true);
  });

  it.each([
    ['sleep better', 'Sleep better'],
    ['SLEEP BETTER!', 'Sleep better'],
    ['Sleep  better.', 'Sleep better'],
    ["Don't worry so much", 'Dont worry so much'],
  ])('refuses %j as a duplicate of the current goal %j', (text, existing) => {
    expect(addGoal(withGoals(existing), { id: 'goal-new', text, at: later })).toEqual({ ok: false, reason: 'duplicate' });
  });

  it('refuses a duplicate of a paused goal', () => {
    const paused = recordOf(setGoalStatus(withGoals('Sleep better'), 'goal-1', 'paused', later));
    expect(addGoal(paused, { id: 'goal-2', text: 'sleep better', at: later })).toEqual({ ok: false, reason: 'duplicate' });
  });

  it.each<GoalStatus>(['achieved', 'retired'])('allows the same words again once the old goal is %s', (status) => {
    const done = recordOf(setGoalStatus(withGoals('Sleep better'), 'goal-1', status, later));
    const change = addGoal(done, { id: 'goal-2', text: 'Sleep better', at: latest });
    expect(change.ok && change.record.goals.map((goal) => [goal.id, goal.status])).toEqual([
      ['goal-1', status],
      ['goal-2', 'active'],
    ]);
  });

  it('refuses a goal whose id is already taken', () => {
    expect(addGoal(withGoals('Sleep better'), { id: 'goal-1', text: 'Walk more', at: later })).toEqual({ ok: false, reason: 'duplicate' });
  });

  it.each([-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a first score of %s', (score) => {
    expect(addGoal(emptyWellbeingRecord(start), { id: 'goal-1', text: 'Sleep better', at: later, score })).toEqual({
      ok: false,
      reason: 'invalid-score',
    });
  });

  it.each([0, 10])('accepts a first score of %s', (score) => {
    expect(addGoal(emptyWellbeingRecord(start), { id: 'goal-1', text: 'Sleep better', at: later, score }).ok).toBe(true);
  });

  it('reports the goal limit before a duplicate', () => {
    const five = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    expect(addGoal(five, { id: 'goal-6', text: 'One', at: later })).toEqual({ ok: false, reason: 'too-many-active' });
  });
});

describe('activeGoals and currentGoals', () => {
  const record = (() => {
    let r = withGoals('One', 'Two', 'Three', 'Four');
    r = recordOf(setGoalStatus(r, 'goal-1', 'paused', later));
    r = recordOf(setGoalStatus(r, 'goal-2', 'achieved', later));
    r = recordOf(setGoalStatus(r, 'goal-3', 'retired', later));
    return r;
  })();

  it('lists only active goals, oldest first', () => {
    const r = recordOf(addGoal(record, { id: 'goal-5', text: 'Five', at: latest }));
    expect(activeGoals(r).map((goal) => goal.id)).toEqual(['goal-4', 'goal-5']);
  });

  it('lists active and paused goals, oldest first', () => {
    expect(currentGoals(record).map((goal) => goal.id)).toEqual(['goal-1', 'goal-4']);
  });

  it('finds nothing in an empty record', () => {
    expect(activeGoals(emptyWellbeingRecord(start))).toEqual([]);
    expect(currentGoals(emptyWellbeingRecord(start))).toEqual([]);
  });
});

describe('rateGoal', () => {
  it('appends the rating, keeps the goal in place and moves updatedAt on', () => {
    const record = withGoals('Sleep better', 'Walk more');
    const change = rateGoal(record, 'goal-1', { score: 6, at: later, note: 'walking helped' });

    expect(change.ok).toBe(true);
    const rated = recordOf(change);
    expect(rated.goals.map((goal) => goal.id)).toEqual(['goal-1', 'goal-2']);
    expect(rated.goals[0]?.ratings).toEqual([{ score: 6, at: later, note: 'walking helped' }]);
    expect(rated.goals[1]).toBe(record.goals[1]);
    expect(rated.updatedAt).toBe(later);
    expect(change.ok && change.goal).toEqual(rated.goals[0]);
  });

  it('keeps earlier ratings in the order given', () => {
    const once = recordOf(rateGoal(withGoals('Sleep better'), 'goal-1', { score: 3, at: later }));
    const twice = recordOf(rateGoal(once, 'goal-1', { score: 5, at: latest }));
    expect(twice.goals[0]?.ratings.map((rating) => rating.score)).toEqual([3, 5]);
  });

  it('does not change the record or the rating it was given', () => {
    const record = withGoals('Sleep better');
    const before = snapshot(record);
    const rating = { score: 6, at: later };
    const rated = recordOf(rateGoal(record, 'goal-1', rating));
    expect(record).toEqual(before);
    expect(rated.goals[0]?.ratings[0]).not.toBe(rating);
  });

  it('does not touch the status change time', () => {
    const rated = recordOf(rateGoal(withGoals('Sleep better'), 'goal-1', { score: 6, at: later }));
    expect(rated.goals[0]?.statusChangedAt).toBe(start);
  });

  it('reports a goal that does not exist', () => {
    expect(rateGoal(withGoals('Sleep better'), 'goal-9', { score: 6, at: later })).toEqual({ ok: false, reason: 'not-found' });
  });

  it.each<GoalStatus>(['paused', 'achieved', 'retired'])('does not rate a %s goal', (status) => {
    const record = recordOf(setGoalStatus(withGoals('Sleep better'), 'goal-1', status, later));
    expect(rateGoal(record, 'goal-1', { score: 6, at: latest })).toEqual({ ok: false, reason: 'not-active' });
  });

  it.each([-1, 11, 6.5, Number.NaN])('refuses a score of %s', (score) => {
    expect(rateGoal(withGoals('Sleep better'), 'goal-1', { score, at: later })).toEqual({ ok: false, reason: 'invalid-score' });
  });
});

describe('setGoalStatus', () => {
  it.each<GoalStatus>(['paused', 'achieved', 'retired'])('marks an active goal %s and stamps the change', (status) => {
    const change = setGoalStatus(withGoals('Sleep better', 'Walk more'), 'goal-2', status, later);
    const record = recordOf(change);
    expect(record.goals.map((goal) => goal.status)).toEqual(['active', status]);
    expect(record.goals[1]?.statusChangedAt).toBe(later);
    expect(record.goals[1]?.createdAt).toBe(start);
    expect(record.updatedAt).toBe(later);
    expect(change.ok && change.goal.status).toBe(status);
  });

  it('does not change the record it was given', () => {
    const record = withGoals('Sleep better');
    const before = snapshot(record);
    setGoalStatus(record, 'goal-1', 'paused', later);
    expect(record).toEqual(before);
  });

  it('resumes a paused goal when there is room', () => {
    const paused = recordOf(setGoalStatus(withGoals('Sleep better'), 'goal-1', 'paused', later));
    const resumed = recordOf(setGoalStatus(paused, 'goal-1', 'active', latest));
    expect(resumed.goals[0]).toMatchObject({ status: 'active', statusChangedAt: latest });
  });

  it('blocks resuming a paused goal when five goals are already active', () => {
    let record = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    record = recordOf(setGoalStatus(record, 'goal-1', 'paused', later));
    record = recordOf(addGoal(record, { id: 'goal-6', text: 'Six', at: later }));
    expect(activeGoals(record)).toHaveLength(5);
    expect(setGoalStatus(record, 'goal-1', 'active', latest)).toEqual({ ok: false, reason: 'too-many-active' });
  });

  it.each<GoalStatus>(['achieved', 'retired'])('blocks reopening an %s goal when five goals are already active', (status) => {
    let record = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    record = recordOf(setGoalStatus(record, 'goal-1', status, later));
    record = recordOf(addGoal(record, { id: 'goal-6', text: 'Six', at: later }));
    expect(setGoalStatus(record, 'goal-1', 'active', latest)).toEqual({ ok: false, reason: 'too-many-active' });
  });

  it('lets a goal be paused or finished when five are active', () => {
    const five = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    expect(setGoalStatus(five, 'goal-3', 'achieved', later).ok).toBe(true);
  });

  it('accepts the status a goal already has without restamping it', () => {
    const paused = recordOf(setGoalStatus(withGoals('Sleep better'), 'goal-1', 'paused', later));
    const again = setGoalStatus(paused, 'goal-1', 'paused', latest);
    expect(again).toEqual({ ok: true, record: paused, goal: paused.goals[0] });
  });

  it('accepts keeping an active goal active even at the limit', () => {
    const five = withGoals('One', 'Two', 'Three', 'Four', 'Five');
    expect(setGoalStatus(five, 'goal-5', 'active', later)).toEqual({ ok: true, record: five, goal: five.goals[4] });
  });

  it('reports a goal that does not exist', () => {
    expect(setGoalStatus(withGoals('Sleep better'), 'nope', 'paused', later)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('keeps the ratings when the status changes', () => {
    const rated = recordOf(rateGoal(withGoals('Sleep better'), 'goal-1', { score: 4, at: later }));
    const achieved = recordOf(setGoalStatus(rated, 'goal-1', 'achieved', latest));
    expect(achieved.goals[0]?.ratings).toEqual([{ score: 4, at: later }]);
  });
});

describe('goalProgress', () => {
  it('reports a goal with no ratings as not rated', () => {
    const goal = goalWith([]);
    expect(goalProgress(goal)).toEqual({ goal, meaningful: false, direction: 'not-rated' });
  });

  it('reports a single rating as both first and latest, with no change', () => {
    const progress = goalProgress(goalWith([4]));
    expect(progress.direction).toBe('one-rating');
    expect(progress.first?.score).toBe(4);
    expect(progress.latest).toBe(progress.first);
    expect(progress.change).toBeUndefined();
    expect(progress.meaningful).toBe(false);
  });

  it.each([
    { scores: [4, 7], change: 3, direction: 'up', meaningful: true },
    { scores: [4, 6], change: 2, direction: 'up', meaningful: false },
    { scores: [0, 10], change: 10, direction: 'up', meaningful: true },
    { scores: [6, 6], change: 0, direction: 'same', meaningful: false },
    { scores: [7, 4], change: -3, direction: 'down', meaningful: false },
    { scores: [5, 3], change: -2, direction: 'down', meaningful: false },
    { scores: [2, 9, 5], change: 3, direction: 'up', meaningful: true },
    { scores: [5, 1, 5], change: 0, direction: 'same', meaningful: false },
  ])('compares first with latest for $scores', ({ scores, change, direction, meaningful }) => {
    const progress = goalProgress(goalWith(scores));
    expect(progress).toMatchObject({ change, direction, meaningful });
    expect(progress.first?.score).toBe(scores[0]);
    expect(progress.latest?.score).toBe(scores[scores.length - 1]);
  });

  it('works for goals that are no longer active', () => {
    expect(goalProgress(goalWith([2, 8], 'achieved'))).toMatchObject({ change: 6, direction: 'up', meaningful: true });
  });
});

describe('progressAsRated', () => {
  it('stops at the given rating, leaving out ratings given after it (in another conversation)', () => {
    const goal = goalWith([4, 6, 9]);
    const progress = progressAsRated(goal, goal.ratings[1]?.at ?? '');
    expect(progress).toMatchObject({ change: 2, direction: 'up', meaningful: false });
    expect(progress?.latest?.score).toBe(6);
  });

  it('is the whole progress when the given rating is the latest', () => {
    const goal = goalWith([2, 9, 5]);
    expect(progressAsRated(goal, goal.ratings[2]?.at ?? '')).toEqual(goalProgress(goal));
  });

  it('is undefined when that rating is no longer in the record', () => {
    expect(progressAsRated(goalWith([4, 6]), later)).toBeUndefined();
  });
});
