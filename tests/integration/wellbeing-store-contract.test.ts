import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { emptyWellbeingRecord, type Goal, type WellbeingRecord } from '../../src/domain/wellbeing/wellbeing-record';
import { wellbeingRecordCodec } from '../../src/store/wellbeing-record-schema';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

const personKey = 'webchat:user-9c1e';
const createdAt = '2025-01-02T03:04:05.000Z';
/** Personal words that must never reach an error message or a log. */
const goalText = 'Phone my sister Rosalind every Sunday';

/** The current record, or an empty one as a first change starts from. */
function baseOf(current: WellbeingRecord | undefined): WellbeingRecord {
  return current ?? emptyWellbeingRecord(createdAt);
}

function goal(id: string, text = goalText): Goal {
  return { id, text, status: 'active', createdAt, statusChangedAt: createdAt, ratings: [] };
}

/** The record with one goal added. */
function withGoal(current: WellbeingRecord | undefined, added: Goal): WellbeingRecord {
  const base = baseOf(current);
  return { ...base, goals: [...base.goals, added] };
}

/** The record with one more rating of goal `goalId` (a pure change: it may run more than once). */
function withRating(current: WellbeingRecord | undefined, goalId: string, score: number): WellbeingRecord {
  const base = baseOf(current);
  return {
    ...base,
    goals: base.goals.map((each) =>
      each.id === goalId ? { ...each, ratings: [...each.ratings, { score, at: new Date().toISOString() }] } : each,
    ),
    updatedAt: new Date().toISOString(),
  };
}

/** A record with something in every field, optional ones included. */
function fullRecord(quietHours: boolean): WellbeingRecord {
  return {
    goals: [
      {
        id: randomUUID(),
        text: goalText,
        status: 'active',
        createdAt,
        statusChangedAt: createdAt,
        ratings: [
          { score: 2, at: '2025-01-09T10:00:00.000Z' },
          { score: 5, at: '2025-01-16T10:00:00.000Z', note: 'Set a reminder on my phone' },
          { score: 0, at: '2025-01-23T10:00:00.000Z', note: '' },
        ],
      },
      {
        id: randomUUID(),
        text: 'Walk to the park',
        status: 'achieved',
        createdAt,
        statusChangedAt: '2025-02-01T09:30:00.000Z',
        ratings: [{ score: 10, at: '2025-02-01T09:30:00.000Z', note: 'x'.repeat(500) }],
      },
      { id: randomUUID(), text: 'G', status: 'retired', createdAt, statusChangedAt: createdAt, ratings: [] },
      { id: randomUUID(), text: 'y'.repeat(200), status: 'paused', createdAt, statusChangedAt: createdAt, ratings: [] },
    ],
    ons4: [
      { at: '2025-01-02T03:10:00.000Z', scores: { lifeSatisfaction: 6, worthwhile: 7, happiness: 5, anxiety: 3 } },
      { at: '2025-01-30T03:10:00.000Z', scores: { happiness: 10, anxiety: 0 } },
      { at: '2025-02-27T03:10:00.000Z', scores: {} },
    ],
    connection: [
      { at: '2025-01-02T03:12:00.000Z', closeFriend: 'yes', tookPart: 'no' },
      { at: '2025-04-02T03:12:00.000Z', tookPart: 'yes' },
      { at: '2025-07-02T03:12:00.000Z' },
    ],
    lastOffered: { ons4: '2025-02-27T03:10:00.000Z', connection: '2025-07-02T03:12:00.000Z' },
    repeatMeasures: true,
    preferences: {
      frequency: 'fortnightly',
      timeOfDay: 'evening',
      quietHours: quietHours ? { from: '22:00', to: '08:30' } : null,
      updatedAt: '2025-01-02T03:15:00.000Z',
    },
    createdAt,
    updatedAt: '2025-07-02T03:12:00.000Z',
  };
}

