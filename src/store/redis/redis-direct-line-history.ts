import { AppError } from '../../domain/app-error';
import {
  activityId,
  conversationNotFound,
  conversationCodec,
  conversationTaken,
  decodeActivity,
  encodeActivityTemplate,
  normalLimit,
  normalWatermark,
  seqOfActivityId,
} from '../direct-line-schema';
import type { DirectLineHistory, HistoryPage, WebChatConversation } from '../ports';
import { appendActivityResults, createConversationResults, resultOf } from './lua-results';
import { redisCall, redisTransaction } from './redis-call';
import type { RedisClient, RedisCommands } from './redis-commands';
import { openSubscriber } from './redis-connection';

type Listener = (activity: Record<string, unknown>, watermark: number) => void;

export interface RedisDirectLineHistoryOptions {
  /** The client's key prefix: pub/sub channel names do not get it from ioredis, so it is added here. */
  readonly keyPrefix: string;
  /** How long a conversation is kept after its last create or append. */
  readonly ttlSeconds: number;
}

/** The conversation's id (or the user's) is the hash tag: a conversation's keys share a cluster slot. */
const keys = {
  conversation: (conversationId: string) => `dl:conv:{${conversationId}}`,
  seq: (conversationId: string) => `dl:seq:{${conversationId}}`,
  log: (conversationId: string) => `dl:log:{${conversationId}}`,
  user: (userId: string) => `dl:user:{${userId}}`,
};

/**
 * Direct Line history on Redis, shared by every instance. Per conversation: `dl:conv:{<id>}` (the
 * record), `dl:seq:{<id>}` (counter), `dl:log:{<id>}` (sorted set, score = sequence number, so a read
 * after a watermark is one ZRANGEBYSCORE), and per user `dl:user:{<userId>}` (their conversation ids).
 * All expire `ttlSeconds` after the conversation's last create or append (or sooner, for a
 * conversation whose retention is limited); the user set is refreshed with them and never
 * shortened, so it never expires before a conversation it lists. The user's set is in another slot
 * than the conversation's keys, so it is written just after them (and an erased conversation is
 * dropped from it just after its keys): at worst it names a conversation that is already gone.
 *
 * Appends are published on `<keyPrefix>dl:pub:<id>`; listeners hear them through one subscriber
 * connection per instance, opened on first use, subscribed per conversation while it has listeners.
 * Appends made here reach local listeners the same way (and so exactly once).
 */
export class RedisDirectLineHistory implements DirectLineHistory {
  private readonly channelPrefix: string;
  private readonly ttl: string;
  private subscriber: RedisClient | undefined;
  /** Per conversation, one entry per subscribe call, so the same function subscribed twice is called twice and unsubscribed singly. */
  private readonly listeners = new Map<string, Set<{ readonly listener: Listener }>>();
  /** The latest SUBSCRIBE/UNSUBSCRIBE: replies come in order, so awaiting it awaits all earlier ones. */
  private lastChange: Promise<void> = Promise.resolve();
  private closed = false;

