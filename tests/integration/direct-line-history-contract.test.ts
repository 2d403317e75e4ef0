import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import type { DirectLineHistory, WebChatConversation } from '../../src/store/ports';
import { createRedisStores } from '../../src/store/redis/redis-stores';
import { systemClock } from '../../src/runtime/system-clock';
import { storeKinds, storeOpener } from '../support/store-contract';
import { randomKeyPrefix, testRedisUrl, testReferenceSecret } from '../support/test-stores';

interface Harness {
  readonly history: DirectLineHistory;
  close(): Promise<void>;
}

const userId = 'dl_user-4c1e';
const conversationId = 'conv-8d2b';
const createdAt = '2025-01-02T03:04:05.000Z';

function conversation(id = conversationId, owner = userId): WebChatConversation {
  return { conversationId: id, userId: owner, createdAt };
}

function message(text: string): Record<string, unknown> {
  return { type: 'message', from: { id: userId, role: 'user' }, text, channelData: { tags: [], nested: { empty: {} } } };
}

interface Heard {
  readonly text: unknown;
  readonly id: unknown;
  readonly watermark: number;
}

/** A listener that records what it hears. */
function recorder(): { heard: Heard[]; listener: (activity: Record<string, unknown>, watermark: number) => void } {
  const heard: Heard[] = [];
  return { heard, listener: (activity, watermark) => heard.push({ text: activity['text'], id: activity['id'], watermark }) };
}

