import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { connectionRepeatMonths, dueMeasures, measureDue, ons4RepeatDays } from '../../src/domain/wellbeing/measure-schedule';
import { emptyWellbeingRecord, type WellbeingRecord } from '../../src/domain/wellbeing/wellbeing-record';

const created = '2026-01-01T12:00:00.000Z';
const utc = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });

function record(changes: Partial<WellbeingRecord>): WellbeingRecord {
  return { ...emptyWellbeingRecord(created), ...changes };
}

const ons4At = (at: string) => ({ at, scores: { lifeSatisfaction: 6 } });
const connectionAt = (at: string) => ({ at, closeFriend: 'yes' as const });

describe('intervals', () => {
  it('repeats ONS4 every 4 weeks and social connection every 3 months', () => {
    expect(ons4RepeatDays).toBe(28);
    expect(connectionRepeatMonths).toBe(3);
  });
});

describe('measureDue: first offer', () => {
  it.each(['ons4', 'connection'] as const)('offers %s straight away to someone never asked', (measure) => {
    expect(measureDue(emptyWellbeingRecord(created), measure, utc('2026-01-01T12:00:00.000Z'))).toEqual({ due: true, reason: 'first' });
  });

  it('offers the first time even when they said no to repeats', () => {
    expect(measureDue(record({ repeatMeasures: false }), 'ons4', utc('2026-02-01T00:00:00.000Z'))).toEqual({ due: true, reason: 'first' });
  });

  it('keeps the two measures apart', () => {
    const r = record({ ons4: [ons4At('2026-01-02T10:00:00.000Z')], lastOffered: { ons4: '2026-01-02T10:00:00.000Z' } });
    expect(measureDue(r, 'connection', utc('2026-01-03T10:00:00.000Z'))).toEqual({ due: true, reason: 'first' });
    expect(measureDue(r, 'ons4', utc('2026-01-03T10:00:00.000Z')).due).toBe(false);
  });

  it('treats an unreadable offer time as never offered', () => {
    expect(measureDue(record({ lastOffered: { ons4: 'not a date' } }), 'ons4', utc('2026-01-03T10:00:00.000Z'))).toEqual({
      due: true,
      reason: 'first',
    });
  });
});

describe('measureDue: after "not now"', () => {
  // 10:00 GMT on Friday 20 March; the clocks go forward on 29 March.
  const offered = '2026-03-20T10:00:00.000Z';

  it('waits 4 weeks from the offer, keeping 10:00 London time across the March clock change', () => {
    const result = measureDue(record({ lastOffered: { ons4: offered } }), 'ons4', utc('2026-04-01T10:00:00.000Z'));
    expect(result).toEqual({ due: false, nextDueAt: '2026-04-17T09:00:00.000Z' });
  });

  it.each([
    ['2026-04-17T08:59:59.999Z', false],
    ['2026-04-17T09:00:00.000Z', true],
    ['2026-06-01T00:00:00.000Z', true],
  ] as const)('at %s, due is %s', (now, due) => {
    const result = measureDue(record({ lastOffered: { ons4: offered } }), 'ons4', utc(now));
    expect(result.due).toBe(due);
    expect(result.nextDueAt).toBe('2026-04-17T09:00:00.000Z');
    expect(result.reason).toBe(due ? 'first' : undefined);
  });

  it('keeps local time across the October clock change', () => {
    // 10:00 BST on 10 October is 10:00 GMT on 7 November.
    const result = measureDue(record({ lastOffered: { ons4: '2026-10-10T09:00:00.000Z' } }), 'ons4', utc('2026-10-30T12:00:00.000Z'));
    expect(result).toEqual({ due: false, nextDueAt: '2026-11-07T10:00:00.000Z' });
  });

  it('asks about social connection again 3 months after the offer', () => {
    const r = record({ lastOffered: { connection: '2026-01-15T10:00:00.000Z' } });
    expect(measureDue(r, 'connection', utc('2026-04-15T08:59:00.000Z'))).toEqual({ due: false, nextDueAt: '2026-04-15T09:00:00.000Z' });
    expect(measureDue(r, 'connection', utc('2026-04-15T09:00:00.000Z'))).toEqual({
      due: true,
      reason: 'first',
      nextDueAt: '2026-04-15T09:00:00.000Z',
    });
  });

  it('offers again after the interval when they agreed to repeats', () => {
    const r = record({ lastOffered: { ons4: offered }, repeatMeasures: true });
    expect(measureDue(r, 'ons4', utc('2026-04-18T00:00:00.000Z'))).toMatchObject({ due: true, reason: 'first' });
  });

  it('never offers again when they said no to being asked again', () => {
    const r = record({ lastOffered: { ons4: offered, connection: offered }, repeatMeasures: false });
    expect(measureDue(r, 'ons4', utc('2027-03-20T10:00:00.000Z'))).toEqual({ due: false });
    expect(measureDue(r, 'connection', utc('2027-03-20T10:00:00.000Z'))).toEqual({ due: false });
  });
});

