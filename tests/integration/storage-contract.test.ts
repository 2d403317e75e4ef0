import { TestAdapter, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExpiringConversationState } from '../../src/bot/expiring-conversation-state';
import { holdTurnFence } from '../../src/bot/turn-fence';
import { isAppError } from '../../src/domain/app-error';
import { MemoryBotStorage } from '../../src/store/memory/memory-bot-storage';
import type { Stores } from '../../src/store/ports';
import { TestClock } from '../support/test-clock';
import { storeKinds, storeOpener } from '../support/store-contract';
import { openTestRedisStores } from '../support/test-stores';

interface Harness {
  stores: Stores;
}

describe.each(storeKinds)('storage contract (%s)', (name) => {
  let harness: Harness;
  const openStores = storeOpener(name);
  const open = async (): Promise<Harness> => {
    harness = { stores: await openStores() };
    return harness;
  };
  afterEach(async () => {
    await harness.stores.close();
  });

  it('reads back what was written, with a new eTag', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1, nested: { list: [1, 2] } } });
    const items = await stores.botStorage.read(['a', 'missing']);
    expect(items['a']).toMatchObject({ count: 1, nested: { list: [1, 2] } });
    expect(typeof items['a']?.eTag).toBe('string');
    expect(items['missing']).toBeUndefined();
  });

  it('hands out copies, so changing a read item does not change the store', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 } });
    const first = await stores.botStorage.read(['a']);
    if (first['a']) first['a'].count = 99;
    const second = await stores.botStorage.read(['a']);
    expect(second['a']?.count).toBe(1);
  });

  it('overwrites with "*" or with no eTag', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 } });
    await stores.botStorage.write({ a: { count: 2, eTag: '*' } });
    expect((await stores.botStorage.read(['a']))['a']?.count).toBe(2);
    await stores.botStorage.write({ a: { count: 3 } });
    expect((await stores.botStorage.read(['a']))['a']?.count).toBe(3);
  });

  it('accepts the current eTag and rejects a stale one', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 } });
    const read = (await stores.botStorage.read(['a']))['a'];
    await stores.botStorage.write({ a: { ...read, count: 2 } });
    const stale = stores.botStorage.write({ a: { ...read, count: 3 } });
    await expect(stale).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
    expect((await stores.botStorage.read(['a']))['a']?.count).toBe(2);
  });

  it('rejects an eTag for a record that has since been deleted, so erased data is not revived', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 } });
    const read = (await stores.botStorage.read(['a']))['a'];
    await stores.botStorage.delete(['a']);
    await expect(stores.botStorage.write({ a: { ...read, count: 2 } })).rejects.toSatisfy((error: unknown) =>
      isAppError(error, 'STORE_CONFLICT'),
    );
    expect(await stores.botStorage.read(['a'])).toEqual({});
  });

  it('writes a batch all or nothing', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 }, b: { count: 1 } });
    const { a, b } = await stores.botStorage.read(['a', 'b']);
    await stores.botStorage.write({ b: { ...b, count: 2 } });
    const batch = stores.botStorage.write({ a: { ...a, count: 5 }, b: { ...b, count: 5 }, c: { count: 5 } });
    await expect(batch).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
    const after = await stores.botStorage.read(['a', 'b', 'c']);
    expect(after['a']?.count).toBe(1);
    expect(after['b']?.count).toBe(2);
    expect(after['c']).toBeUndefined();
  });

  it('deletes items, and deleting a missing item is fine', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ a: { count: 1 }, b: { count: 1 } });
    await stores.botStorage.delete(['a', 'never-written']);
    expect(Object.keys(await stores.botStorage.read(['a', 'b']))).toEqual(['b']);
  });

  it('keeps keys with slashes and unicode apart', async () => {
    const { stores } = await open();
    await stores.botStorage.write({ 'webchat/conversations/x': { n: 1 }, 'webchat/conversations/x/ü': { n: 2 } });
    const items = await stores.botStorage.read(['webchat/conversations/x', 'webchat/conversations/x/ü']);
    expect(items['webchat/conversations/x']?.n).toBe(1);
    expect(items['webchat/conversations/x/ü']?.n).toBe(2);
  });

  it('serializes work on one conversation and lets other conversations run', async () => {
    const { stores } = await open();
    const events: string[] = [];
    const slow = stores.conversationLock.runExclusive('c1', async () => {
      events.push('a-start');
      await new Promise((resolve) => setTimeout(resolve, 30));
      events.push('a-end');
    });
    const queued = stores.conversationLock.runExclusive('c1', async () => {
      events.push('b');
    });
    const other = stores.conversationLock.runExclusive('c2', async () => {
      events.push('other');
    });
    await Promise.all([slow, queued, other]);
    expect(events.indexOf('b')).toBeGreaterThan(events.indexOf('a-end'));
    expect(events.indexOf('other')).toBeLessThan(events.indexOf('a-end'));
  });

  it('releases the lock when the work throws', async () => {
    const { stores } = await open();
    await expect(
      stores.conversationLock.runExclusive('c1', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(stores.conversationLock.runExclusive('c1', async () => 'next')).resolves.toBe('next');
  });

  it('loses no update when many turns increment one counter at once', async () => {
    const { stores } = await open();
    const increment = () =>
      stores.conversationLock.runExclusive('counter', async () => {
        const item = (await stores.botStorage.read(['counter']))['counter'];
        const count = typeof item?.count === 'number' ? item.count : 0;
        await stores.botStorage.write({ counter: { count: count + 1, eTag: '*' } });
      });
    await Promise.all(Array.from({ length: 40 }, increment));
    expect((await stores.botStorage.read(['counter']))['counter']?.count).toBe(40);
  });

  it("hands each turn the read made as it took the lock, which sees every earlier turn's write", async () => {
    const { stores } = await open();
    const countOf = (items: Record<string, { count?: unknown } | undefined>) => {
      const count = items['counter']?.count;
      return typeof count === 'number' ? count : 0;
    };
    const increment = () =>
      stores.conversationLock.runExclusive(
        'counter',
        async ({ read, fence }) => stores.botStorage.write({ counter: { count: countOf(read) + 1, eTag: '*' } }, undefined, fence),
        () => stores.botStorage.read(['counter']),
      );
    await Promise.all(Array.from({ length: 40 }, increment));
    expect(countOf(await stores.botStorage.read(['counter']))).toBe(40);
  });

  it('answers a health ping', async () => {
    const { stores } = await open();
    await expect(stores.health.ping()).resolves.toBeUndefined();
  });
});

