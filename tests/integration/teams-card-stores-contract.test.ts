import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { CallbackOutcome } from '../../src/domain/callbacks/callback-outcome';
import { newReferenceCode } from '../../src/domain/callbacks/reference-code';
import { emptyCallbackCardRecord, type CallbackCardRecord } from '../../src/domain/teams/callback-card-record';
import { storeKinds, storesForEachTest } from '../support/store-contract';
import { teamsConversation } from '../support/teams-doubles';
import type { KeyedRecordStore } from '../../src/store/ports';

function withPost(record: CallbackCardRecord, key: string): CallbackCardRecord {
  return { ...record, posts: [...record.posts, { key, kind: 'request', conversation: teamsConversation('19:channel@thread.tacv2'), activityId: `activity-${key}` }] };
}

function outcome(overrides: Partial<CallbackOutcome> = {}): CallbackOutcome {
  return {
    callbackId: randomUUID(),
    siteId: 'salford',
    reference: newReferenceCode(Math.random),
    contactOutcome: 'reached',
    supportOffered: ['listening'],
    goalsAgreed: 3,
    recordedBy: { tenantId: 'tenant-1', aadObjectId: 'aad-sam' },
    recordedAt: '2026-12-07T11:00:00.000Z',
    ...overrides,
  };
}

describe.each(storeKinds)('Teams card stores contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('keeps a callback card record: created, changed compare-and-set, left alone when the change says so', async () => {
    const { callbackCards } = await open();
    const id = randomUUID();
    expect(await callbackCards.get(id)).toBeUndefined();
    const created = await callbackCards.update(id, (current) => withPost(current ?? emptyCallbackCardRecord(id, 'salford'), 'callback-card:1'));
    expect(created?.posts.map((post) => post.key)).toEqual(['callback-card:1']);
    expect(await callbackCards.update(id, () => undefined)).toBeUndefined();
    expect(await callbackCards.get(id)).toEqual(created);
  });

  it('loses no change when many writers add posts at once', async () => {
    const { callbackCards } = await open();
    const id = randomUUID();
    const keys = Array.from({ length: 12 }, (_, index) => `callback-overdue:${index}`);
    await Promise.all(keys.map((key) => callbackCards.update(id, (current) => withPost(current ?? emptyCallbackCardRecord(id, 'salford'), key))));
    expect((await callbackCards.get(id))?.posts.map((post) => post.key).sort()).toEqual([...keys].sort());
  });

  it('refuses a record of the wrong shape (a name riding along)', async () => {
    const { callbackCards } = await open();
    const id = randomUUID();
    const bad = { ...emptyCallbackCardRecord(id, 'salford'), name: 'Alex Example' };
    await expect(callbackCards.update(id, () => bad)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await callbackCards.get(id)).toBeUndefined();
  });

  it('erases a record', async () => {
    const { callbackCards } = await open();
    const id = randomUUID();
    await callbackCards.update(id, () => emptyCallbackCardRecord(id, 'salford'));
    expect(await callbackCards.delete(id)).toBe(true);
    expect(await callbackCards.get(id)).toBeUndefined();
    expect(await callbackCards.delete(id)).toBe(false);
  });

  it('keeps an outbox cursor per reader', async () => {
    const { eventCursors } = await open();
    expect(await eventCursors.get('teams-nudges')).toBeUndefined();
    await eventCursors.update('teams-nudges', () => ({ lastId: '17-0' }));
    await eventCursors.update('another-reader', () => ({ lastId: '3-1' }));
    expect(await eventCursors.get('teams-nudges')).toEqual({ lastId: '17-0' });
    await expect(eventCursors.update('teams-nudges', () => ({ lastId: 'latest' }))).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });

  /** Six takers at once of one site's record: one takes it (writes `value`), the rest find it taken; another site is untouched. */
  async function expectTakenOnce<T>(store: KeyedRecordStore<T>, value: T): Promise<void> {
    const same = (current: T | undefined): boolean => JSON.stringify(current) === JSON.stringify(value);
    const takes = await Promise.all(Array.from({ length: 6 }, () => store.update('salford', (current) => (same(current) ? undefined : value))));
    expect(takes.filter((taken) => taken !== undefined)).toHaveLength(1);
    expect(await store.get('salford')).toEqual(value);
    expect(await store.get('luton')).toBeUndefined();
  }

  it("keeps each site's digest day, taken once per day however many ask at once", async () => {
    const { digestDays } = await open();
    await expectTakenOnce(digestDays, { lastDate: '2026-12-07' });
  });

  it("keeps the month each site's monthly digest reported, taken once however many ask at once", async () => {
    const { monthlyDigests } = await open();
    await expectTakenOnce(monthlyDigests, { lastMonth: '2026-12' });
    await expect(monthlyDigests.update('salford', () => ({ lastMonth: '2026-13' }))).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });

  it('records outcomes by site, one per request (again replaces), ids and codes only', async () => {
    const { callbackOutcomes } = await open();
    const first = outcome();
    const second = outcome({ contactOutcome: 'voicemail', supportOffered: [], goalsAgreed: 0 });
    await callbackOutcomes.put(first);
    await callbackOutcomes.put(second);
    await callbackOutcomes.put(outcome({ siteId: 'luton' }));
    expect(await callbackOutcomes.get('salford', first.callbackId)).toEqual(first);
    expect(await callbackOutcomes.get('luton', first.callbackId)).toBeUndefined();
    const replaced = { ...first, goalsAgreed: 4, recordedAt: '2026-12-07T12:00:00.000Z' };
    await callbackOutcomes.put(replaced);
    expect((await callbackOutcomes.listBySite('salford')).sort((a, b) => a.callbackId.localeCompare(b.callbackId))).toEqual(
      [replaced, second].sort((a, b) => a.callbackId.localeCompare(b.callbackId)),
    );
    for (const bad of [{ ...outcome(), goalsAgreed: 6 }, { ...outcome(), supportOffered: ['listening', 'listening'] }, { ...outcome(), note: 'said they were fine' }]) {
      await expect(callbackOutcomes.put(bad as CallbackOutcome)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    }
  });
});
