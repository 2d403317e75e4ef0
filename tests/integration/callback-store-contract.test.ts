import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { applyTransition, type CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { callbackFixture } from '../support/callback-fixture';
import { dumpPrefix } from '../support/redis-dump';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

/** Another fictional person: their own channel id and drama mobile number. */
function person(n: number): Pick<CallbackRequest, 'personKey' | 'channelId' | 'phoneE164'> {
  const phone = `+447700900${String(n).padStart(3, '0')}`;
  return { personKey: `sms:${phone}`, channelId: 'sms', phoneE164: phone };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute)).toISOString();
const isCode = (code: string) => (error: unknown) => isAppError(error, code as Parameters<typeof isAppError>[1]);

describe.each(storeKinds)('callback store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('creates a request and gives it back exactly, by id and as the latest of the person', async () => {
    const { callbacks } = await open();
    const request = callbackFixture();
    expect(await callbacks.latestFor(request.personKey)).toBeUndefined();
    expect(await callbacks.create(request)).toEqual({ created: true });
    expect(await callbacks.get(request.id)).toStrictEqual(request);
    expect(await callbacks.latestFor(request.personKey)).toStrictEqual(request);
    expect(await callbacks.listFor(request.personKey)).toStrictEqual([request]);
    expect(await callbacks.get(randomUUID())).toBeUndefined();
    expect(await callbacks.get('not-a-uuid')).toBeUndefined();
  });

  it('answers a second request of a person with an open one with that one, whatever its open status', async () => {
    const { callbacks } = await open();
    const first = callbackFixture();
    await callbacks.create(first);
    expect(await callbacks.create(callbackFixture({ requestedAt: at(30), updatedAt: at(30) }))).toEqual({ created: false, existing: first });
    const claimed = await callbacks.update(first.id, (current) => step(current, 'claim', at(31)));
    expect(await callbacks.create(callbackFixture())).toEqual({ created: false, existing: claimed });
    const contacted = await callbacks.update(first.id, (current) => step(current, 'contacted', at(32)));
    expect(await callbacks.create(callbackFixture())).toEqual({ created: false, existing: contacted });
    expect(await callbacks.listFor(first.personKey)).toHaveLength(1);
    // Someone else is not held up by it.
    expect(await callbacks.create(callbackFixture(person(7)))).toEqual({ created: true });
  });

  it('creates exactly one of 20 racing requests of one person; the rest get that one', async () => {
    const { callbacks } = await open();
    const requests = Array.from({ length: 20 }, () => callbackFixture());
    const outcomes = await Promise.all(requests.map((request) => callbacks.create(request)));
    const created = outcomes.flatMap((outcome, index) => (outcome.created ? [requests[index]] : []));
    expect(created).toHaveLength(1);
    for (const outcome of outcomes) if (!outcome.created) expect(outcome.existing).toEqual(created[0]);
    expect(await callbacks.listFor(requests[0]?.personKey ?? '')).toEqual(created);
  });

  it('refuses a reference code or an id that is taken already', async () => {
    const { callbacks } = await open();
    const first = callbackFixture();
    await callbacks.create(first);
    await expect(callbacks.create(callbackFixture({ ...person(8), reference: first.reference }))).rejects.toSatisfy(isCode('CONFLICT'));
    await callbacks.update(first.id, (current) => step(current, 'close', at(40)));
    await expect(callbacks.create(callbackFixture({ id: first.id, requestedAt: at(41), updatedAt: at(41) }))).rejects.toSatisfy(isCode('CONFLICT'));
    expect(await callbacks.listFor(first.personKey)).toHaveLength(1);
  });

  it('refuses to save a request that does not fit the schema', async () => {
    const { callbacks } = await open();
    const bad = callbackFixture({ phoneE164: '07700 900123' });
    await expect(callbacks.create(bad)).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    expect(await callbacks.get(bad.id)).toBeUndefined();
    expect(await callbacks.latestFor(bad.personKey)).toBeUndefined();
  });

  it("lists a site's requests newest first, optionally of one status", async () => {
    const { callbacks } = await open();
    const [early, middle, late] = [at(1), at(2), at(3)].map((time, index) => callbackFixture({ ...person(index + 10), requestedAt: time, updatedAt: time }));
    const elsewhere = callbackFixture({ ...person(20), siteId: 'luton' });
    for (const request of [middle, late, elsewhere, early]) await callbacks.create(request!);
    await callbacks.update(middle!.id, (current) => step(current, 'claim', at(5)));
    expect((await callbacks.listBySite('salford')).map((request) => request.id)).toEqual([late!.id, middle!.id, early!.id]);
    expect((await callbacks.listBySite('salford', 'requested')).map((request) => request.id)).toEqual([late!.id, early!.id]);
    expect((await callbacks.listBySite('salford', 'claimed')).map((request) => request.id)).toEqual([middle!.id]);
    expect(await callbacks.listBySite('salford', 'closed')).toEqual([]);
    expect((await callbacks.listBySite('luton')).map((request) => request.id)).toEqual([elsewhere.id]);
    expect(await callbacks.listBySite('edinburgh')).toEqual([]);
  });

  it('updates compare-and-set: 20 concurrent changes all land', async () => {
    const { callbacks } = await open();
    const request = callbackFixture({ about: 'notes:' });
    await callbacks.create(request);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => callbacks.update(request.id, (current) => ({ ...current, about: `${current.about ?? ''} ${i}` }))),
    );
    const words = (await callbacks.get(request.id))?.about?.split(' ').slice(1).map(Number).sort((a, b) => a - b);
    expect(words).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('lets exactly one of 20 concurrent claims win', async () => {
    const { callbacks } = await open();
    const request = callbackFixture();
    await callbacks.create(request);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => callbacks.update(request.id, (current) => step(current, 'claim', at(10), `Worker ${i}`))),
    );
    const winners = results.filter((result) => result !== undefined);
    expect(winners).toHaveLength(1);
    expect(await callbacks.get(request.id)).toEqual(winners[0]);
  });

  it('writes nothing when the change leaves the request, or there is no request', async () => {
    const { callbacks } = await open();
    const request = callbackFixture();
    await callbacks.create(request);
    expect(await callbacks.update(request.id, () => undefined)).toBeUndefined();
    let called = false;
    expect(
      await callbacks.update(randomUUID(), (current) => {
        called = true;
        return current;
      }),
    ).toBeUndefined();
    expect(called).toBe(false);
    expect(await callbacks.get(request.id)).toEqual(request);
  });

  it('refuses an update that moves the request to another person or site, reopens it, or breaks the schema', async () => {
    const { callbacks } = await open();
    const request = callbackFixture();
    await callbacks.create(request);
    await expect(callbacks.update(request.id, (current) => ({ ...current, ...person(30) }))).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    await expect(callbacks.update(request.id, (current) => ({ ...current, siteId: 'luton' }))).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    await expect(callbacks.update(request.id, (current) => ({ ...current, status: 'claimed' }))).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    const closed = await callbacks.update(request.id, (current) => step(current, 'close', at(20)));
    await expect(callbacks.update(request.id, (current) => ({ ...current, status: 'requested', closedAt: undefined, closedBy: undefined }))).rejects.toSatisfy(
      isCode('CONFLICT'),
    );
    expect(await callbacks.get(request.id)).toEqual(closed);
  });

  it('allows a new request once the open one is closed or cancelled; latestFor is the newest', async () => {
    const { callbacks } = await open();
    const first = callbackFixture({ requestedAt: at(1), updatedAt: at(1) });
    await callbacks.create(first);
    await callbacks.update(first.id, (current) => step(current, 'close', at(2)));
    const second = callbackFixture({ requestedAt: at(3), updatedAt: at(3) });
    expect(await callbacks.create(second)).toEqual({ created: true });
    expect((await callbacks.latestFor(first.personKey))?.id).toBe(second.id);
    const cancelled = await callbacks.update(second.id, (current) => {
      const result = applyTransition(current, { action: 'cancel', at: at(4) });
      return result.ok ? result.request : undefined;
    });
    expect(cancelled?.status).toBe('cancelled');
    const third = callbackFixture({ requestedAt: at(5), updatedAt: at(5) });
    expect(await callbacks.create(third)).toEqual({ created: true });
    expect(await callbacks.latestFor(first.personKey)).toEqual(third);
    expect((await callbacks.listFor(first.personKey)).map((request) => request.status)).toEqual(['requested', 'cancelled', 'closed']);
  });

  it("erases a person's requests, keeping only what the team's list shows of them (an open one cancelled); others are untouched", async () => {
    const { callbacks } = await open();
    const contacted = callbackFixture({ requestedAt: at(1), updatedAt: at(1) });
    await callbacks.create(contacted);
    await callbacks.update(contacted.id, (current) => step(current, 'contacted', at(31)));
    await callbacks.update(contacted.id, (current) => step(current, 'close', at(32)));
    const stillOpen = callbackFixture({ siteId: 'luton', requestedAt: at(40), updatedAt: at(40) });
    await callbacks.create(stillOpen);
    const someoneElse = callbackFixture({ ...person(50), requestedAt: at(41), updatedAt: at(41) });
    await callbacks.create(someoneElse);

    const erased = await callbacks.eraseFor(contacted.personKey, at(45));
    const keptOfClosed = {
      id: contacted.id,
      reference: contacted.reference,
      siteId: 'salford',
      status: 'closed',
      requestedAt: at(1),
      claimedAt: at(31),
      contactedAt: at(31),
      closedAt: at(32),
      erasedAt: at(45),
      cancelledByErasure: false,
    };
    const keptOfOpen = {
      id: stillOpen.id,
      reference: stillOpen.reference,
      siteId: 'luton',
      status: 'cancelled',
      requestedAt: at(40),
      cancelledAt: at(45),
      erasedAt: at(45),
      cancelledByErasure: true,
    };
    expect(erased).toStrictEqual([keptOfOpen, keptOfClosed]);
    expect(await callbacks.get(contacted.id)).toBeUndefined();
    expect(await callbacks.get(stillOpen.id)).toBeUndefined();
    expect(await callbacks.latestFor(contacted.personKey)).toBeUndefined();
    expect(await callbacks.listFor(contacted.personKey)).toEqual([]);
    expect(await callbacks.listBySite('salford')).toEqual([someoneElse]);
    expect(await callbacks.listBySite('luton')).toEqual([]);
    expect(await callbacks.erasedBySite('salford')).toStrictEqual([keptOfClosed]);
    expect(await callbacks.erasedBySite('luton')).toStrictEqual([keptOfOpen]);
    expect(await callbacks.eraseFor(contacted.personKey, at(46))).toEqual([]);
    // The open pointer went with them: a new request is a new one.
    expect(await callbacks.create(callbackFixture({ requestedAt: at(50), updatedAt: at(50) }))).toEqual({ created: true });
  });

  it('hands out copies, so changing a returned or given request does not change the store', async () => {
    const { callbacks } = await open();
    const given = callbackFixture();
    const expected = structuredClone(given);
    await callbacks.create(given);
    Reflect.set(given, 'name', 'tampered');
    const returned = await callbacks.get(given.id);
    if (returned) Reflect.set(returned, 'name', 'tampered');
    expect(await callbacks.get(given.id)).toEqual(expected);
  });
});

