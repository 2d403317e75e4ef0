import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { AuditEntry } from '../../src/domain/my-data/audit-entry';
import type { PersonRecord } from '../../src/domain/person-record';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

const personKey = 'webchat:user-7f3a';
const createdAt = '2025-01-02T03:04:05.000Z';

/** A record as onboarding would first write it, or the current one when there is one. */
function baseOf(current: PersonRecord | undefined): PersonRecord {
  return current ?? { createdAt, updatedAt: createdAt };
}

/** The counter kept in `consent.wordingVersion` (`count-<n>`): a lost update leaves it short. */
function countOf(record: PersonRecord | undefined): number {
  const match = /^count-(\d+)$/.exec(record?.consent?.wordingVersion ?? '');
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

function incremented(current: PersonRecord | undefined): PersonRecord {
  const base = baseOf(current);
  return {
    ...base,
    consent: { givenAt: '2025-01-02T03:04:06.000Z', wordingVersion: `count-${countOf(current) + 1}` },
    updatedAt: new Date().toISOString(),
  };
}

function entry(n: number): AuditEntry {
  return { event: 'person.erased', at: `2025-01-02T03:04:0${n}.000Z`, channelId: 'webchat', recordsErased: n };
}

describe.each(storeKinds)('person store and audit log contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('has no record for a person it has never seen', async () => {
    const { people } = await open();
    expect(await people.get(personKey)).toBeUndefined();
  });

  it('creates a record on the first update, then changes it, handing the change the current record', async () => {
    const { people } = await open();
    const seen: Array<PersonRecord | undefined> = [];
    const created = await people.update(personKey, (current) => {
      seen.push(current);
      return { ...baseOf(current), area: 'lambeth' };
    });
    expect(created).toEqual({ area: 'lambeth', createdAt, updatedAt: createdAt });
    const changed = await people.update(personKey, (current) => {
      seen.push(current);
      return { ...baseOf(current), area: 'elsewhere', updatedAt: '2025-02-01T00:00:00.000Z' };
    });
    expect(seen).toEqual([undefined, { area: 'lambeth', createdAt, updatedAt: createdAt }]);
    expect(changed).toEqual({ area: 'elsewhere', createdAt, updatedAt: '2025-02-01T00:00:00.000Z' });
    expect(await people.get(personKey)).toEqual(changed);
  });

  it('keeps people apart', async () => {
    const { people } = await open();
    await people.update('webchat:a', (current) => ({ ...baseOf(current), area: 'luton' }));
    await people.update('sms:a', (current) => ({ ...baseOf(current), area: 'salford' }));
    expect((await people.get('webchat:a'))?.area).toBe('luton');
    expect((await people.get('sms:a'))?.area).toBe('salford');
  });

  it('loses no update when many callers change one person at once', async () => {
    const { people } = await open();
    const results = await Promise.all(Array.from({ length: 30 }, () => people.update(personKey, incremented)));
    expect(countOf(await people.get(personKey))).toBe(30);
    // Each caller saw a different record: no two changes were applied to the same version.
    expect(new Set(results.map(countOf)).size).toBe(30);
  });

  it('re-applies a change to the fresh record when another writer got there first', async () => {
    const { people } = await open();
    let racer: Promise<PersonRecord> | undefined;
    const saved = await people.update(personKey, (current) => {
      // Another writer starts between this caller's read and its write.
      racer ??= people.update(personKey, (other) => ({ ...baseOf(other), area: 'edinburgh' }));
      return { ...baseOf(current), consent: { givenAt: createdAt, wordingVersion: 'v1' } };
    });
    await racer;
    const final = await people.get(personKey);
    expect(final).toMatchObject({ area: 'edinburgh', consent: { givenAt: createdAt, wordingVersion: 'v1' } });
    expect(saved.consent?.wordingVersion).toBe('v1');
  });

  it('refuses to save a record of an unknown shape', async () => {
    const { people } = await open();
    const bad = people.update(personKey, () => ({ createdAt: 'yesterday', updatedAt: createdAt }));
    await expect(bad).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await people.get(personKey)).toBeUndefined();
  });

  it('deletes a record, telling whether there was one', async () => {
    const { people } = await open();
    await people.update(personKey, baseOf);
    expect(await people.delete(personKey)).toBe(true);
    expect(await people.delete(personKey)).toBe(false);
    expect(await people.get(personKey)).toBeUndefined();
  });

  it('hands out copies, so changing a returned or given record does not change the store', async () => {
    const { people } = await open();
    const given: PersonRecord = { createdAt, updatedAt: createdAt, consent: { givenAt: createdAt, wordingVersion: 'v1' } };
    const expected = structuredClone(given);
    const returned = await people.update(personKey, () => given);
    const tamper = (record: PersonRecord | undefined): void => {
      if (record === undefined) return;
      Reflect.set(record, 'area', 'luton');
      if (record.consent) Reflect.set(record.consent, 'wordingVersion', 'tampered');
    };
    tamper(given);
    tamper(returned);
    tamper(await people.get(personKey));
    expect(await people.get(personKey)).toEqual(expected);
  });

  it('appends audit entries and lists them newest first, up to a limit', async () => {
    const { audit } = await open();
    expect(await audit.list(10)).toEqual([]);
    for (const n of [1, 2, 3]) await audit.append(entry(n));
    expect(await audit.list(10)).toEqual([entry(3), entry(2), entry(1)]);
    expect(await audit.list(2)).toEqual([entry(3), entry(2)]);
    expect(await audit.list(0)).toEqual([]);
  });

  it('round-trips an audit entry exactly', async () => {
    const { audit } = await open();
    const withdrawn: AuditEntry = { event: 'consent.withdrawn', at: '2025-03-04T05:06:07.891Z', channelId: 'msteams', recordsErased: 0 };
    await audit.append(withdrawn);
    const [listed] = await audit.list(1);
    expect(listed).toStrictEqual(withdrawn);
    expect(Object.keys(listed ?? {}).sort()).toEqual(['at', 'channelId', 'event', 'recordsErased']);
  });

  it('refuses an audit entry that is not of the known shape', async () => {
    const { audit } = await open();
    const bad = audit.append({ ...entry(1), recordsErased: -1 });
    await expect(bad).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await audit.list(10)).toEqual([]);
  });
});