/** Polls `condition` between turns of the event loop, failing after a bound instead of sleeping a fixed time. */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe.each(storeKinds)('Direct Line history contract (%s)', (name) => {
  let harness: Harness | undefined;
  const openStores = storeOpener(name);
  const open = async (): Promise<DirectLineHistory> => {
    const stores = await openStores();
    harness = { history: stores.directLine, close: () => stores.close() };
    return harness.history;
  };
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('creates a conversation and reads it back; an unknown one is undefined', async () => {
    const history = await open();
    expect(await history.getConversation(conversationId)).toBeUndefined();
    await history.createConversation(conversation());
    expect(await history.getConversation(conversationId)).toStrictEqual(conversation());
    expect(await history.conversationsOf(userId)).toEqual([conversationId]);
    expect(await history.conversationsOf('someone-else')).toEqual([]);
  });

  it('creates idempotently, but never rebinds a conversation to another user', async () => {
    const history = await open();
    await history.createConversation(conversation());
    await history.createConversation(conversation());
    const rebind = history.createConversation(conversation(conversationId, 'intruder'));
    await expect(rebind).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_CONFLICT'));
    expect(await history.getConversation(conversationId)).toStrictEqual(conversation());
    expect(await history.conversationsOf('intruder')).toEqual([]);
  });

  it('refuses a conversation record of an unknown shape', async () => {
    const history = await open();
    const bad = history.createConversation({ conversationId, userId, createdAt: 'yesterday' });
    await expect(bad).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect(await history.getConversation(conversationId)).toBeUndefined();
  });

  it('numbers appended activities, overwriting any id they came with', async () => {
    const history = await open();
    await history.createConversation(conversation());
    expect(await history.append(conversationId, { ...message('one'), id: 'client-chosen' })).toEqual({ id: `${conversationId}|1`, watermark: 1 });
    expect(await history.append(conversationId, message('two'))).toEqual({ id: `${conversationId}|2`, watermark: 2 });
    const page = await history.since(conversationId, 0, 10);
    expect(page.activities).toStrictEqual([
      { ...message('one'), id: `${conversationId}|1` },
      { ...message('two'), id: `${conversationId}|2` },
    ]);
    expect(page.watermark).toBe(2);
  });

  it('returns what came after a watermark, and the asked watermark when nothing is new', async () => {
    const history = await open();
    await history.createConversation(conversation());
    for (const text of ['a', 'b', 'c']) await history.append(conversationId, message(text));
    const texts = (page: { activities: readonly Record<string, unknown>[] }) => page.activities.map((activity) => activity['text']);
    const all = await history.since(conversationId, 0, 10);
    expect([texts(all), all.watermark]).toEqual([['a', 'b', 'c'], 3]);
    const rest = await history.since(conversationId, 1, 10);
    expect([texts(rest), rest.watermark]).toEqual([['b', 'c'], 3]);
    expect(await history.since(conversationId, 3, 10)).toEqual({ activities: [], watermark: 3 });
    expect(await history.since('no-such-conversation', 0, 10)).toEqual({ activities: [], watermark: 0 });
  });

  it('respects the limit, giving the watermark of the last activity returned', async () => {
    const history = await open();
    await history.createConversation(conversation());
    for (const text of ['a', 'b', 'c', 'd', 'e']) await history.append(conversationId, message(text));
    const pages: unknown[] = [];
    let watermark = 0;
    for (let round = 0; round < 4; round += 1) {
      const page = await history.since(conversationId, watermark, 2);
      pages.push([page.activities.map((activity) => activity['text']), page.watermark]);
      watermark = page.watermark;
    }
    expect(pages).toEqual([[['a', 'b'], 2], [['c', 'd'], 4], [['e'], 5], [[], 5]]);
    expect(await history.since(conversationId, 0, 0)).toEqual({ activities: [], watermark: 0 });
  });

  it('gives concurrent appends distinct consecutive sequence numbers, stored in that order', async () => {
    const history = await open();
    await history.createConversation(conversation());
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => history.append(conversationId, message(`m${n}`))));
    const watermarks = results.map((result) => result.watermark).sort((a, b) => a - b);
    expect(watermarks).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
    expect(new Set(results.map((result) => result.id)).size).toBe(50);
    const page = await history.since(conversationId, 0, 100);
    expect(page.watermark).toBe(50);
    // The activity stored at each sequence number is the one whose append was given that number.
    results.forEach((result, n) => {
      expect(page.activities[result.watermark - 1]).toMatchObject({ text: `m${n}`, id: result.id });
    });
  });

  it('refuses to append to a conversation that does not exist, without naming it', async () => {
    const history = await open();
    const error: unknown = await history.append(conversationId, message('lost')).catch((caught: unknown) => caught);
    expect(isAppError(error, 'NOT_FOUND')).toBe(true);
    expect(error instanceof Error ? error.message : '').not.toContain(conversationId);
    expect(await history.since(conversationId, 0, 10)).toEqual({ activities: [], watermark: 0 });
  });

  it('refuses an activity that is not JSON', async () => {
    const history = await open();
    await history.createConversation(conversation());
    const bad = history.append(conversationId, { type: 'message', big: 1n });
    await expect(bad).rejects.toSatisfy((error: unknown) => isAppError(error, 'STORE_RECORD_INVALID'));
    expect((await history.since(conversationId, 0, 10)).activities).toEqual([]);
  });

  it('hands out copies, so changing a given or returned activity does not change the store', async () => {
    const history = await open();
    await history.createConversation(conversation());
    const given = { ...message('original'), id: 'client-chosen' };
    await history.append(conversationId, given);
    expect(given.id).toBe('client-chosen');
    Reflect.set(given, 'text', 'tampered');
    const [first] = (await history.since(conversationId, 0, 10)).activities;
    if (first !== undefined) {
      Reflect.set(first, 'text', 'tampered');
      Reflect.set(first, 'channelData', 'tampered');
    }
    const [again] = (await history.since(conversationId, 0, 10)).activities;
    expect(again).toStrictEqual({ ...message('original'), id: `${conversationId}|1` });
  });

  it('tells subscribers of each later append exactly once, in order, until they unsubscribe', async () => {
    const history = await open();
    await history.createConversation(conversation());
    await history.createConversation(conversation('other-conv'));
    await history.append(conversationId, message('before'));
    const first = recorder();
    const second = recorder();
    const stopFirst = history.subscribe(conversationId, first.listener);
    history.subscribe(conversationId, second.listener);
    await history.subscriptionsSettled();
    for (const text of ['a', 'b', 'c']) await history.append(conversationId, message(text));
    await history.append('other-conv', message('elsewhere'));
    // On a Redis Cluster 'before' may still be heard (see the port): only what follows is checked.
    const fromNow = (heard: typeof second.heard) => heard.filter(({ watermark }) => watermark > 1);
    await waitUntil(() => fromNow(second.heard).length >= 3, 'three deliveries');
    stopFirst();
    stopFirst();
    await history.subscriptionsSettled();
    await history.append(conversationId, message('d'));
    // Deliveries arrive in order, so once 'd' is heard any duplicate of an earlier one would have been too.
    await waitUntil(() => fromNow(second.heard).length >= 4, 'the fourth delivery');
    const expected = ['a', 'b', 'c', 'd'].map((text, n) => ({ text, id: `${conversationId}|${n + 2}`, watermark: n + 2 }));
    expect(fromNow(second.heard)).toEqual(expected);
    expect(fromNow(first.heard)).toEqual(expected.slice(0, 3));
  });

  it('gives each listener its own copy', async () => {
    const history = await open();
    await history.createConversation(conversation());
    const seen: Record<string, unknown>[] = [];
    history.subscribe(conversationId, (activity) => {
      Reflect.set(activity, 'text', 'tampered');
      seen.push(activity);
    });
    history.subscribe(conversationId, (activity) => seen.push(activity));
    await history.subscriptionsSettled();
    await history.append(conversationId, message('original'));
    await waitUntil(() => seen.length >= 2, 'both deliveries');
    expect(seen.map((activity) => activity['text'])).toEqual(['tampered', 'original']);
    expect((await history.since(conversationId, 0, 1)).activities[0]?.['text']).toBe('original');
  });

  it('erases a conversation and its history, and forgets it for its user', async () => {
    const history = await open();
    await history.createConversation(conversation());
    await history.createConversation(conversation('kept-conv'));
    await history.append(conversationId, message('secret'));
    await history.append('kept-conv', message('kept'));
    expect(await history.conversationsOf(userId)).toEqual(['conv-8d2b', 'kept-conv']);
    await history.deleteConversation(conversationId);
    await history.deleteConversation(conversationId);
    expect(await history.getConversation(conversationId)).toBeUndefined();
    expect(await history.since(conversationId, 0, 10)).toEqual({ activities: [], watermark: 0 });
    expect(await history.conversationsOf(userId)).toEqual(['kept-conv']);
    await expect(history.append(conversationId, message('late'))).rejects.toSatisfy((error: unknown) => isAppError(error, 'NOT_FOUND'));
    expect((await history.since('kept-conv', 0, 10)).activities).toHaveLength(1);
  });

  it('records a limit on how long a conversation is kept, never lengthening it; an unknown conversation is left alone', async () => {
    const history = await open();
    await history.limitRetention(conversationId, 600);
    expect(await history.getConversation(conversationId)).toBeUndefined();
    await history.createConversation(conversation());
    await history.limitRetention(conversationId, 7_200);
    await history.limitRetention(conversationId, 86_400);
    expect(await history.getConversation(conversationId)).toStrictEqual({ ...conversation(), retentionSeconds: 7_200 });
    await history.append(conversationId, message('one'));
    expect((await history.since(conversationId, 0, 10)).activities).toHaveLength(1);
  });

  it('clears a conversation\'s activities but keeps it, numbering on from where it was', async () => {
    const history = await open();
    await history.createConversation(conversation());
    await history.append(conversationId, message('secret one'));
    await history.append(conversationId, message('secret two'));
    await history.clearHistory(conversationId);
    expect(await history.since(conversationId, 0, 10)).toEqual({ activities: [], watermark: 0 });
    expect(await history.getConversation(conversationId)).toEqual(conversation());
    expect(await history.append(conversationId, message('after'))).toEqual({ id: `${conversationId}|3`, watermark: 3 });
    const page = await history.since(conversationId, 0, 10);
    expect(page.activities.map((activity) => activity['text'])).toEqual(['after']);
    expect(page.watermark).toBe(3);
    expect((await history.since(conversationId, 2, 10)).activities).toHaveLength(1);
    expect(await history.since(conversationId, 3, 10)).toEqual({ activities: [], watermark: 3 });
    await history.clearHistory('no-such-conversation');
  });
});