describe('conversation state expiry', () => {
  it('keeps every Redis item for the default lifetime, or the shorter one a write asks for', async () => {
    const stores = await openTestRedisStores();
    try {
      await stores.botStorage.write({ kept: { count: 1 } });
      await stores.botStorage.write({ brief: { count: 1 } }, 7_200);
      const kept = await stores.redis.pttl('{turns}:state:kept');
      expect(kept).toBeGreaterThan(604_700_000);
      expect(kept).toBeLessThanOrEqual(604_800_000);
      const brief = await stores.redis.pttl('{turns}:state:brief');
      expect(brief).toBeGreaterThan(7_100_000);
      expect(brief).toBeLessThanOrEqual(7_200_000);
      // Each write sets the lifetime anew.
      await stores.botStorage.write({ kept: { count: 2 } }, 60);
      expect(await stores.redis.pttl('{turns}:state:kept')).toBeLessThanOrEqual(60_000);
    } finally {
      await stores.close();
    }
  });

  it('drops an in-memory item once its lifetime has passed', async () => {
    const clock = new TestClock(Date.parse('2026-12-07T10:00:00.000Z'));
    const storage = new MemoryBotStorage(clock, 600);
    await storage.write({ kept: { count: 1 } });
    await storage.write({ brief: { count: 1 } }, 60);
    clock.advance(60_000);
    expect(Object.keys(await storage.read(['kept', 'brief']))).toEqual(['kept']);
    expect(storage.keys()).toEqual(['kept']);
    // An expired item counts as gone for eTag checks too.
    clock.advance(540_000);
    expect(await storage.read(['kept'])).toEqual({});
  });
});

