import { describe, expect, it } from 'vitest';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const increments = (month: string, counters: Record<string, number>, person: Record<string, string> = {}) => ({ month, counters, person });

describe.each(storeKinds)('report aggregates contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("adds counters per site and month, and reads months in the order asked, {} for none", async () => {
    const { reports } = await open();
    await reports.apply('salford', [{ increments: increments('2026-05', { 'access.requests': 1, 'access.wait.3': 1 }) }, { increments: increments('2026-05', { 'access.requests': 2 }) }]);
    await reports.apply('salford', [{ increments: increments('2026-06', { 'ons4.anxiety.latest_sum': -4, 'ons4.anxiety.people': 1 }) }]);
    await reports.apply('luton', [{ increments: increments('2026-05', { 'access.requests': 7 }) }]);
    expect(await reports.months('salford', ['2026-06', '2026-04', '2026-05'])).toStrictEqual([
      { 'ons4.anxiety.latest_sum': -4, 'ons4.anxiety.people': 1 },
      {},
      { 'access.requests': 3, 'access.wait.3': 1 },
    ]);
    expect(await reports.months('luton', ['2026-05'])).toStrictEqual([{ 'access.requests': 7 }]);
    await reports.apply('salford', []);
  });

  it("keeps a person's fields per site, merged, and forgets them on erasure while the counts stay", async () => {
    const { reports } = await open();
    await reports.apply('salford', [{ pseudonym: 'p1', increments: increments('2026-05', { 'goals.people': 1 }, { gm: '2026-05', 'g:a': '2' }) }]);
    await reports.apply('salford', [{ pseudonym: 'p1', increments: increments('2026-06', {}, { 'g:b': '6' }) }]);
    expect(await reports.person('salford', 'p1')).toStrictEqual({ gm: '2026-05', 'g:a': '2', 'g:b': '6' });
    expect(await reports.person('luton', 'p1')).toStrictEqual({});
    await reports.forget('salford', 'p1');
    expect(await reports.person('salford', 'p1')).toStrictEqual({});
    expect(await reports.months('salford', ['2026-05'])).toStrictEqual([{ 'goals.people': 1 }]);
  });

  it('counts a person once a month in one step, and again the next month', async () => {
    const { reports } = await open();
    const may = { month: '2026-05', field: 'u:sms', counter: 'use.active.sms' };
    expect(await reports.countOnce('salford', 'p1', may)).toBe(true);
    expect(await reports.countOnce('salford', 'p1', may)).toBe(false);
    expect(await reports.countOnce('salford', 'p2', may)).toBe(true);
    expect(await reports.countOnce('luton', 'p1', may)).toBe(true);
    expect(await reports.countOnce('salford', 'p1', { ...may, month: '2026-06' })).toBe(true);
    expect(await reports.months('salford', ['2026-05', '2026-06'])).toStrictEqual([{ 'use.active.sms': 2 }, { 'use.active.sms': 1 }]);
    expect(await reports.person('salford', 'p1')).toStrictEqual({ 'u:sms': '2026-06' });
  });

  it('keeps the open requests by time per site, each removed once, giving its time to the one that removed it', async () => {
    const { reports } = await open();
    await reports.startWaiting('salford', 'r2', Date.parse('2026-05-03T09:00:00Z'));
    await reports.startWaiting('salford', 'r1', Date.parse('2026-05-01T09:00:00Z'));
    // Added again (a replayed event): the first time stays.
    await reports.startWaiting('salford', 'r1', Date.parse('2026-05-09T09:00:00Z'));
    await reports.startWaiting('luton', 'r3', Date.parse('2026-05-02T09:00:00Z'));
    expect(await reports.openSince('salford')).toStrictEqual([Date.parse('2026-05-01T09:00:00Z'), Date.parse('2026-05-03T09:00:00Z')]);
    const removals = await Promise.all([reports.stopWaiting('salford', 'r1'), reports.stopWaiting('salford', 'r1')]);
    expect(removals.filter((time) => time !== undefined)).toStrictEqual([Date.parse('2026-05-01T09:00:00Z')]);
    expect(await reports.stopWaiting('salford', 'r3')).toBeUndefined();
    expect(await reports.openSince('salford')).toStrictEqual([Date.parse('2026-05-03T09:00:00Z')]);
    expect(await reports.openSince('luton')).toStrictEqual([Date.parse('2026-05-02T09:00:00Z')]);
    expect(await reports.openSince('lambeth')).toStrictEqual([]);
  });
});