  /** @param client the stores' client: commands go through it, and the subscriber connection is opened beside it. */
  constructor(
    private readonly client: RedisClient,
    options: RedisDirectLineHistoryOptions,
  ) {
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw new RangeError('Direct Line history TTL must be a positive whole number of seconds');
    }
    this.channelPrefix = `${options.keyPrefix}dl:pub:`;
    this.ttl = String(options.ttlSeconds);
  }

  /** Commands go through the stores' narrow view of the client; the whole client is kept for opening the subscriber. */
  private get redis(): RedisCommands {
    return this.client;
  }

  async createConversation(conversation: WebChatConversation): Promise<void> {
    const { conversationId, userId } = conversation;
    const { raw: record } = conversationCodec.encode(conversation);
    const code = await redisCall(
      'creating a web chat conversation',
      this.redis.lwcCreateConversation(keys.conversation(conversationId), keys.seq(conversationId), keys.log(conversationId), record, this.ttl, userId),
    );
    const result = resultOf(createConversationResults, code, 'createConversation');
    if (result === 'taken') throw conversationTaken();
    if (result === 'unreadable') throw new AppError('STORE_RECORD_INVALID', 'stored web chat conversation has an unknown version or shape');
    const user = keys.user(userId);
    await redisTransaction('creating a web chat conversation', this.redis.multi().sadd(user, conversationId).expire(user, this.ttl));
  }

  async getConversation(conversationId: string): Promise<WebChatConversation | undefined> {
    const raw = await redisCall('reading a web chat conversation', this.redis.get(keys.conversation(conversationId)));
    return raw === null ? undefined : conversationCodec.decode(raw);
  }

  async append(conversationId: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number }> {
    const template = encodeActivityTemplate(conversationId, activity);
    // The owner is read first so their set can be refreshed with the conversation's keys; the
    // script checks again that the conversation exists, so an erasure in between still wins.
    const conversation = await this.getConversation(conversationId);
    if (conversation === undefined) throw conversationNotFound();
    const ttl = this.ttlFor(conversation);
    // The user's set (another slot) is refreshed beside the append, not after it: one round trip. It
    // only ever lengthens: it must outlive every conversation it lists, and this one may be kept for
    // less than the others (retention limited for someone who did not agree to saving).
    const [seq] = await redisCall(
      'appending a web chat activity',
      Promise.all([
        this.redis.lwcAppendActivity(keys.conversation(conversationId), keys.seq(conversationId), keys.log(conversationId), template.head, template.tail, ttl, this.channelPrefix + conversationId),
        this.redis.lwcExtendExpiry(keys.user(conversation.userId), ttl),
      ]),
    );
    if (seq < 0 && resultOf(appendActivityResults, seq, 'appendActivity') === 'missing') throw conversationNotFound();
    return { id: activityId(conversationId, seq), watermark: seq };
  }

  async limitRetention(conversationId: string, seconds: number): Promise<void> {
    const conversation = await this.getConversation(conversationId);
    // Called after every turn of someone who has not agreed: once limited, appends keep to it.
    if (conversation === undefined || (conversation.retentionSeconds ?? Infinity) <= seconds) return;
    const limited = { ...conversation, retentionSeconds: seconds };
    const ttl = this.ttlFor(limited);
    await redisTransaction(
      'limiting how long a web chat conversation is kept',
      this.redis
        .multi()
        .set(keys.conversation(conversationId), conversationCodec.encode(limited).raw, 'EX', ttl, 'XX')
        .expire(keys.seq(conversationId), ttl)
        .expire(keys.log(conversationId), ttl),
    );
  }

  /** The conversation's keys' lifetime: the usual one, or less when the conversation is kept briefly. */
  private ttlFor(conversation: WebChatConversation): string {
    const usual = Number(this.ttl);
    return String(conversation.retentionSeconds === undefined ? usual : Math.min(usual, conversation.retentionSeconds));
  }

  async since(conversationId: string, watermark: number, limit: number): Promise<HistoryPage> {
    const after = normalWatermark(watermark);
    const count = normalLimit(limit);
    if (count === 0) return { activities: [], watermark: after };
    const reply = await redisCall(
      'reading web chat history',
      this.redis.zrangebyscore(keys.log(conversationId), `(${after}`, '+inf', 'WITHSCORES', 'LIMIT', 0, count),
    );
    const activities: Record<string, unknown>[] = [];
    let last = after;
    // WITHSCORES replies member, score, member, score…
    for (let index = 0; index + 1 < reply.length; index += 2) {
      activities.push(decodeActivity(reply[index] ?? ''));
      last = Number(reply[index + 1]);
    }
    return { activities, watermark: last };
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    if (this.closed) return () => undefined;
    const entry = { listener };
    let entries = this.listeners.get(conversationId);
    if (entries === undefined) {
      entries = new Set();
      this.listeners.set(conversationId, entries);
      this.track(this.readySubscriber().then((subscriber) => subscriber.subscribe(this.channelPrefix + conversationId)));
    }
    entries.add(entry);
    const own = entries;
    return () => {
      if (!own.delete(entry) || own.size > 0 || this.listeners.get(conversationId) !== own) return;
      this.listeners.delete(conversationId);
      if (!this.closed) this.track(this.readySubscriber().then((subscriber) => subscriber.unsubscribe(this.channelPrefix + conversationId)));
    };
  }

  /**
   * Resolves once every subscribe and unsubscribe made so far has reached Redis. Until then an
   * append elsewhere may go unheard, so a caller that must not miss one (or a test) awaits this
   * before reading the history it will continue from.
   */
  subscriptionsSettled(): Promise<void> {
    return this.lastChange;
  }

  async conversationsOf(userId: string): Promise<string[]> {
    const ids = await redisCall('listing web chat conversations', this.redis.smembers(keys.user(userId)));
    return ids.sort();
  }

  async deleteConversation(conversationId: string): Promise<void> {
    const raw = await redisCall('reading a web chat conversation', this.redis.get(keys.conversation(conversationId)));
    // An unreadable record still has its keys erased; only the owner's set cannot be found then.
    const owner = raw === null ? undefined : ownerOf(raw);
    await redisCall('erasing a web chat conversation', this.redis.del(keys.conversation(conversationId), keys.seq(conversationId), keys.log(conversationId)));
    if (owner !== undefined) await redisCall('erasing a web chat conversation', this.redis.srem(keys.user(owner), conversationId));
  }

  async clearHistory(conversationId: string): Promise<void> {
    await redisCall('clearing web chat history', this.redis.del(keys.log(conversationId)));
  }

  /** Closes the subscriber connection; listeners hear nothing more. The shared client is its owner's to close. */
  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber !== undefined) await subscriber.quit().catch(() => subscriber.disconnect());
  }

  /**
   * The subscriber connection once it is ready. A SUBSCRIBE queued while the connection is still
   * being made gets ahead of ioredis's ready check and is lost (seen under load): wait for ready.
   */
  private readySubscriber(): Promise<RedisClient> {
    const subscriber = this.subscriberConnection();
    if (subscriber.status === 'ready') return Promise.resolve(subscriber);
    return new Promise((resolve) => subscriber.once('ready', () => resolve(subscriber)));
  }

  private subscriberConnection(): RedisClient {
    if (this.subscriber !== undefined) return this.subscriber;
    const subscriber = openSubscriber(this.client);
    subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
    // ioredis re-subscribes what it knows after a reconnect, but not a SUBSCRIBE that failed while
    // Redis was away; repeating them all is harmless (Redis ignores a repeated SUBSCRIBE).
    subscriber.on('ready', () => {
      const channels = [...this.listeners.keys()].map((conversationId) => this.channelPrefix + conversationId);
      if (channels.length > 0) this.track(subscriber.subscribe(...channels));
    });
    this.subscriber = subscriber;
    return subscriber;
  }

  private track(change: Promise<unknown>): void {
    // Failures are not the caller's to handle (subscribe is synchronous); the 'ready' hook retries.
    this.lastChange = change.then(
      () => undefined,
      () => undefined,
    );
  }

  private deliver(channel: string, message: string): void {
    if (!channel.startsWith(this.channelPrefix)) return;
    const conversationId = channel.slice(this.channelPrefix.length);
    const entries = this.listeners.get(conversationId);
    if (entries === undefined) return;
    // A copy of the set: a listener may unsubscribe (or subscribe others) while being called.
    for (const { listener } of [...entries]) {
      try {
        // Each listener gets its own copy, so one cannot change what another sees.
        const activity = decodeActivity(message);
        const seq = seqOfActivityId(conversationId, activity['id']);
        if (seq !== undefined) listener(activity, seq);
      } catch {
        // An unreadable message or a failing listener (say, a closed socket) must not stop delivery
        // to the others, nor throw inside ioredis's reply handling.
      }
    }
  }
}

function ownerOf(raw: string): string | undefined {
  try {
    return conversationCodec.decode(raw).userId;
  } catch {
    return undefined;
  }
}
