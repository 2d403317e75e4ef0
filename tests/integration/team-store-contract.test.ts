import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { loadSampleTeams } from '../../src/sample-data';
import type { Stores } from '../../src/store/ports';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix } from '../support/test-stores';

const implementations: Record<string, () => Promise<Stores>> = {
  memory: async () => openTestMemoryStores(),
  redis: () => openTestRedisStores(randomKeyPrefix()),
};

describe.each(Object.keys(implementations))('team directory store contract (%s)', (name) => {
  let stores: Stores | undefined;
  const open = async (): Promise<Stores> => {
    const factory = implementations[name];
    if (factory === undefined) throw new Error(`no implementation ${name}`);
    stores = await factory();
    return stores;
  };
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });

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
  it('keeps `team:<siteId>` = { v: 1, entry } and fails loudly on an unknown version', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await openTestRedisStores(keyPrefix);
    try {
      const [lambeth] = await loadSampleTeams();
      await stores.teams.put(lambeth!);
      expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([`${keyPrefix}team:lambeth`]);
      expect(JSON.parse((await stores.redis.get('team:lambeth')) ?? '')).toEqual({ v: 1, entry: lambeth });
      await stores.redis.set('team:lambeth', JSON.stringify({ v: 2, entry: lambeth }));
      await expect(stores.teams.get('lambeth')).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
      await expect(stores.teams.list()).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    } finally {
      await stores.close();
    }
  });
});