describe('redis person store', () => {
  const open = redisStoresForEachTest();

  it('fails loudly on a record of an unknown version, without naming the person', async () => {
    const stores = await open(randomKeyPrefix());
    // As an older or broken release might have left it.
    await stores.redis.hset(`person:{${stores.references('person', personKey)}}`, 'e', 'x', 'd', JSON.stringify({ v: 99, record: { area: 'luton' } }));
    const error: unknown = await stores.people.get(personKey).catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    const message = error instanceof Error ? error.message : '';
    expect(message).not.toContain(personKey);
    expect(message).not.toContain('user-7f3a');
    expect(message).not.toContain('luton');
  });

  it('fails loudly on a stored record that is not JSON', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.redis.hset(`person:{${stores.references('person', personKey)}}`, 'e', 'x', 'd', '{"v":1,"record":{"area":"luton"');
    await expect(stores.people.get(personKey)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });

  it('keys the record by the person key\'s keyed reference, never the key, and leaves nothing after delete', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    await stores.people.update(personKey, baseOf);
    await stores.audit.append({ event: 'person.erased', at: createdAt, channelId: 'webchat', recordsErased: 1 });
    // ioredis applies keyPrefix to keys, not to KEYS patterns, and returns keys with the prefix.
    const keys = await stores.redis.keys(`${keyPrefix}*`);
    expect(keys).toContain(`${keyPrefix}person:{${stores.references('person', personKey)}}`);
    expect(keys.some((key) => key.includes('user-7f3a'))).toBe(false);
    expect(await stores.people.delete(personKey)).toBe(true);
    const left = await stores.redis.keys(`${keyPrefix}*`);
    expect(left).toEqual([`${keyPrefix}audit`]);
    expect(left.some((key) => key.includes('user-7f3a'))).toBe(false);
  });

  it('loses no update when two instances change one person at once', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).people.update(personKey, incremented)));
    expect(countOf(await a.people.get(personKey))).toBe(30);
  });

  it('lands 150 concurrent updates of one person from three instances (more collisions than any fixed attempt count allows)', async () => {
    const keyPrefix = randomKeyPrefix();
    const instances = [await open(keyPrefix), await open(keyPrefix), await open(keyPrefix)];
    await Promise.all(Array.from({ length: 150 }, (_, i) => instances[i % 3]?.people.update(personKey, incremented)));
    expect(countOf(await instances[0]?.people.get(personKey))).toBe(150);
  });

  it('gives up with STORE_CONFLICT when the record keeps changing under it', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.people.update(personKey, baseOf);
    let round = 0;
    const stubborn = stores.people.update(personKey, (current) => {
      round += 1;
      // Every attempt, someone else writes between this caller's read and its write.
      void stores.redis.hset(`person:{${stores.references('person', personKey)}}`, 'e', `other-${round}`);
      return baseOf(current);
    });
    await expect(stubborn).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
    // Bounded by time (compareAndSetBudgetMs), not by the 10 attempts it used to be.
    expect(round).toBeGreaterThan(10);
  });
});
