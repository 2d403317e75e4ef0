import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { MemoryDataExportStore } from '../../src/store/memory/memory-data-export-store';
import type { PendingExport } from '../../src/domain/my-data/pending-export';
import { randomKeyPrefix } from '../support/test-stores';
import { redisStoresForEachTest, storeKinds, storesForEachTest } from '../support/store-contract';

const personKey = 'webchat:dl_4c1e9a7b2d3f4e5a';
const waiting = (overrides: Partial<PendingExport> = {}): PendingExport => ({
  personKey,
  fileName: 'living-well-my-data-2026-12-06.json',
  json: JSON.stringify({ goals: [{ text: 'Walk to the bakery' }] }),
  ...overrides,
});

describe.each(storeKinds)('data export store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('gives an export back exactly once', async () => {
    const { exports } = await open();
    await exports.put('export-1', waiting(), 600);
    expect(await exports.take('export-1')).toStrictEqual(waiting());
    expect(await exports.take('export-1')).toBeUndefined();
    expect(await exports.take('never-issued')).toBeUndefined();
  });

  it('gives one of 10 racing downloads the export, and the rest nothing', async () => {
    const { exports } = await open();
    await exports.put('export-2', waiting(), 600);
    const taken = await Promise.all(Array.from({ length: 10 }, () => exports.take('export-2')));
    expect(taken.filter((entry) => entry !== undefined)).toHaveLength(1);
  });

  it('keeps one export per person: a new one replaces the one waiting', async () => {
    const { exports } = await open();
    await exports.put('older', waiting({ json: '{"n":1}' }), 600);
    await exports.put('newer', waiting({ json: '{"n":2}' }), 600);
    await exports.put('someone-else', waiting({ personKey: 'sms:+447700900123' }), 600);
    expect(await exports.take('older')).toBeUndefined();
    expect((await exports.take('newer'))?.json).toBe('{"n":2}');
    expect(await exports.take('someone-else')).toBeDefined();
  });

  it("forgets the person's waiting export when their data is erased, and no one else's", async () => {
    const { exports } = await open();
    await exports.put('mine', waiting(), 600);
    await exports.put('theirs', waiting({ personKey: 'sms:+447700900123' }), 600);
    await exports.eraseFor(personKey);
    await exports.eraseFor('webchat:nobody');
    expect(await exports.take('mine')).toBeUndefined();
    expect(await exports.take('theirs')).toBeDefined();
  });

  it('refuses to keep what is not an export', async () => {
    const { exports } = await open();
    const refused = await exports.put('bad', waiting({ fileName: '../../etc/passwd' }), 600).catch((error: unknown) => error);
    expect(isAppError(refused, 'STORE_RECORD_INVALID')).toBe(true);
  });
});

describe('memory data export store', () => {
  it('lets an export expire', async () => {
    let now = Date.parse('2026-12-06T10:00:00.000Z');
    const exports = new MemoryDataExportStore(() => now);
    await exports.put('soon-gone', waiting(), 600);
    now += 600_000;
    expect(await exports.take('soon-gone')).toBeUndefined();
  });
});

describe('redis data export store', () => {
  const open = redisStoresForEachTest();

  it('keeps the export and the person pointer under the link lifetime, and leaves nothing once erased', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    await stores.exports.put('laid-out', waiting(), 600);
    const pointer = `{exports}:person:${stores.references('person', personKey)}`;
    expect((await stores.redis.keys(`${keyPrefix}*`)).sort()).toEqual([`${keyPrefix}${pointer}`, `${keyPrefix}{exports}:export:laid-out`].sort());
    for (const key of ['{exports}:export:laid-out', pointer]) {
      const ttl = await stores.redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(600_000);
    }
    await stores.exports.eraseFor(personKey);
    expect(await stores.redis.keys(`${keyPrefix}*`)).toEqual([]);
  });

  it('fails loudly on a stored export of an unknown shape', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.redis.set('{exports}:export:odd', JSON.stringify({ v: 2, export: waiting() }));
    const error = await stores.exports.take('odd').catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
  });
});
