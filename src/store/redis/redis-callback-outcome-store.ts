import type { CallbackOutcome } from '../../domain/callbacks/callback-outcome';
import type { SiteId } from '../../domain/sites';
import type { CallbackOutcomeStore } from '../ports';
import { callbackOutcomeCodec } from '../teams-record-schema';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** One hash per site: the `{outcomes}` hash tag keeps every site's outcomes in one cluster slot. */
const siteKey = (siteId: SiteId) => `{outcomes}:${siteId}`;

/** Recorded outcomes on Redis: a hash `{outcomes}:<siteId>`, field = request id, value = `{ v: 1, outcome }`. */
export class RedisCallbackOutcomeStore implements CallbackOutcomeStore {
  constructor(private readonly redis: RedisCommands) {}

  async put(outcome: CallbackOutcome): Promise<void> {
    const { raw, value } = callbackOutcomeCodec.encode(outcome);
    // The key comes from the checked outcome, not the argument as given.
    await redisCall('saving a callback outcome', this.redis.hset(siteKey(value.siteId), value.callbackId, raw));
  }

  async get(siteId: SiteId, callbackId: string): Promise<CallbackOutcome | undefined> {
    const raw = await redisCall('reading a callback outcome', this.redis.hget(siteKey(siteId), callbackId));
    return raw === null ? undefined : callbackOutcomeCodec.decode(raw);
  }

  async listBySite(siteId: SiteId): Promise<CallbackOutcome[]> {
    const raws = await redisCall('listing callback outcomes', this.redis.hvals(siteKey(siteId)));
    return raws.map((raw) => callbackOutcomeCodec.decode(raw));
  }
}
