import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { maxPushSubscriptionsPerPerson, type PushSubscriptionRecord } from '../../src/domain/web-push/push-subscription';
import { MemoryPushSubscriptionStore } from '../../src/store/memory/memory-push-subscription-store';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

/** Keyed person references, as `KeyedReference('person', …)` makes them (22 base64url characters). */
const person = 'Qm9va2luZ1JlZmVyZW5jZQ';
const someoneElse = 'T3RoZXJQZXJzb25SZWZlcg';
const browser = (n: number, overrides: Partial<PushSubscriptionRecord> = {}): PushSubscriptionRecord => ({
  endpoint: `https://push.example.net/send/device-${n}`,
  expirationTime: null,
  keys: { p256dh: `B${'A'.repeat(85)}${n}`.slice(0, 87), auth: `c2VjcmV0LWF1dGgtMTIz${n}`.padEnd(22, 'Q').slice(0, 22) },
  ...overrides,
});
const day = 86_400;

describe.each(storeKinds)('push subscription store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("keeps a person's browsers, replaces one subscribed again, and lists no one else's", async () => {
    const { pushSubscriptions } = await open();
    expect(await pushSubscriptions.add(person, browser(1), day)).toBe('added');
    expect(await pushSubscriptions.add(person, browser(2), day)).toBe('added');
    const renewed = browser(1, { expirationTime: 1_800_000_000_000 });
    expect(await pushSubscriptions.add(person, renewed, day)).toBe('added');
    await pushSubscriptions.add(someoneElse, browser(3), day);
    const mine = await pushSubscriptions.list(person);
    expect(mine.sort((a, b) => a.endpoint.localeCompare(b.endpoint))).toStrictEqual([renewed, browser(2)]);
    expect(await pushSubscriptions.list('Tm9ib2R5QXRBbGxIZXJlMQ')).toStrictEqual([]);
  });

  it(`keeps at most ${maxPushSubscriptionsPerPerson} browsers a person, yet lets a known one renew`, async () => {
    const { pushSubscriptions } = await open();
    for (let n = 1; n <= maxPushSubscriptionsPerPerson; n += 1) expect(await pushSubscriptions.add(person, browser(n), day)).toBe('added');
    expect(await pushSubscriptions.add(person, browser(9), day)).toBe('full');
    expect(await pushSubscriptions.add(person, browser(1), day)).toBe('added');
    expect(await pushSubscriptions.list(person)).toHaveLength(maxPushSubscriptionsPerPerson);
  });

  it('removes one browser, and erases them all with the person and no one else', async () => {
    const { pushSubscriptions } = await open();
    await pushSubscriptions.add(person, browser(1), day);
    await pushSubscriptions.add(person, browser(2), day);
    await pushSubscriptions.add(someoneElse, browser(3), day);
    await pushSubscriptions.remove(person, browser(1).endpoint);
    await pushSubscriptions.remove(person, 'https://push.example.net/never-known');
    expect(await pushSubscriptions.list(person)).toStrictEqual([browser(2)]);
    await pushSubscriptions.eraseFor(person);
    expect(await pushSubscriptions.list(person)).toStrictEqual([]);
    expect(await pushSubscriptions.list(someoneElse)).toStrictEqual([browser(3)]);
  });

  it('refuses to keep what is not a subscription', async () => {
    const { pushSubscriptions } = await open();
    const refused = await pushSubscriptions.add(person, browser(1, { endpoint: 'http://push.example.net/plain-http' }), day).catch((error: unknown) => error);
    expect(isAppError(refused, 'STORE_RECORD_INVALID')).toBe(true);
    expect(await pushSubscriptions.list(person)).toStrictEqual([]);
  });
});

describe('memory push subscription store', () => {
  it("lets a person's list expire a TTL after their last subscribe", async () => {
    let now = Date.parse('2026-12-07T10:00:00.000Z');
    const pushSubscriptions = new MemoryPushSubscriptionStore(() => now);
    await pushSubscriptions.add(person, browser(1), 600);
    now += 599_000;
    await pushSubscriptions.add(person, browser(2), 600);
    now += 599_000;
    expect(await pushSubscriptions.list(person)).toHaveLength(2);
    now += 1_000;
    expect(await pushSubscriptions.list(person)).toStrictEqual([]);
  });
});

describe('redis push subscription store', () => {
  const open = redisStoresForEachTest();

  it('keeps one hash per person under their reference, expiring with the TTL, and leaves nothing once erased', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    await stores.pushSubscriptions.add(person, browser(1), 600);
    expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([`${keyPrefix}push:{${person}}`]);
    const ttl = await stores.redis.pttl(`push:{${person}}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600_000);
    await stores.pushSubscriptions.eraseFor(person);
    expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([]);
  });

  it('fails loudly on a stored subscription of an unknown shape', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.redis.hset(`push:{${person}}`, 'https://push.example.net/odd', JSON.stringify({ v: 2, subscription: browser(1) }));
    const error = await stores.pushSubscriptions.list(person).catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
  });
});