describe('redis storage records', () => {
  it('fails loudly on a record of an unknown version rather than guessing', async () => {
    const stores = await openTestRedisStores();
    try {
      // As an older or broken release might have left it.
      await stores.redis.hset('{turns}:state:old', 'e', 'x', 'd', JSON.stringify({ v: 99, item: {} }));
      await expect(stores.botStorage.read(['old'])).rejects.toSatisfy((error: unknown) =>
        isAppError(error, 'STORE_RECORD_INVALID'),
      );
    } finally {
      await stores.close();
    }
  });

  it('refuses a fenced write once the turn no longer holds its lock', async () => {
    const stores = await openTestRedisStores();
    try {
      const write = stores.conversationLock.runExclusive('c1', async ({ fence }) => {
        // Simulates the lock expiring while this turn stalled and another instance taking over.
        await stores.redis.set(`{turns}:lock:${stores.references('conversation', 'c1')}`, 'someone-else');
        await stores.botStorage.write({ a: { count: 1 } }, undefined, fence);
      });
      await expect(write).rejects.toSatisfy((error: unknown) => isAppError(error, 'LOCK_LOST'));
      expect(await stores.botStorage.read(['a'])).toEqual({});
    } finally {
      await stores.close();
    }
  });

  it('refuses the conversation state a turn saves once the turn no longer holds its lock', async () => {
    const stores = await openTestRedisStores();
    try {
      const state = new ExpiringConversationState(stores.botStorage, stores.references);
      const context = new TurnContext(new TestAdapter(), {
        type: 'message',
        channelId: 'test',
        conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'u', name: '' },
        recipient: { id: 'bot', name: '' },
      });
      const save = stores.conversationLock.runExclusive('c1', async ({ fence }) => {
        holdTurnFence(context, fence);
        await state.load(context, true);
        await state.createProperty<number>('count').set(context, 1);
        await stores.redis.set(`{turns}:lock:${stores.references('conversation', 'c1')}`, 'someone-else');
        await state.saveChanges(context);
      });
      await expect(save).rejects.toSatisfy((error: unknown) => isAppError(error, 'LOCK_LOST'));
      expect(await state.load(context, true)).toEqual({});
    } finally {
      await stores.close();
    }
  });

  it("releases the lock with a turn's last write, in the same script, and the lock sends no release of its own", async () => {
    const stores = await openTestRedisStores();
    try {
      const lockKey = `{turns}:lock:${stores.references('conversation', 'c1')}`;
      const releases = vi.spyOn(stores.redis, 'lwcReleaseLock');
      await stores.conversationLock.runExclusive('c1', async ({ fence }) => {
        expect(await stores.redis.exists(lockKey)).toBe(1);
        await stores.botStorage.write({ a: { count: 1 } }, undefined, fence, true);
        // Released by the write itself: another instance could take the conversation now.
        expect(await stores.redis.exists(lockKey)).toBe(0);
      });
      expect(releases).not.toHaveBeenCalled();
      expect((await stores.botStorage.read(['a']))['a']).toMatchObject({ count: 1 });

      // A last write that fails leaves the lock held, and the lock releases it as usual.
      const stale = stores.conversationLock.runExclusive('c1', async ({ fence }) => {
        await stores.botStorage.write({ a: { count: 2, eTag: 'stale' } }, undefined, fence, true);
      });
      await expect(stale).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
      expect(releases).toHaveBeenCalled();
      expect(await stores.redis.exists(lockKey)).toBe(0);
      // Without a fence there is no lock to release: the write is an ordinary one.
      await stores.redis.set(lockKey, 'someone-else');
      await stores.botStorage.write({ b: { count: 1 } }, undefined, undefined, true);
      expect(await stores.redis.get(lockKey)).toBe('someone-else');
    } finally {
      await stores.close();
    }
  });

  it('refuses a fenced delete once the turn no longer holds its lock', async () => {
    const stores = await openTestRedisStores();
    try {
      await stores.botStorage.write({ a: { count: 1 } });
      const erase = stores.conversationLock.runExclusive('c1', async ({ fence }) => {
        await stores.redis.set(`{turns}:lock:${stores.references('conversation', 'c1')}`, 'someone-else');
        await stores.botStorage.delete(['a'], fence);
      });
      await expect(erase).rejects.toSatisfy((error: unknown) => isAppError(error, 'LOCK_LOST'));
      expect((await stores.botStorage.read(['a']))['a']).toMatchObject({ count: 1 });
    } finally {
      await stores.close();
    }
  });
});
