import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports/build-report';
import { monthEndWaits, withStillWaiting } from '../../src/domain/reports/still-waiting';

const ms = (iso: string) => Date.parse(iso);

describe('still waiting: month ends a request waited past', () => {
  it('counts each London month end passed, with the whole days waited then', () => {
    // March ends at 2026-03-31T23:00Z (BST began on the 29th): 11 days 11 hours; April at 2026-04-30T23:00Z: 41 days.
    expect(monthEndWaits(ms('2026-03-20T12:00:00Z'), ms('2026-05-02T09:00:00Z'))).toStrictEqual([
      { month: '2026-03', days: 11 },
      { month: '2026-04', days: 41 },
    ]);
  });

  it('puts a request made at 00:30 BST on 1 April in April, and counts it at the end of April only if it had not left by then', () => {
    expect(monthEndWaits(ms('2026-03-31T23:30:00Z'), ms('2026-04-30T23:00:00Z'))).toStrictEqual([{ month: '2026-04', days: 29 }]);
    expect(monthEndWaits(ms('2026-03-31T23:30:00Z'), ms('2026-04-30T22:59:00Z'))).toStrictEqual([]);
  });

  it('ends October at midnight GMT after the clocks go back', () => {
    // 1 November 00:00 GMT is 2026-11-01T00:00Z; October ended 1 hour later than a BST midnight would.
    expect(monthEndWaits(ms('2026-10-31T23:30:00Z'), ms('2026-11-03T00:00:00Z'))).toStrictEqual([{ month: '2026-10', days: 0 }]);
  });
});

describe('still waiting: each month as at its end, the current month as at now', () => {
  const months = ['2026-03', '2026-04', '2026-05', '2026-06'];
  const counters = [{ 'access.waiting_end.11': 1 }, { 'access.waiting_end.41': 1, 'access.requests': 2 }, {}, {}];
  const open = [ms('2026-04-20T12:00:00Z'), ms('2026-05-09T12:00:00Z')];
  const merged = withStillWaiting(months, counters, open, ms('2026-05-10T12:00:00Z'));

  it('adds the requests that left later to the open ones made before the month ended', () => {
    expect(merged[0]).toStrictEqual({ 'access.waiting_end.11': 1, 'access.waiting.11': 1, 'access.waiting_known': 1 });
    // April: the one that left in May (41 days at April's end) and the one open since 20 April (10 days).
    expect(merged[1]).toStrictEqual({ 'access.waiting_end.41': 1, 'access.requests': 2, 'access.waiting.41': 1, 'access.waiting.10': 1, 'access.waiting_known': 1 });
    // May, now: both open requests by their wait today.
    expect(merged[2]).toStrictEqual({ 'access.waiting.20': 1, 'access.waiting.1': 1, 'access.waiting_known': 1 });
    expect(merged[3]).toStrictEqual({});
  });
});

describe('still waiting in the report', () => {
  const waiting = (days: readonly number[]) => {
    const counters: Record<string, number> = { 'access.waiting_known': 1 };
    for (const day of days) counters[`access.waiting.${day}`] = (counters[`access.waiting.${day}`] ?? 0) + 1;
    return counters;
  };
  const view = buildReport({
    siteId: 'salford',
    from: '2026-04',
    to: '2026-07',
    months: ['2026-04', '2026-05', '2026-06', '2026-07'],
    counters: [waiting([3, 3, 10, 40]), waiting([0, 2, 2, 9, 90]), { 'access.waiting_known': 1 }, {}],
    generatedAt: '2026-06-15T09:00:00.000Z',
  });
  const cells = (id: string) => view.measures.find((measure) => measure.id === id)?.values.map((cell) => cell.display);

  it('shows the count and the oldest wait from 5 requests, hides both at 4, 0 with none waiting, no data for a month to come', () => {
    expect(cells('access.still_waiting')).toStrictEqual(['fewer than 5', '5', '0', 'no data']);
    expect(cells('access.oldest_wait_days')).toStrictEqual(['fewer than 5', '90 days', 'no data', 'no data']);
  });

  it('has no total: requests waiting at one month end may still wait at the next', () => {
    expect(view.measures.find((measure) => measure.id === 'access.still_waiting')?.total).toBeNull();
  });
});
