import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activities/activity';
import { isAppError } from '../../src/domain/app-error';
import { activityFixture } from '../support/admin-activity-fixture';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

const hashOf = (n: number) => n.toString(16).padStart(64, '0');
const ids = (activities: readonly Activity[]) => activities.map((activity) => activity.id).sort();

describe.each(storeKinds)('activity and admin token store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('starts empty, at version 0', async () => {
    const { activities } = await open();
    expect(await activities.list()).toEqual([]);
    expect(await activities.list('lambeth')).toEqual([]);
    expect(await activities.version()).toBe(0);
  });

  it('lists by site, or all sites, ordered by name', async () => {
    const { activities } = await open();
    const walk = activityFixture({ site_id: 'salford', name: 'Walking group' });
    const art = activityFixture({ site_id: 'salford', name: 'Art club' });
    const choir = activityFixture({ site_id: 'lambeth', name: 'Community choir' });
    await activities.putMany([walk, art, choir]);
    expect(await activities.list('salford')).toEqual([art, walk]);
    expect(await activities.list('lambeth')).toEqual([choir]);
    expect(await activities.list('edinburgh')).toEqual([]);
    expect(await activities.list()).toEqual([art, choir, walk]);
  });

  it('gets a listing by id, exactly as saved', async () => {
    const { activities } = await open();
    const listing = activityFixture({ email: 'hello@example.org', cost_options: [{ id: randomUUID(), option: 'per session', amount: 2.5, currency: 'GBP' }] });
    await activities.putMany([listing]);
    expect(await activities.get(listing.id)).toStrictEqual(listing);
    expect(await activities.get(randomUUID())).toBeUndefined();
  });

  it('counts new and replaced listings in a batch', async () => {
    const { activities } = await open();
    const [a, b] = [activityFixture(), activityFixture()];
    expect(await activities.putMany([a, b])).toEqual({ created: 2, updated: 0 });
    const renamed = { ...a, name: 'Renamed walk' };
    const c = activityFixture();
    expect(await activities.putMany([renamed, c])).toEqual({ created: 1, updated: 1 });
    expect((await activities.get(a.id))?.name).toBe('Renamed walk');
    expect(ids(await activities.list())).toEqual(ids([a, b, c]));
    expect(await activities.putMany([])).toEqual({ created: 0, updated: 0 });
  });

  it('saves nothing of a batch with an invalid listing in it', async () => {
    const { activities } = await open();
    const existing = activityFixture();
    await activities.putMany([existing]);
    const version = await activities.version();
    const good = activityFixture();
    const changed = { ...existing, name: 'Changed' };
    const bad = activityFixture({ schedules: [{ ...activityFixture().schedules[0]!, byday: 'XX' }] });
    const attempt = activities.putMany([good, changed, bad]);
    await expect(attempt).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await activities.list()).toEqual([existing]);
    expect(await activities.version()).toBe(version);
  });

  it('refuses a batch naming one id twice', async () => {
    const { activities } = await open();
    const listing = activityFixture();
    await expect(activities.putMany([listing, { ...listing, name: 'Again' }])).rejects.toSatisfy((error: unknown) =>
      isAppError(error, 'STORE_RECORD_INVALID'),
    );
    expect(await activities.list()).toEqual([]);
  });

  it('moves a listing whose site changed', async () => {
    const { activities } = await open();
    const listing = activityFixture({ site_id: 'luton' });
    await activities.putMany([listing]);
    await activities.putMany([{ ...listing, site_id: 'lambeth' }]);
    expect(await activities.list('luton')).toEqual([]);
    expect(ids(await activities.list('lambeth'))).toEqual([listing.id]);
  });

  it('deletes a listing, telling whether there was one', async () => {
    const { activities } = await open();
    const [a, b] = [activityFixture(), activityFixture()];
    await activities.putMany([a, b]);
    expect(await activities.delete(a.id)).toBe(true);
    expect(await activities.delete(a.id)).toBe(false);
    expect(await activities.get(a.id)).toBeUndefined();
    expect(await activities.list('salford')).toEqual([b]);
  });

  it('increases the version on every change, and only on a change', async () => {
    const { activities } = await open();
    const listing = activityFixture();
    const seen = [await activities.version()];
    await activities.putMany([listing]);
    seen.push(await activities.version());
    await activities.putMany([{ ...listing, name: 'Again' }]);
    seen.push(await activities.version());
    await activities.delete(listing.id);
    seen.push(await activities.version());
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]).toBeGreaterThan(seen[i - 1] ?? Infinity);
    await activities.delete(listing.id);
    await activities.putMany([]);
    await activities.list();
    expect(await activities.version()).toBe(seen.at(-1));
  });

  it('hands out copies, so changing a returned or given listing does not change the store', async () => {
    const { activities } = await open();
    const given = activityFixture();
    const expected = structuredClone(given);
    await activities.putMany([given]);
    Reflect.set(given, 'name', 'tampered');
    const returned = await activities.get(given.id);
    if (returned) Reflect.set(returned, 'name', 'tampered');
    expect(await activities.get(given.id)).toEqual(expected);
  });

  it('stores admin tokens by hash and finds their grant', async () => {
    const { adminTokens } = await open();
    const grant = { siteId: 'edinburgh' as const, createdAt: '2026-11-01T09:00:00.000Z' };
    expect(await adminTokens.find(hashOf(1))).toBeUndefined();
    await adminTokens.add(hashOf(1), grant);
    expect(await adminTokens.find(hashOf(1))).toEqual(grant);
    expect(await adminTokens.find(hashOf(2))).toBeUndefined();
  });

  it('refuses a token hash that is not a SHA-256 digest, or a grant of an unknown shape', async () => {
    const { adminTokens } = await open();
    await expect(adminTokens.add('lwc_site_plain-token', { siteId: 'luton', createdAt: '2026-11-01T09:00:00.000Z' })).rejects.toSatisfy(
      (error: unknown) => isAppError(error),
    );
    const badGrant = { siteId: 'luton' as const, createdAt: 'yesterday' };
    await expect(adminTokens.add(hashOf(3), badGrant)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await adminTokens.find(hashOf(3))).toBeUndefined();
  });
});

