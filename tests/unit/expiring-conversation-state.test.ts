import { TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ExpiringConversationState } from '../../src/bot/expiring-conversation-state';
import { keyedReferences } from '../../src/store/keyed-reference';
import { MemoryBotStorage } from '../../src/store/memory/memory-bot-storage';
import { testReferenceSecret } from '../support/test-stores';

/** The real in-memory storage, noting each write's items and lifetime. */
class NotingStorage extends MemoryBotStorage {
  readonly writes: { keys: string[]; ttlSeconds: number | undefined }[] = [];
  override write(changes: StoreItems, ttlSeconds?: number): Promise<void> {
    this.writes.push({ keys: Object.keys(changes), ttlSeconds });
    return super.write(changes, ttlSeconds);
  }
}

function turn(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'sms',
    conversation: { id: '+447700900123', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u', name: '' },
    recipient: { id: 'bot', name: '' },
    text: 'hi',
  });
}

function setup() {
  const storage = new NotingStorage({ now: () => 0 }, 3600);
  const state = new ExpiringConversationState(storage, keyedReferences(testReferenceSecret));
  return { storage, state, count: state.createProperty<number>('count') };
}

describe('ExpiringConversationState', () => {
  it('writes a changed state with the lifetime asked for, under a key that does not name the person', async () => {
    const { storage, state, count } = setup();
    const context = turn();
    await state.load(context, true);
    await count.set(context, 1);
    await state.saveFor(context, 120);
    expect(storage.writes).toHaveLength(1);
    expect(storage.writes[0]?.ttlSeconds).toBe(120);
    expect(storage.writes[0]?.keys[0]).toMatch(/^conversation:[A-Za-z0-9_-]{22}$/);

    const next = turn();
    await state.load(next, true);
    expect(await count.get(next)).toBe(1);
    expect(state.get(next)).toMatchObject({ count: 1 });
  });

  it('writes nothing when the state is as it was read, and again once it changes', async () => {
    const { storage, state, count } = setup();
    const first = turn();
    await state.load(first, true);
    await count.set(first, 1);
    await state.saveChanges(first);
    // Saving twice in one turn writes once.
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);

    const second = turn();
    await state.load(second, true);
    await count.set(second, 1);
    await state.saveFor(second, undefined);
    expect(storage.writes).toHaveLength(1);
    await count.set(second, 2);
    await state.saveFor(second, undefined);
    expect(storage.writes).toHaveLength(2);
    await state.saveFor(second, undefined, { force: true });
    expect(storage.writes).toHaveLength(3);
  });

  it('clears to an empty state that the next save writes, and deletes what is stored', async () => {
    const { storage, state, count } = setup();
    const context = turn();
    await state.load(context, true);
    await count.set(context, 3);
    await state.saveChanges(context);
    await state.clear(context);
    expect(await count.get(context)).toBeUndefined();
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(2);

    await state.delete(context);
    expect(storage.keys()).toEqual([]);
    expect(state.get(context)).toBeUndefined();
    const later = turn();
    expect(await state.load(later, true)).toEqual({});
  });
});