describe.each(storeKinds)('wellbeing store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('has no record for a person it has never seen', async () => {
    const { wellbeing } = await open();
    expect(await wellbeing.get(personKey)).toBeUndefined();
  });

  it('creates a record on the first update, then changes it, handing the change the current record', async () => {
    const { wellbeing } = await open();
    const id = randomUUID();
    const seen: Array<WellbeingRecord | undefined> = [];
    const created = await wellbeing.update(personKey, (current) => {
      seen.push(current);
      return withGoal(current, goal(id));
    });
    expect(created).toEqual({ ...emptyWellbeingRecord(createdAt), goals: [goal(id)] });
    const changed = await wellbeing.update(personKey, (current) => {
      seen.push(current);
      return { ...baseOf(current), repeatMeasures: false };
    });
    expect(seen).toEqual([undefined, created]);
    expect(changed).toEqual({ ...created, repeatMeasures: false });
    expect(await wellbeing.get(personKey)).toEqual(changed);
  });

  it.each([
    ['with quiet hours', true],
    ['without quiet hours', false],
  ])('round-trips a full record exactly (%s)', async (_, quietHours) => {
    const { wellbeing } = await open();
    const record = fullRecord(quietHours);
    const returned = await wellbeing.update(personKey, () => record);
    expect(returned).toStrictEqual(record);
    expect(await wellbeing.get(personKey)).toStrictEqual(record);
  });

  it('keeps people apart, and apart from their person records', async () => {
    const { wellbeing, people } = await open();
    const [a, b] = [randomUUID(), randomUUID()];
    await wellbeing.update('webchat:a', (current) => withGoal(current, goal(a, 'Sleep by eleven')));
    await wellbeing.update('sms:a', (current) => withGoal(current, goal(b, 'Cook twice a week')));
    expect((await wellbeing.get('webchat:a'))?.goals.map((each) => each.text)).toEqual(['Sleep by eleven']);
    expect((await wellbeing.get('sms:a'))?.goals.map((each) => each.text)).toEqual(['Cook twice a week']);
    expect(await people.get('webchat:a')).toBeUndefined();
  });

  it('deletes a record, telling whether there was one', async () => {
    const { wellbeing } = await open();
    await wellbeing.update(personKey, baseOf);
    expect(await wellbeing.delete(personKey)).toBe(true);
    expect(await wellbeing.delete(personKey)).toBe(false);
    expect(await wellbeing.get(personKey)).toBeUndefined();
  });

  it('loses no rating when 50 callers rate the same goal at once', async () => {
    const { wellbeing } = await open();
    const id = randomUUID();
    await wellbeing.update(personKey, (current) => withGoal(current, goal(id)));
    await Promise.all(Array.from({ length: 50 }, (_, i) => wellbeing.update(personKey, (current) => withRating(current, id, i % 11))));
    const ratings = (await wellbeing.get(personKey))?.goals.find((each) => each.id === id)?.ratings ?? [];
    expect(ratings).toHaveLength(50);
    expect(ratings.map((each) => each.score).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 50 }, (_, i) => i % 11).sort((x, y) => x - y),
    );
  });

  it('refuses to store an invalid record and leaves the old one untouched', async () => {
    const { wellbeing } = await open();
    const id = randomUUID();
    const before = await wellbeing.update(personKey, (current) => withRating(withGoal(current, goal(id)), id, 4));
    const bad = wellbeing.update(personKey, (current) => withRating(current, id, 11));
    await expect(bad).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await wellbeing.get(personKey)).toStrictEqual(before);
  });
});

describe('redis wellbeing store', () => {
  const open = redisStoresForEachTest();

  it('keeps each record at wellbeing:{<person ref>}, apart from person:{<person ref>}, and no key names the person', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    await stores.wellbeing.update(personKey, baseOf);
    const ref = stores.references('person', personKey);
    expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([`${keyPrefix}wellbeing:{${ref}}`]);
    expect(ref).not.toContain('user-9c1e');
    expect(Object.keys(await stores.redis.hgetall(`wellbeing:{${ref}}`)).sort()).toEqual(['d', 'e']);
    expect(await stores.wellbeing.delete(personKey)).toBe(true);
    expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([]);
  });

  it('loses no rating when two instances rate the same goal 50 times at once', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    const id = randomUUID();
    await a.wellbeing.update(personKey, (current) => withGoal(current, goal(id)));
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).wellbeing.update(personKey, (current) => withRating(current, id, i % 11))),
    );
    expect((await b.wellbeing.get(personKey))?.goals[0]?.ratings).toHaveLength(50);
  });

  it('fails loudly on a record of an unknown version, without naming the person or quoting them', async () => {
    const stores = await open(randomKeyPrefix());
    // As a newer release might have left it.
    const newer = { v: 2, record: { ...emptyWellbeingRecord(createdAt), goals: [goal(randomUUID())], mood: 'low' } };
    const key = `wellbeing:{${stores.references('person', personKey)}}`;
    await stores.redis.hset(key, 'e', 'x', 'd', JSON.stringify(newer));
    const error: unknown = await stores.wellbeing.get(personKey).catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    const message = error instanceof Error ? error.message : '';
    expect(message).not.toContain(personKey);
    expect(message).not.toContain('user-9c1e');
    expect(message).not.toContain('Rosalind');
    // An update must not overwrite what it cannot read.
    await expect(stores.wellbeing.update(personKey, baseOf)).rejects.toSatisfy((caught: unknown) =>
      isAppError(caught, 'STORE_RECORD_INVALID'),
    );
    expect(await stores.redis.hget(key, 'd')).toBe(JSON.stringify(newer));
  });
});

