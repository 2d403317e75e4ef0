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
});