describe('measureDue: repeats after an answer', () => {
  const answered = '2026-03-01T11:00:00.000Z';

  it.each([undefined, false] as const)('does not repeat when repeatMeasures is %s', (repeatMeasures) => {
    const r = record({ ons4: [ons4At(answered)], lastOffered: { ons4: answered }, ...(repeatMeasures === undefined ? {} : { repeatMeasures }) });
    expect(measureDue(r, 'ons4', utc('2027-01-01T00:00:00.000Z'))).toEqual({ due: false });
  });

  it('repeats ONS4 4 weeks after the answer, at the same London time after the clocks go forward', () => {
    const r = record({ ons4: [ons4At(answered)], lastOffered: { ons4: answered }, repeatMeasures: true });
    // 11:00 GMT on 1 March → 11:00 BST on 29 March (the day the clocks change) = 10:00Z.
    expect(measureDue(r, 'ons4', utc('2026-03-29T09:59:00.000Z'))).toEqual({ due: false, nextDueAt: '2026-03-29T10:00:00.000Z' });
    expect(measureDue(r, 'ons4', utc('2026-03-29T10:00:00.000Z'))).toEqual({
      due: true,
      reason: 'repeat',
      nextDueAt: '2026-03-29T10:00:00.000Z',
    });
  });

  it('counts from the latest of several answers', () => {
    const r = record({
      ons4: [ons4At('2026-01-01T11:00:00.000Z'), ons4At(answered)],
      lastOffered: { ons4: answered },
      repeatMeasures: true,
    });
    expect(measureDue(r, 'ons4', utc('2026-03-10T00:00:00.000Z')).nextDueAt).toBe('2026-03-29T10:00:00.000Z');
  });

  it('postpones the repeat by 4 weeks when the repeat is offered and they say "not now"', () => {
    const declined = '2026-03-29T10:05:00.000Z';
    const r = record({ ons4: [ons4At(answered)], lastOffered: { ons4: declined }, repeatMeasures: true });
    expect(measureDue(r, 'ons4', utc('2026-04-10T12:00:00.000Z'))).toEqual({ due: false, nextDueAt: '2026-04-26T10:05:00.000Z' });
  });

  it('counts from the answer when it came after the offer', () => {
    const r = record({ ons4: [ons4At('2026-03-02T18:00:00.000Z')], lastOffered: { ons4: answered }, repeatMeasures: true });
    expect(measureDue(r, 'ons4', utc('2026-03-10T00:00:00.000Z')).nextDueAt).toBe('2026-03-30T17:00:00.000Z');
  });

  it('keeps local time when the clocks go back in October', () => {
    const r = record({ ons4: [ons4At('2026-10-20T08:30:00.000Z')], repeatMeasures: true });
    // 09:30 BST on 20 October → 09:30 GMT on 17 November.
    expect(measureDue(r, 'ons4', utc('2026-11-01T00:00:00.000Z'))).toEqual({ due: false, nextDueAt: '2026-11-17T09:30:00.000Z' });
  });

  it.each([
    ['2026-11-30T12:00:00.000Z', '2027-02-28T12:00:00.000Z'],
    ['2027-11-30T12:00:00.000Z', '2028-02-29T12:00:00.000Z'],
    ['2026-05-31T09:00:00.000Z', '2026-08-31T09:00:00.000Z'],
    ['2026-08-31T09:00:00.000Z', '2026-11-30T10:00:00.000Z'],
    ['2026-12-31T15:00:00.000Z', '2027-03-31T14:00:00.000Z'],
  ])('repeats social connection answered at %s at %s (calendar months, London time)', (answeredAt, next) => {
    const r = record({ connection: [connectionAt(answeredAt)], lastOffered: { connection: answeredAt }, repeatMeasures: true });
    const before = utc(next).minus({ milliseconds: 1 });
    expect(measureDue(r, 'connection', before)).toEqual({ due: false, nextDueAt: next });
    expect(measureDue(r, 'connection', utc(next))).toEqual({ due: true, reason: 'repeat', nextDueAt: next });
  });

  it('stops repeating once they change their mind about repeats', () => {
    const r = record({ connection: [connectionAt('2026-01-01T12:00:00.000Z')], repeatMeasures: false });
    expect(measureDue(r, 'connection', utc('2026-06-01T12:00:00.000Z'))).toEqual({ due: false });
  });
});

describe('dueMeasures', () => {
  it('lists both measures, ONS4 first, for someone never asked', () => {
    expect(dueMeasures(emptyWellbeingRecord(created), utc(created))).toEqual(['ons4', 'connection']);
  });

  it('lists only the measures that are due', () => {
    const answered = '2026-01-01T12:00:00.000Z';
    const r = record({
      ons4: [ons4At(answered)],
      connection: [connectionAt(answered)],
      lastOffered: { ons4: answered, connection: answered },
      repeatMeasures: true,
    });
    expect(dueMeasures(r, utc('2026-01-20T12:00:00.000Z'))).toEqual([]);
    expect(dueMeasures(r, utc('2026-02-01T12:00:00.000Z'))).toEqual(['ons4']);
    expect(dueMeasures(r, utc('2026-04-01T12:00:00.000Z'))).toEqual(['ons4', 'connection']);
  });
});