describe('Redis Direct Line history', () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  const open = async (keyPrefix: string, directLineTtlSeconds?: number) => {
    const stores = await createRedisStores({
      connection: { url: testRedisUrl() },
      keyPrefix,
      lockTtlMs: 5_000,
      lockWaitMs: 2_000,
      clock: systemClock,
      referenceSecret: testReferenceSecret,
      ...(directLineTtlSeconds === undefined ? {} : { directLineTtlSeconds }),
    });
    opened.push(stores);
    return stores;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
  });

  it('tells a listener on another instance of appends made through this one', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    await a.directLine.createConversation(conversation());
    const { heard, listener } = recorder();
    b.directLine.subscribe(conversationId, listener);
    await b.directLine.subscriptionsSettled();
    await a.directLine.append(conversationId, message('one'));
    await b.directLine.append(conversationId, message('two'));
    await waitUntil(() => heard.length >= 2, 'both deliveries');
    expect(heard).toEqual([
      { text: 'one', id: `${conversationId}|1`, watermark: 1 },
      { text: 'two', id: `${conversationId}|2`, watermark: 2 },
    ]);
  });

  it('subscribes to the prefixed channel while a conversation has listeners, and unsubscribes after the last', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    const channel = `${keyPrefix}dl:pub:${conversationId}`;
    const subscribers = async (): Promise<unknown> => (await stores.redis.pubsub('NUMSUB', channel))[1];
    const stopFirst = stores.directLine.subscribe(conversationId, () => undefined);
    const stopSecond = stores.directLine.subscribe(conversationId, () => undefined);
    await stores.directLine.subscriptionsSettled();
    expect(await subscribers()).toBe(1);
    stopFirst();
    await stores.directLine.subscriptionsSettled();
    expect(await subscribers()).toBe(1);
    stopSecond();
    await stores.directLine.subscriptionsSettled();
    expect(await subscribers()).toBe(0);
  });

  it('expires every key of a conversation after the configured TTL, refreshed on append', async () => {
    const stores = await open(randomKeyPrefix(), 60);
    await stores.directLine.createConversation(conversation());
    await stores.directLine.append(conversationId, message('one'));
    for (const key of [`dl:conv:{${conversationId}}`, `dl:seq:{${conversationId}}`, `dl:log:{${conversationId}}`, `dl:user:{${userId}}`]) {
      const pttl = await stores.redis.pttl(key);
      expect(pttl, key).toBeGreaterThan(0);
      expect(pttl, key).toBeLessThanOrEqual(60_000);
    }
  });

  it('keeps a conversation whose retention is limited only that long after its last append', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.directLine.createConversation(conversation());
    await stores.directLine.append(conversationId, message('one'));
    await stores.directLine.limitRetention(conversationId, 7_200);
    await stores.directLine.append(conversationId, message('two'));
    for (const key of [`dl:conv:{${conversationId}}`, `dl:seq:{${conversationId}}`, `dl:log:{${conversationId}}`]) {
      const ttl = await stores.redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(7_000);
      expect(ttl, key).toBeLessThanOrEqual(7_200);
    }
    // The user's list of conversations keeps the usual lifetime: erasure reads it.
    expect(await stores.redis.ttl(`dl:user:{${userId}}`)).toBeGreaterThan(604_800 - 60);
  });

  it('keeps conversations for 7 days unless told otherwise', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.directLine.createConversation(conversation());
    expect(await stores.redis.ttl(`dl:conv:{${conversationId}}`)).toBeGreaterThan(604_800 - 60);
  });

  it('leaves no dl: key of an erased conversation', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await open(keyPrefix);
    await stores.directLine.createConversation(conversation());
    await stores.directLine.createConversation(conversation('kept-conv'));
    await stores.directLine.append(conversationId, message('secret'));
    const before = await stores.redis.keys(`${keyPrefix}dl:*`);
    expect(before.filter((key) => key.includes(conversationId))).toHaveLength(3);
    await stores.directLine.deleteConversation(conversationId);
    const after = await stores.redis.keys(`${keyPrefix}dl:*`);
    expect(after.filter((key) => key.includes(conversationId))).toEqual([]);
    expect(await stores.redis.smembers(`dl:user:{${userId}}`)).toEqual(['kept-conv']);
    await stores.directLine.deleteConversation('kept-conv');
    expect(await stores.redis.keys(`${keyPrefix}dl:*`)).toEqual([]);
  });

  it('fails loudly on a stored conversation of an unknown version, without naming it', async () => {
    const stores = await open(randomKeyPrefix());
    await stores.redis.set(`dl:conv:{${conversationId}}`, JSON.stringify({ v: 99, conversation: { conversationId, userId } }));
    const error: unknown = await stores.directLine.getConversation(conversationId).catch((caught: unknown) => caught);
    expect(isAppError(error, 'STORE_RECORD_INVALID')).toBe(true);
    const text = error instanceof Error ? error.message : '';
    expect(text).not.toContain(conversationId);
    expect(text).not.toContain(userId);
  });

  it('stops delivering once closed', async () => {
    const keyPrefix = randomKeyPrefix();
    const [a, b] = [await open(keyPrefix), await open(keyPrefix)];
    await a.directLine.createConversation(conversation());
    const closed = recorder();
    const live = recorder();
    b.directLine.subscribe(conversationId, closed.listener);
    a.directLine.subscribe(conversationId, live.listener);
    await Promise.all([a.directLine.subscriptionsSettled(), b.directLine.subscriptionsSettled()]);
    await b.directLine.close();
    await a.directLine.append(conversationId, message('after close'));
    await waitUntil(() => live.heard.length >= 1, 'the live listener');
    expect(closed.heard).toEqual([]);
  });
});
