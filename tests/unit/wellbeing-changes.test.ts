import { describe, expect, it } from 'vitest';
import {
  markOffered,
  maxNoteLength,
  noteRating,
  previousOns4,
  recordConnection,
  recordOns4,
  setPreferences,
  setRepeatMeasures,
} from '../../src/domain/wellbeing/wellbeing-changes';
import {
  emptyWellbeingRecord,
  type CheckInPreferences,
  type ConnectionAnswers,
  type Goal,
  type MeasureId,
  type Ons4Answers,
  type WellbeingRecord,
} from '../../src/domain/wellbeing/wellbeing-record';

const created = '2026-03-02T09:00:00.000Z';
const firstRating = '2026-03-09T09:00:00.000Z';
const secondRating = '2026-03-16T09:00:00.000Z';
const noted = '2026-03-16T09:05:00.000Z';
const later = '2026-04-13T10:00:00.000Z';

/** Freezes a value and everything inside it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function goal(id: string, ratingTimes: readonly string[]): Goal {
  return {
    id,
    text: `Goal ${id}`,
    status: 'active',
    createdAt: created,
    statusChangedAt: created,
    ratings: ratingTimes.map((at, index) => ({ score: index + 3, at })),
  };
}

/** A frozen record with two goals: goal-1 rated twice, goal-2 rated once (at the same instant as goal-1's second rating). */
function recordWithRatings(): WellbeingRecord {
  return deepFreeze({
    ...emptyWellbeingRecord(created),
    goals: [goal('goal-1', [firstRating, secondRating]), goal('goal-2', [secondRating])],
  });
}

function ons4(at: string, happiness: number): Ons4Answers {
  return { at, scores: { lifeSatisfaction: 7, worthwhile: 8, happiness, anxiety: 3 } };
}

describe('noteRating', () => {
  it('adds the note to the rating given at that instant and nothing else', () => {
    const record = recordWithRatings();
    const result = noteRating(record, 'goal-1', secondRating, 'walking', noted);
    expect(result?.goals).toEqual([
      { ...goal('goal-1', []), ratings: [{ score: 3, at: firstRating }, { score: 4, at: secondRating, note: 'walking' }] },
      goal('goal-2', [secondRating]),
    ]);
  });

  it('marks the record updated at the time of the note and keeps the rest', () => {
    const record = recordWithRatings();
    const result = noteRating(record, 'goal-1', firstRating, 'walking', noted);
    expect(result?.updatedAt).toBe(noted);
    expect(result?.createdAt).toBe(created);
    expect(result?.ons4).toBe(record.ons4);
    expect(result?.lastOffered).toBe(record.lastOffered);
  });

  it('trims the note', () => {
    const result = noteRating(recordWithRatings(), 'goal-1', firstRating, '  no caffeine after 2pm \n', noted);
    expect(result?.goals[0]?.ratings[0]?.note).toBe('no caffeine after 2pm');
  });

  it.each([
    ['exactly the limit', 'a'.repeat(maxNoteLength), 'a'.repeat(maxNoteLength)],
    ['one over the limit', 'a'.repeat(maxNoteLength + 1), 'a'.repeat(maxNoteLength)],
    ['far over the limit', 'b'.repeat(maxNoteLength * 3), 'b'.repeat(maxNoteLength)],
    ['over the limit only before trimming', `   ${'c'.repeat(maxNoteLength)}   `, 'c'.repeat(maxNoteLength)],
  ])('keeps at most maxNoteLength characters of a note %s', (_case, note, kept) => {
    const result = noteRating(recordWithRatings(), 'goal-1', firstRating, note, noted);
    expect(result?.goals[0]?.ratings[0]?.note).toBe(kept);
  });

  it('replaces an earlier note on the same rating', () => {
    const once = noteRating(recordWithRatings(), 'goal-1', firstRating, 'walking', noted);
    if (once === undefined) throw new Error('expected the first note to be kept');
    const twice = noteRating(deepFreeze(once), 'goal-1', firstRating, 'sleeping early', later);
    expect(twice?.goals[0]?.ratings[0]).toEqual({ score: 3, at: firstRating, note: 'sleeping early' });
    expect(twice?.updatedAt).toBe(later);
  });

  it.each([
    ['the goal is not there', 'goal-9', firstRating],
    ['the goal has no rating at that instant', 'goal-1', later],
    ['only another goal has a rating at that instant', 'goal-2', firstRating],
  ])('returns undefined when %s', (_case, goalId, ratingAt) => {
    expect(noteRating(recordWithRatings(), goalId, ratingAt, 'walking', noted)).toBeUndefined();
  });

  it('returns undefined for a record with no goals', () => {
    expect(noteRating(deepFreeze(emptyWellbeingRecord(created)), 'goal-1', firstRating, 'walking', noted)).toBeUndefined();
  });

  it('never changes the record it is given', () => {
    const record = recordWithRatings();
    const before = structuredClone(record);
    noteRating(record, 'goal-1', secondRating, 'walking', noted);
    expect(record).toEqual(before);
  });
});

