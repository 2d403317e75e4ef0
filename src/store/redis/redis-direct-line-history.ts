import type { Redis, Result } from 'ioredis';
import { AppError } from '../../domain/app-error';
import {
  activityId,
  conversationNotFound,
  conversationTaken,
  decodeActivity,
  decodeConversation,
  encodeActivityTemplate,
  encodeConversation,
  normalLimit,
  normalWatermark,
  seqOfActivityId,
} from '../direct-line-schema';
import type { DirectLineHistory, HistoryPage, WebChatConversation } from '../ports';
import { redisFailure } from './redis-failure';

type Listener = (activity: Record<string, unknown>, watermark: number) => void;

export interface RedisDirectLineHistoryOptions {
  /** The client's key prefix: pub/sub channel names do not get it from ioredis, so it is added here. */
  readonly keyPrefix: string;
  /** How long a conversation is kept after its last create or append. */
  readonly ttlSeconds: number;
}

/**
 * Records a conversation unless its id is taken. KEYS: conversation, user set, sequence, log.
 * ARGV: record, ttl, conversation id, user id. Returns 1 created, 0 already there for this user,
 * -1 bound to another user, -2 unreadable. The existing record is decoded with cjson only to
 * compare owners: done here so that two creates at once cannot both bind the id.
 */
const createConversation = `
local existing = redis.call('GET', KEYS[1])
if existing then
  local ok, stored = pcall(cjson.decode, existing)
  if not ok or type(stored) ~= 'table' or type(stored.conversation) ~= 'table' then return -2 end
  if stored.conversation.userId ~= ARGV[4] then return -1 end
else
  redis.call('SET', KEYS[1], ARGV[1])
end
redis.call('SADD', KEYS[2], ARGV[3])
for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ARGV[2]) end
if existing then return 0 end
return 1
`;

/**
 * Appends an activity. KEYS: conversation, sequence, log, user set. ARGV: the stored JSON before
 * and after its sequence number, ttl (the conversation's: see `limitRetention`), channel. INCR and ZADD in one script, so sequence numbers
 * are distinct and the log's order is the order of appends. Returns the sequence number, or -1
 * when the conversation is gone.
 */
const appendActivity = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local seq = redis.call('INCR', KEYS[2])
local member = ARGV[1] .. seq .. ARGV[2]
redis.call('ZADD', KEYS[3], seq, member)
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
-- The user's set only ever lengthens: it must outlive every conversation it lists, and this one may
-- be kept for less than the others (retention limited for someone who did not agree to saving).
if redis.call('TTL', KEYS[4]) < tonumber(ARGV[3]) then redis.call('EXPIRE', KEYS[4], ARGV[3]) end
redis.call('PUBLISH', ARGV[4], member)
return seq
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lwcDlCreate(
      conversationKey: string,
      userKey: string,
      seqKey: string,
      logKey: string,
      record: string,
      ttlSeconds: string,
      conversationId: string,
      userId: string,
    ): Result<number, Context>;
    lwcDlAppend(
      conversationKey: string,
      seqKey: string,
      logKey: string,
      userKey: string,
      head: string,
      tail: string,
      ttlSeconds: string,
      channel: string,
    ): Result<number, Context>;
  }
}

const keys = {
  conversation: (conversationId: string) => `dl:conv:${conversationId}`,
  seq: (conversationId: string) => `dl:seq:${conversationId}`,
  log: (conversationId: string) => `dl:log:${conversationId}`,
  user: (userId: string) => `dl:user:${userId}`,
};

/**
 * Direct Line history on Redis, shared by every instance. Per conversation: `dl:conv:<id>` (the
 * record), `dl:seq:<id>` (counter), `dl:log:<id>` (sorted set, score = sequence number, so a read
 * after a watermark is one ZRANGEBYSCORE), and per user `dl:user:<userId>` (their conversation ids).
 * All expire `ttlSeconds` after the conversation's last create or append (or sooner, for a
 * conversation whose retention is limited); the user set is refreshed with them and never
 * shortened, so it never expires before a conversation it lists.
 *
 * Appends are published on `<keyPrefix>dl:pub:<id>`; listeners hear them through one subscriber
 * connection per instance, opened on first use, subscribed per conversation while it has listeners.
 * Appends made here reach local listeners the same way (and so exactly once).
 */
