import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { newReferenceCode } from '../../src/domain/callbacks/reference-code';
import type { DomainEvent } from '../../src/domain/callbacks/domain-event';
import { openTestRedisStores, randomKeyPrefix } from '../support/test-stores';
import { storeKinds, storesForEachTest } from '../support/store-contract';

function event(type: DomainEvent['type'] = 'callback.requested', minute = 0): DomainEvent {
  return { type, at: new Date(Date.UTC(2026, 10, 23, 9, minute)).toISOString(), siteId: 'salford', callbackId: randomUUID(), reference: newReferenceCode(Math.random) };
}

describe.each(storeKinds)('event outbox contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('starts empty', async () => {
    const { events } = await open();
    expect(await events.read('0', 10)).toEqual([]);
  });

  it('reads events oldest first with increasing ids, after an id (exclusive), up to a limit', async () => {
    const { events } = await open();
    const appended = [event('callback.requested', 1), event('callback.claimed', 2), event('callback.contacted', 3), event('callback.closed', 4)];
    for (const item of appended) await events.append(item);
    const all = await events.read('0', 100);
    expect(all.map((entry) => entry.event)).toEqual(appended);
    expect(all.every((entry) => /^\d+-\d+$/.test(entry.id))).toBe(true);
    expect(new Set(all.map((entry) => entry.id)).size).toBe(4);

    const firstTwo = await events.read('0', 2);
    expect(firstTwo.map((entry) => entry.event)).toEqual(appended.slice(0, 2));
    const rest = await events.read(firstTwo[1]?.id ?? '', 10);
    expect(rest.map((entry) => entry.event)).toEqual(appended.slice(2));
    expect(await events.read(all[3]?.id ?? '', 10)).toEqual([]);
    expect(await events.read('0', 0)).toEqual([]);
  });

  it('keeps events from several writers at once, each once', async () => {
    const { events } = await open();
    const appended = Array.from({ length: 50 }, (_, i) => event('callback.requested', i));
    await Promise.all(appended.map((item) => events.append(item)));
    const read = await events.read('0', 1_000);
    expect(read.map((entry) => entry.event.callbackId).sort()).toEqual(appended.map((item) => item.callbackId).sort());
  });

  it('refuses an event carrying anything but ids and codes, and an afterId that is no event id', async () => {
    const { events } = await open();
    const withName = { ...event(), name: 'Alex Example' };
    await expect(events.append(withName)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    await expect(events.append({ ...event(), reference: 'Alex' })).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    await expect(events.read('latest', 10)).rejects.toSatisfy((error: unknown) => isAppError(error, 'BAD_REQUEST'));
    expect(await events.read('0', 10)).toEqual([]);
  });
});

describe('redis event outbox', () => {
  it('is one stream shared by instances on one Redis, trimmed to about 10,000, failing loudly on a bad entry', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await openTestRedisStores(keyPrefix), await openTestRedisStores(keyPrefix)];
    try {
      const item = event('callback.claimed');
      await a.events.append(item);
      expect((await b.events.read('0', 10)).map((entry) => entry.event)).toEqual([item]);
      expect(await a.redis.type('events')).toBe('stream');
      // Trimmed as it grows: Redis cuts whole nodes of 100 entries, so a few over 10,000 may stay.
      await Promise.all(Array.from({ length: 10_300 }, (_, i) => b.events.append(event('callback.requested', i % 60))));
      const length = await a.redis.xlen('events');
      expect(length).toBeGreaterThanOrEqual(10_000);
      expect(length).toBeLessThanOrEqual(10_100);
      const keyPrefixOfBad = randomKeyPrefix();
      const c = await openTestRedisStores(keyPrefixOfBad);
      try {
        await c.redis.xadd('events', '*', 'e', '{"v":1,"event":{"type":"callback.claimed","name":"Alex"}}');
        await expect(c.events.read('0', 10)).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
      } finally {
        await c.close();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