describe('recordOns4', () => {
  it('appends the sitting after earlier ones', () => {
    const first = ons4(firstRating, 5);
    const second = ons4(later, 7);
    const record = recordOns4(deepFreeze(recordOns4(deepFreeze(emptyWellbeingRecord(created)), first)), second);
    expect(record.ons4).toEqual([first, second]);
  });

  it('counts the questions as offered, and the record as updated, at the time of the answers', () => {
    const record = recordOns4(deepFreeze(emptyWellbeingRecord(created)), ons4(later, 6));
    expect(record.lastOffered).toEqual({ ons4: later });
    expect(record.updatedAt).toBe(later);
    expect(record.createdAt).toBe(created);
  });

  it('keeps when the connection questions were last offered', () => {
    const start = deepFreeze({ ...emptyWellbeingRecord(created), lastOffered: { connection: firstRating } });
    expect(recordOns4(start, ons4(later, 6)).lastOffered).toEqual({ connection: firstRating, ons4: later });
  });

  it('never changes the record it is given', () => {
    const start = deepFreeze(emptyWellbeingRecord(created));
    recordOns4(start, ons4(later, 6));
    expect(start).toEqual(emptyWellbeingRecord(created));
  });
});

describe('recordConnection', () => {
  const first: ConnectionAnswers = { at: firstRating, closeFriend: 'yes', tookPart: 'no' };
  const second: ConnectionAnswers = { at: later, closeFriend: 'yes' };

  it('appends the sitting after earlier ones', () => {
    const record = recordConnection(deepFreeze(recordConnection(deepFreeze(emptyWellbeingRecord(created)), first)), second);
    expect(record.connection).toEqual([first, second]);
  });

  it('counts the questions as offered, and the record as updated, at the time of the answers', () => {
    const record = recordConnection(deepFreeze(emptyWellbeingRecord(created)), second);
    expect(record.lastOffered).toEqual({ connection: later });
    expect(record.updatedAt).toBe(later);
  });

  it('keeps when the ONS4 questions were last offered', () => {
    const start = deepFreeze({ ...emptyWellbeingRecord(created), lastOffered: { ons4: firstRating } });
    expect(recordConnection(start, second).lastOffered).toEqual({ ons4: firstRating, connection: later });
  });

  it('never changes the record it is given', () => {
    const start = deepFreeze(emptyWellbeingRecord(created));
    recordConnection(start, first);
    expect(start).toEqual(emptyWellbeingRecord(created));
  });
});

describe('markOffered', () => {
  it.each<[MeasureId, MeasureId]>([
    ['ons4', 'connection'],
    ['connection', 'ons4'],
  ])('notes %s as offered without an answer, keeping when %s was offered', (measure, other) => {
    const start = deepFreeze({ ...emptyWellbeingRecord(created), lastOffered: { [other]: firstRating } });
    const record = markOffered(start, measure, later);
    expect(record.lastOffered).toEqual({ [other]: firstRating, [measure]: later });
    expect(record.updatedAt).toBe(later);
    expect(record.ons4).toEqual([]);
    expect(record.connection).toEqual([]);
  });

  it('moves an earlier offer of the same measure to the new time', () => {
    const start = deepFreeze({ ...emptyWellbeingRecord(created), lastOffered: { ons4: firstRating } });
    expect(markOffered(start, 'ons4', later).lastOffered).toEqual({ ons4: later });
  });

  it('never changes the record it is given', () => {
    const start = deepFreeze(emptyWellbeingRecord(created));
    markOffered(start, 'ons4', later);
    expect(start.lastOffered).toEqual({});
  });
});

describe('setRepeatMeasures', () => {
  it.each([true, false])('keeps the answer %s and when it was given', (agreed) => {
    const record = setRepeatMeasures(deepFreeze(emptyWellbeingRecord(created)), agreed, later);
    expect(record.repeatMeasures).toBe(agreed);
    expect(record.updatedAt).toBe(later);
    expect(record.createdAt).toBe(created);
  });

  it('lets someone change their mind', () => {
    const agreed = deepFreeze(setRepeatMeasures(deepFreeze(emptyWellbeingRecord(created)), true, firstRating));
    expect(setRepeatMeasures(agreed, false, later).repeatMeasures).toBe(false);
    expect(agreed.repeatMeasures).toBe(true);
  });
});

describe('setPreferences', () => {
  const weekly: CheckInPreferences = {
    frequency: 'weekly',
    timeOfDay: 'morning',
    quietHours: { from: '22:00', to: '08:00' },
    updatedAt: firstRating,
  };
  const monthly: CheckInPreferences = { frequency: 'monthly', timeOfDay: 'any', quietHours: null, updatedAt: later };

  it('saves the preferences and marks the record updated at their time', () => {
    const record = setPreferences(deepFreeze(emptyWellbeingRecord(created)), weekly);
    expect(record.preferences).toEqual(weekly);
    expect(record.updatedAt).toBe(firstRating);
  });

  it('replaces earlier preferences entirely', () => {
    const first = deepFreeze(setPreferences(deepFreeze(emptyWellbeingRecord(created)), weekly));
    const record = setPreferences(first, monthly);
    expect(record.preferences).toEqual(monthly);
    expect(record.updatedAt).toBe(later);
    expect(first.preferences).toEqual(weekly);
  });
});

describe('previousOns4', () => {
  const sittings = [ons4('2026-01-05T09:00:00.000Z', 4), ons4('2026-02-02T09:00:00.000Z', 5), ons4('2026-03-02T09:00:00.000Z', 6)];

  it.each([
    ['no sittings', 0, undefined],
    ['one sitting', 1, undefined],
    ['two sittings', 2, sittings[0]],
    ['three sittings', 3, sittings[1]],
  ])('with %s gives the one before the last', (_case, count, expected) => {
    const record = deepFreeze({ ...emptyWellbeingRecord(created), ons4: sittings.slice(0, count) });
    expect(previousOns4(record)).toEqual(expected);
  });
});