describe('redis activity store', () => {
  const open = redisStoresForEachTest();

  it('shares listings and the version between instances on one Redis', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    const listing = activityFixture();
    await a.activities.putMany([listing]);
    expect(await b.activities.version()).toBe(await a.activities.version());
    expect(await b.activities.get(listing.id)).toEqual(listing);
    const before = await a.activities.version();
    await b.activities.delete(listing.id);
    expect(await a.activities.version()).toBeGreaterThan(before);
    expect(await a.activities.list()).toEqual([]);
  });

  it('keeps the layout: one hash of listings by id, a version counter, hashed tokens and each site\'s token index', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    const listing = activityFixture({ site_id: 'tameside-glossop' });
    await stores.activities.putMany([listing]);
    await stores.adminTokens.add(hashOf(9), { siteId: 'lambeth', createdAt: '2026-11-01T09:00:00.000Z' });
    expect((await stores.redis.keys(`${keyPrefix}*`)).sort()).toEqual(
      ['{activities}:listings', '{activities}:version', `admintoken:${hashOf(9)}`, 'admintokens:lambeth'].map((key) => `${keyPrefix}${key}`).sort(),
    );
    expect(await stores.redis.hkeys('{activities}:listings')).toEqual([listing.id]);
    expect(JSON.parse((await stores.redis.hget('{activities}:listings', listing.id)) ?? '')).toEqual({ v: 1, activity: listing });
  });

  it('fails loudly on a stored listing of an unknown version', async () => {
    const stores = await open(randomKeyPrefix());
    const listing = activityFixture();
    await stores.redis.hset('{activities}:listings', listing.id, JSON.stringify({ v: 2, activity: listing }));
    await expect(stores.activities.get(listing.id)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    await expect(stores.activities.list('salford')).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
  });

  it('never shows half of a batch being written', async () => {
    const stores = await open(randomKeyPrefix());
    const batch = Array.from({ length: 200 }, (_, i) => activityFixture({ name: `Listing ${String(i).padStart(3, '0')}` }));
    const reads: number[] = [];
    const write = stores.activities.putMany(batch);
    for (let i = 0; i < 20; i += 1) reads.push((await stores.activities.list('salford')).length);
    await write;
    reads.push((await stores.activities.list('salford')).length);
    expect(reads.every((count) => count === 0 || count === 200)).toBe(true);
    expect(reads.at(-1)).toBe(200);
  });
});
