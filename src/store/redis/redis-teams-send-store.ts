import { randomUUID } from 'node:crypto';
import type { SendBucket, SendClaim, SendTake, SentRecord, TeamsSendStore } from '../ports';
import { checkedSendKey, decodeSentRecord, encodeSentRecord } from '../teams-send-record';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** Every key the token script touches shares this hash tag, so on Redis Cluster the script runs in one slot. */
const pauseKey = '{teams-send}:pause';
const bucketKey = (bucket: SendBucket) => `{teams-send}:bucket:${bucket.key}`;
const sentKey = (key: string) => `teams-sent:${checkedSendKey(key)}`;
/** A claim's value: this prefix and its token (a result is JSON). */
const pending = 'p:';

/**
 * The Teams send pipeline's state on Redis, shared by every instance: token buckets (hashes
 * `{teams-send}:bucket:conversation:<id>` and `:tenant:<id>`, gone once full again), the pause
 * (`{teams-send}:pause`, an instant) and the keyed results (`teams-sent:<key>`, ids only).
 */
export class RedisTeamsSendStore implements TeamsSendStore {
  constructor(private readonly redis: RedisCommands) {}

  async take(buckets: readonly SendBucket[], now: number): Promise<SendTake> {
    const keys = [pauseKey, ...buckets.map(bucketKey)];
    const rates = buckets.flatMap((bucket) => [String(bucket.burst), String(bucket.perSecond)]);
    const [taken = 0, waitMs = 0, short = -1] = await redisCall(
      'taking Teams send tokens',
      this.redis.lwcTakeSendTokens(keys.length, ...keys, String(now), ...rates),
    );
    if (taken === 1) return { taken: true };
    return { taken: false, waitMs, short: short < 0 ? 'paused' : short };
  }

  async pauseUntil(until: number, now: number): Promise<void> {
    await redisCall('pausing Teams sends', this.redis.lwcPauseSending(pauseKey, String(Math.ceil(until)), String(now)));
  }

  async claim(key: string, holdMs: number): Promise<SendClaim> {
    const token = randomUUID();
    const set = await redisCall('claiming a Teams send', this.redis.set(sentKey(key), `${pending}${token}`, 'PX', holdMs, 'NX'));
    if (set === 'OK') return { state: 'claimed', token };
    const held = await redisCall('reading a Teams send', this.redis.get(sentKey(key)));
    // Gone meanwhile (the claim expired): busy, the caller looks again.
    if (held === null || held.startsWith(pending)) return { state: 'busy' };
    return { state: 'done', sent: decodeSentRecord(held) };
  }

  async finish(key: string, sent: SentRecord, keepMs: number): Promise<void> {
    await redisCall('recording a Teams send', this.redis.set(sentKey(key), encodeSentRecord(sent), 'PX', keepMs));
  }

  async release(key: string, token: string): Promise<void> {
    await redisCall('releasing a Teams send', this.redis.lwcReleaseLock(sentKey(key), `${pending}${token}`));
  }
}