export class RedisDirectLineHistory implements DirectLineHistory {
  private readonly channelPrefix: string;
  private readonly ttl: string;
  private subscriber: Redis | undefined;
  /** Per conversation, one entry per subscribe call, so the same function subscribed twice is called twice and unsubscribed singly. */
  private readonly listeners = new Map<string, Set<{ readonly listener: Listener }>>();
  /** The latest SUBSCRIBE/UNSUBSCRIBE: replies come in order, so awaiting it awaits all earlier ones. */
  private lastChange: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly redis: Redis,
    options: RedisDirectLineHistoryOptions,
  ) {
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw new RangeError('Direct Line history TTL must be a positive whole number of seconds');
    }
    this.channelPrefix = `${options.keyPrefix}dl:pub:`;
    this.ttl = String(options.ttlSeconds);
    redis.defineCommand('lwcDlCreate', { lua: createConversation, numberOfKeys: 4 });
    redis.defineCommand('lwcDlAppend', { lua: appendActivity, numberOfKeys: 4 });
  }

  async createConversation(conversation: WebChatConversation): Promise<void> {
    const { conversationId, userId } = conversation;
    const record = encodeConversation(conversation);
    const status = await this.redis
      .lwcDlCreate(
        keys.conversation(conversationId),
        keys.user(userId),
        keys.seq(conversationId),
        keys.log(conversationId),
        record,
        this.ttl,
        conversationId,
        userId,
      )
      .catch((cause: unknown) => {
        throw redisFailure('creating a web chat conversation', cause);
      });
    if (status === -1) throw conversationTaken();
    if (status === -2) throw new AppError('STORE_RECORD_INVALID', 'stored web chat conversation has an unknown version or shape');
  }

  async getConversation(conversationId: string): Promise<WebChatConversation | undefined> {
    const raw = await this.redis.get(keys.conversation(conversationId)).catch((cause: unknown) => {
      throw redisFailure('reading a web chat conversation', cause);
    });
    return raw === null ? undefined : decodeConversation(raw);
  }

  async append(conversationId: string, activity: Record<string, unknown>): Promise<{ id: string; watermark: number }> {
    const template = encodeActivityTemplate(conversationId, activity);
    // The owner is read first so the script can refresh their set with the conversation's keys; the
    // script checks again that the conversation exists, so an erasure in between still wins.
    const conversation = await this.getConversation(conversationId);
    if (conversation === undefined) throw conversationNotFound();
    const seq = await this.redis
      .lwcDlAppend(
        keys.conversation(conversationId),
        keys.seq(conversationId),
        keys.log(conversationId),
        keys.user(conversation.userId),
        template.head,
        template.tail,
        this.ttlFor(conversation),
        this.channelPrefix + conversationId,
      )
      .catch((cause: unknown) => {
        throw redisFailure('appending a web chat activity', cause);
      });
    if (seq < 0) throw conversationNotFound();
    return { id: activityId(conversationId, seq), watermark: seq };
  }

  async limitRetention(conversationId: string, seconds: number): Promise<void> {
    const conversation = await this.getConversation(conversationId);
    // Called after every turn of someone who has not agreed: once limited, appends keep to it.
    if (conversation === undefined || (conversation.retentionSeconds ?? Infinity) <= seconds) return;
    const limited = { ...conversation, retentionSeconds: seconds };
    const ttl = this.ttlFor(limited);
    await this.redis
      .multi()
      .set(keys.conversation(conversationId), encodeConversation(limited), 'EX', ttl, 'XX')
      .expire(keys.seq(conversationId), ttl)
      .expire(keys.log(conversationId), ttl)
      .exec()
      .catch((cause: unknown) => {
        throw redisFailure('limiting how long a web chat conversation is kept', cause);
      });
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
    const reply = await this.redis
      .zrangebyscore(keys.log(conversationId), `(${after}`, '+inf', 'WITHSCORES', 'LIMIT', 0, count)
      .catch((cause: unknown) => {
        throw redisFailure('reading web chat history', cause);
      });
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
    const ids = await this.redis.smembers(keys.user(userId)).catch((cause: unknown) => {
      throw redisFailure('listing web chat conversations', cause);
    });
    return ids.sort();
  }

  async deleteConversation(conversationId: string): Promise<void> {
    const raw = await this.redis.get(keys.conversation(conversationId)).catch((cause: unknown) => {
      throw redisFailure('reading a web chat conversation', cause);
    });
    // An unreadable record still has its keys erased; only the owner's set cannot be found then.
    const owner = raw === null ? undefined : ownerOf(raw);
    const transaction = this.redis
      .multi()
      .del(keys.conversation(conversationId), keys.seq(conversationId), keys.log(conversationId));
    if (owner !== undefined) transaction.srem(keys.user(owner), conversationId);
    const results = await transaction.exec().catch((cause: unknown) => {
      throw redisFailure('erasing a web chat conversation', cause);
    });
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (results === null || failed) throw redisFailure('erasing a web chat conversation', failed ?? new Error('transaction aborted'));
  }

  async clearHistory(conversationId: string): Promise<void> {
    await this.redis.del(keys.log(conversationId)).catch((cause: unknown) => {
      throw redisFailure('clearing web chat history', cause);
    });
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
  private readySubscriber(): Promise<Redis> {
    const subscriber = this.subscriberConnection();
    if (subscriber.status === 'ready') return Promise.resolve(subscriber);
    return new Promise((resolve) => subscriber.once('ready', () => resolve(subscriber)));
  }

  private subscriberConnection(): Redis {
    if (this.subscriber !== undefined) return this.subscriber;
    // A connection of its own: one in subscriber mode can run no other commands.
    // Connected at once, and without the request/reply options (auto-pipelining, command timeout),
    // which mean nothing for a connection that only listens.
    const subscriber = this.redis.duplicate({ enableAutoPipelining: false, commandTimeout: undefined, lazyConnect: false });
    subscriber.on('error', () => undefined);
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
    return decodeConversation(raw).userId;
  } catch {
    return undefined;
  }
}
