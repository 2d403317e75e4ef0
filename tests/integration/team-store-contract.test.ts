import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { loadSampleTeams } from '../../src/data/sample-data';
import { openTestRedisStores, randomKeyPrefix } from '../support/test-stores';
import { storeKinds, storesForEachTest } from '../support/store-contract';

describe.each(storeKinds)('team directory store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('saves, replaces and lists one entry per site, in site order', async () => {
    const { teams } = await open();
    const [lambeth, edinburgh, luton] = await loadSampleTeams();
    expect(await teams.get('lambeth')).toBeUndefined();
    expect(await teams.list()).toEqual([]);
    await teams.put(luton!);
    await teams.put(lambeth!);
    expect(await teams.get('lambeth')).toStrictEqual(lambeth);
    expect(await teams.list()).toEqual([lambeth, luton]);
    const renamed = { ...edinburgh!, teamName: 'Edinburgh Living Well (renamed, sample)' };
    await teams.put(edinburgh!);
    await teams.put(renamed);
    expect(await teams.get('edinburgh')).toEqual(renamed);
    expect(await teams.list()).toHaveLength(3);
  });

  it('refuses an entry that does not fit the schema', async () => {
    const { teams } = await open();
    const [lambeth] = await loadSampleTeams();
    await expect(teams.put({ ...lambeth!, phone: '999' })).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await teams.get('lambeth')).toBeUndefined();
  });
});

describe('redis team directory store', () => {
  it('keeps `{teams}:<siteId>` = { v: 1, entry } and fails loudly on an unknown version', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await openTestRedisStores(keyPrefix);
    try {
      const [lambeth] = await loadSampleTeams();
      await stores.teams.put(lambeth!);
      expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([`${keyPrefix}{teams}:lambeth`]);
      expect(JSON.parse((await stores.redis.get('{teams}:lambeth')) ?? '')).toEqual({ v: 1, entry: lambeth });
      await stores.redis.set('{teams}:lambeth', JSON.stringify({ v: 2, entry: lambeth }));
      await expect(stores.teams.get('lambeth')).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
      await expect(stores.teams.list()).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    } finally {
      await stores.close();
    }
  });
});