describe('redis callback store', () => {
  const open = redisStoresForEachTest();

  it('creates exactly one of 20 requests racing across two instances', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    const requests = Array.from({ length: 20 }, () => callbackFixture());
    const outcomes = await Promise.all(requests.map((request, i) => (i % 2 === 0 ? a : b).callbacks.create(request)));
    const created = outcomes.flatMap((outcome, index) => (outcome.created ? [requests[index]] : []));
    expect(created).toHaveLength(1);
    for (const outcome of outcomes) if (!outcome.created) expect(outcome.existing).toEqual(created[0]);
    expect(await b.callbacks.listFor(requests[0]?.personKey ?? '')).toEqual(created);
  });

  it('loses no update of 20 racing across two instances', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    const request = callbackFixture({ about: 'notes:' });
    await a.callbacks.create(request);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).callbacks.update(request.id, (current) => ({ ...current, about: `${current.about ?? ''} ${i}` }))),
    );
    expect((await b.callbacks.get(request.id))?.about?.split(' ')).toHaveLength(21);
  });

  it('keeps the layout: a hash per request, sorted sets per site and person, the open pointer and the reference', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    const request = callbackFixture();
    await stores.callbacks.create(request);
    // The person's keys hold the keyed reference of their person key, never the number in it.
    const person = stores.references('person', request.personKey);
    expect((await stores.redis.keys(`${keyPrefix}*`)).sort()).toEqual(
      [
        `{callbacks}:request:${request.id}`,
        '{callbacks}:site:salford',
        `{callbacks}:person:${person}`,
        `{callbacks}:open:${person}`,
        `{callbacks}:ref:${request.reference}`,
      ]
        .map((key) => `${keyPrefix}${key}`)
        .sort(),
    );
    expect(JSON.parse((await stores.redis.hget(`{callbacks}:request:${request.id}`, 'd')) ?? '')).toEqual({ v: 1, request });
    expect(await stores.redis.get(`{callbacks}:open:${person}`)).toBe(request.id);
    await stores.callbacks.update(request.id, (current) => step(current, 'close', at(9)));
    expect(await stores.redis.exists(`{callbacks}:open:${person}`)).toBe(0);
  });

  it("leaves no key or value holding the person's key, name, number or words after erasure, only what the team's list keeps", async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    const first = callbackFixture({ requestedAt: at(1), updatedAt: at(1) });
    await stores.callbacks.create(first);
    await stores.callbacks.update(first.id, (current) => step(current, 'contacted', at(20)));
    await stores.callbacks.update(first.id, (current) => step(current, 'close', at(21), 'Sam (duty worker)', 'Booked into the peer support group'));
    const second = callbackFixture({ siteId: 'lambeth', requestedAt: at(30), updatedAt: at(30), about: 'Money worries, mostly the rent.' });
    await stores.callbacks.create(second);

    const personal = [first.personKey, '7700900123', first.name, 'Alex', first.about ?? '', second.about ?? '', 'peer support group', 'duty worker'];
    const before = await dumpPrefix(stores.redis, keyPrefix);
    expect(before.some(({ key, values }) => personal.some((text) => key.includes(text) || values.some((value) => value.includes(text))))).toBe(true);

    expect(await stores.callbacks.eraseFor(first.personKey, at(40))).toHaveLength(2);
    const after = await dumpPrefix(stores.redis, keyPrefix);
    for (const { key, values } of after) {
      for (const text of personal) {
        expect(key).not.toContain(text);
        for (const value of values) expect(value).not.toContain(text);
      }
    }
    expect(after.map(({ key }) => key.slice(keyPrefix.length)).sort()).toEqual(['{callbacks}:erased:lambeth', '{callbacks}:erased:salford']);
    expect(await stores.callbacks.erasedBySite('salford')).toMatchObject([{ id: first.id, reference: first.reference, status: 'closed', contactedAt: at(20) }]);
    expect(await stores.callbacks.erasedBySite('lambeth')).toMatchObject([{ id: second.id, status: 'cancelled', cancelledAt: at(40), cancelledByErasure: true }]);
  });

  it('fails loudly on a stored request of an unknown version or that is not JSON', async () => {
    const stores = await open(randomKeyPrefix());
    const request = callbackFixture();
    await stores.callbacks.create(request);
    await stores.redis.hset(`{callbacks}:request:${request.id}`, 'd', JSON.stringify({ v: 2, request }));
    await expect(stores.callbacks.get(request.id)).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    await expect(stores.callbacks.listBySite('salford')).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    await expect(stores.callbacks.latestFor(request.personKey)).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    // The open request cannot be read: a second one is refused loudly rather than created beside it.
    await expect(stores.callbacks.create(callbackFixture())).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    await stores.redis.hset(`{callbacks}:request:${request.id}`, 'd', '{"v":1,"request":{"name":"Alex');
    const error: unknown = await stores.callbacks.get(request.id).catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    expect(error instanceof Error ? error.message : '').not.toContain('Alex');
    await expect(stores.callbacks.eraseFor(request.personKey, at(9))).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
    // What is kept of an erased request is strict: a name riding along is refused on reading.
    const kept = { id: request.id, reference: request.reference, siteId: 'salford', status: 'cancelled', requestedAt: at(1), erasedAt: at(9), cancelledByErasure: true };
    await stores.redis.rpush('{callbacks}:erased:salford', JSON.stringify({ v: 1, erased: { ...kept, name: 'Alex' } }));
    await expect(stores.callbacks.erasedBySite('salford')).rejects.toSatisfy(isCode('STORE_RECORD_INVALID'));
  });
});

/** A team action applied to `current`, or undefined when it is not allowed. */
function step(current: CallbackRequest, action: 'claim' | 'contacted' | 'close', time: string, by = 'Sam (duty worker)', reason?: string): CallbackRequest | undefined {
  const result = applyTransition(current, { action, by, at: time, ...(reason === undefined ? {} : { reason }) });
  return result.ok ? result.request : undefined;
}
