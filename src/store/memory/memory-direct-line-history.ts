import {
  activityId,
  conversationNotFound,
  conversationCodec,
  conversationTaken,
  decodeActivity,
  encodeActivityTemplate,
  fillActivityTemplate,
  normalLimit,
  normalWatermark,
} from '../direct-line-schema';
import type { DirectLineHistory, HistoryPage, WebChatConversation } from '../ports';

type Listener = (activity: Record<string, unknown>, watermark: number) => void;

interface Conversation {
  readonly userId: string;
  /** The conversation record; rewritten when its retention is limited. */
  raw: string;
  /** Stored activities, JSON; the one at index i has sequence number `cleared` + i + 1. */
  readonly log: string[];
  /** How many activities were erased from the start of the log by {@link MemoryDirectLineHistory.clearHistory}. */
  cleared: number;
}

/**
 * Direct Line history in this process's memory, with the Redis implementation's contract:
 * everything is kept as JSON (copied in and out), sequence numbers start at 1 per conversation,
 * and subscribers hear of each append once, in order.
 *
 * Nothing expires: memory mode is one process whose state is lost on restart anyway, so the
 * history lives no longer than the conversations' own dialog state does; erasure still works
 * through {@link deleteConversation} and {@link conversationsOf}.
 */
export class MemoryDirectLineHistory implements DirectLineHistory {
  private readonly conversations = new Map<string, Conversation>();
  private readonly byUser = new Map<string, Set<string>>();
  /** Per conversation, one entry per subscribe call, so the same function subscribed twice is called twice and unsubscribed singly. */
  private readonly listeners = new Map<string, Set<{ readonly listener: Listener }>>();

  async createConversation(conversation: WebChatConversation): Promise<void> {
    const { raw } = conversationCodec.encode(conversation);
    const existing = this.conversations.get(conversation.conversationId);
    if (existing !== undefined) {
      if (existing.userId !== conversation.userId) throw conversationTaken();
      return;
    }
    this.conversations.set(conversation.conversationId, { userId: conversation.userId, raw, log: [], cleared: 0 });
    const owned = this.byUser.get(conversation.userId) ?? new Set<string>();
    owned.add(conversation.conversationId);
    this.byUser.set(conversation.userId, owned);
  }

  async getConversation(conversationId: string): Promise<WebChatConversation | undefined> {
    const found = this.conversations.get(conversationId);
    return found === undefined ? undefined : conversationCodec.decode(found.raw);
  }

  async append(conversationId: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number }> {
    const template = encodeActivityTemplate(conversationId, activity);
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) throw conversationNotFound();
    // No await between reading the length and pushing: appends cannot interleave.
    const seq = conversation.cleared + conversation.log.length + 1;
    const raw = fillActivityTemplate(template, seq);
    conversation.log.push(raw);
    this.announce(conversationId, raw, seq);
    return { id: activityId(conversationId, seq), watermark: seq };
  }

  async limitRetention(conversationId: string, seconds: number): Promise<void> {
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) return;
    // Recorded like on Redis; in memory the history goes with the process, so nothing expires.
    const record = conversationCodec.decode(conversation.raw);
    if ((record.retentionSeconds ?? Infinity) <= seconds) return;
    conversation.raw = conversationCodec.encode({ ...record, retentionSeconds: seconds }).raw;
  }

  async since(conversationId: string, watermark: number, limit: number): Promise<HistoryPage> {
    const after = normalWatermark(watermark);
    const count = normalLimit(limit);
    const conversation = this.conversations.get(conversationId);
    const cleared = conversation?.cleared ?? 0;
    const start = Math.max(0, after - cleared);
    const raws = count === 0 ? [] : (conversation?.log ?? []).slice(start, start + count);
    return { activities: raws.map(decodeActivity), watermark: raws.length === 0 ? after : cleared + start + raws.length };
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    const entry = { listener };
    const entries = this.listeners.get(conversationId) ?? new Set();
    entries.add(entry);
    this.listeners.set(conversationId, entries);
    return () => {
      entries.delete(entry);
      if (entries.size === 0 && this.listeners.get(conversationId) === entries) this.listeners.delete(conversationId);
    };
  }

  /** Subscriptions are live as soon as `subscribe` returns; here for parity with the Redis history. */
  async subscriptionsSettled(): Promise<void> {
    return undefined;
  }

  async conversationsOf(userId: string): Promise<string[]> {
    return [...(this.byUser.get(userId) ?? [])].sort();
  }

  async deleteConversation(conversationId: string): Promise<void> {
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) return;
    this.conversations.delete(conversationId);
    const owned = this.byUser.get(conversation.userId);
    owned?.delete(conversationId);
    if (owned?.size === 0) this.byUser.delete(conversation.userId);
  }

  async clearHistory(conversationId: string): Promise<void> {
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) return;
    conversation.cleared += conversation.log.splice(0).length;
  }

  private announce(conversationId: string, raw: string, seq: number): void {
    // A copy of the set: a listener may unsubscribe (or subscribe others) while being called.
    for (const { listener } of [...(this.listeners.get(conversationId) ?? [])]) {
      try {
        // Each listener gets its own copy, as each Redis subscriber decodes its own.
        listener(decodeActivity(raw), seq);
      } catch {
        // A failing listener (say, a closed socket) is its own problem: the append happened, and the
        // other listeners must still hear of it.
      }
    }
  }
}
