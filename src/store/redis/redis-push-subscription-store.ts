import { maxPushSubscriptionsPerPerson, type PushSubscriptionRecord } from '../../domain/web-push/push-subscription';
import type { PushSubscriptionStore } from '../ports';
import { pushSubscriptionCodec } from '../push-subscription-schema';
import { redisCall, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** `push:{<person ref>}`: one hash per person, endpoint → `{ v: 1, subscription }`. */
const personKey = (person: string) => `push:{${person}}`;

/**
 * People's push subscriptions on Redis: a hash per person under their keyed reference, expiring as
 * a whole `ttlSeconds` after the last subscribe. The cap is checked before the write: two
 * subscribes racing from one person may end one over it, which the next subscribe still refuses.
 */
export class RedisPushSubscriptionStore implements PushSubscriptionStore {
  constructor(private readonly redis: RedisCommands) {}

  async add(person: string, subscription: PushSubscriptionRecord, ttlSeconds: number): Promise<'added' | 'full'> {
    const { raw, value } = pushSubscriptionCodec.encode(subscription);
    const key = personKey(person);
    const [known, count] = await Promise.all([
      redisCall('reading push subscriptions', this.redis.hexists(key, value.endpoint)),
      redisCall('counting push subscriptions', this.redis.hlen(key)),
    ]);
    if (known === 0 && count >= maxPushSubscriptionsPerPerson) return 'full';
    await redisTransaction('keeping a push subscription', this.redis.multi().hset(key, value.endpoint, raw).expire(key, ttlSeconds));
    return 'added';
  }

  async list(person: string): Promise<PushSubscriptionRecord[]> {
    const raws = await redisCall('reading push subscriptions', this.redis.hvals(personKey(person)));
    return raws.map((raw) => pushSubscriptionCodec.decode(raw));
  }

  async remove(person: string, endpoint: string): Promise<void> {
    await redisCall('removing a push subscription', this.redis.hdel(personKey(person), endpoint));
  }

  async eraseFor(person: string): Promise<void> {
    await redisCall("erasing a person's push subscriptions", this.redis.del(personKey(person)));
  }
}