describe('wellbeing record codec', () => {
  /** The error `attempt` throws; fails the test when it throws none. */
  function errorOf(attempt: () => unknown): Error {
    try {
      attempt();
    } catch (error) {
      if (error instanceof Error) return error;
    }
    throw new Error('expected an error');
  }

  /** Everything an error would show when logged: message, stack and cause chain. */
  function shownBy(error: Error): string {
    return [error.message, error.stack ?? '', error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack ?? ''}` : ''].join('\n');
  }

  const ratedId = randomUUID();
  const badRecords: Array<[string, WellbeingRecord]> = [
    ['a score of 11', withRating(withGoal(undefined, goal(ratedId)), ratedId, 11)],
    ['a goal text too long', withGoal(undefined, goal(randomUUID(), `${goalText} `.repeat(10)))],
    ['a goal id that is not a UUID', withGoal(undefined, goal(`id ${goalText}`))],
    ['a note too long', { ...emptyWellbeingRecord(createdAt), goals: [{ ...goal(randomUUID()), ratings: [{ score: 3, at: createdAt, note: goalText.repeat(60) }] }] }],
    ['a quiet hour that is not HH:mm', { ...fullRecord(true), preferences: { frequency: 'weekly', timeOfDay: 'any', quietHours: { from: goalText, to: '07:00' }, updatedAt: createdAt } }],
    ['an instant that is not UTC ISO', { ...withGoal(undefined, goal(randomUUID())), updatedAt: 'yesterday' }],
  ];
  it.each(badRecords)('refuses %s with STORE_RECORD_INVALID and never quotes the person', (_, record) => {
    const error = errorOf(() => wellbeingRecordCodec.encode(record));
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    expect(shownBy(error)).not.toContain('Rosalind');
    expect(shownBy(error)).not.toContain('Sunday');
  });

  it('refuses a field it does not know, without quoting it', () => {
    const record = { ...withGoal(undefined, goal(randomUUID())), diary: goalText };
    const error = errorOf(() => wellbeingRecordCodec.encode(record));
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    expect(shownBy(error)).not.toContain('Rosalind');
  });

  it.each([
    ['an unknown version', JSON.stringify({ v: 2, record: withGoal(undefined, goal(randomUUID())) })],
    ['an unknown shape', JSON.stringify({ v: 1, record: { ...withGoal(undefined, goal(randomUUID())), extra: goalText } })],
    ['a bad value', JSON.stringify({ v: 1, record: withGoal(undefined, goal('not-a-uuid', goalText.repeat(10))) })],
    ['text that is not JSON', JSON.stringify({ v: 1, record: withGoal(undefined, goal(randomUUID())) }).slice(0, -2)],
  ])('decoding %s throws STORE_RECORD_INVALID and never quotes the person', (_, raw) => {
    expect(raw).toContain('Rosalind');
    const error = errorOf(() => wellbeingRecordCodec.decode(raw));
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    expect(shownBy(error)).not.toContain('Rosalind');
    expect(shownBy(error)).not.toContain('Sunday');
  });

  it('stores the record versioned, and reads back a fresh copy', () => {
    const record = fullRecord(true);
    const { raw } = wellbeingRecordCodec.encode(record);
    expect(JSON.parse(raw)).toEqual({ v: 1, record });
    const decoded = wellbeingRecordCodec.decode(raw);
    expect(decoded).toStrictEqual(record);
    expect(decoded).not.toBe(record);
  });
});
