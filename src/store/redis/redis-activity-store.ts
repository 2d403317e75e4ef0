import type { Redis } from 'ioredis';
import type { Activity } from '../../domain/activities/activity';
import { siteIds, type SiteId } from '../../domain/sites';
import { activityRecordCodec, adminTokenCodec, byNameThenId, checkedTokenHash, encodeActivityBatch } from '../activity-record-schema';
import type { ActivityStore, AdminTokenGrant, AdminTokenStore } from '../ports';
import { redisFailure } from './redis-failure';

/** Increased by every write of listings, on every instance. */
const versionKey = 'activities:version';
const activityKeyPrefix = 'activity:';
const siteSetKey = (siteId: SiteId) => `activities:site:${siteId}`;
const activityKey = (id: string) => `${activityKeyPrefix}${id}`;

/**
 * Listings on Redis: a hash `activity:<id>` = `{ s: siteId, d: { v: 1, activity } }`, a set
 * `activities:site:<siteId>` of ids per site, and the counter `activities:version`. Writes are
 * Lua scripts (all of a batch or none of it, the sets and the counter with it) and a listing is
 * read in one script, so a half-written import is never seen.
 */
export class RedisActivityStore implements ActivityStore {
  /** Site set keys then site ids, in the order the scripts expect. */
  private readonly siteKeys = siteIds.map(siteSetKey);

  /** @param keyPrefix the client's own key prefix (the list script builds listing keys itself). */
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async list(siteId?: SiteId): Promise<Activity[]> {
    const sets = siteId === undefined ? this.siteKeys : [siteSetKey(siteId)];
    const raws = await this.redis.lwcListActivities(sets.length, ...sets, `${this.keyPrefix}${activityKeyPrefix}`).catch((cause: unknown) => {
      throw redisFailure('listing activity listings', cause);
    });
    return raws.map((raw) => activityRecordCodec.decode(raw)).sort(byNameThenId);
  }

  async get(id: string): Promise<Activity | undefined> {
    const raw = await this.redis.hget(activityKey(id), 'd').catch((cause: unknown) => {
      throw redisFailure('reading an activity listing', cause);
    });
    return raw === null ? undefined : activityRecordCodec.decode(raw);
  }

  async putMany(activities: readonly Activity[]): Promise<{ created: number; updated: number }> {
    const batch = encodeActivityBatch(activities);
    if (batch.length === 0) return { created: 0, updated: 0 };
    const keys = [versionKey, ...this.siteKeys, ...batch.map(({ id }) => activityKey(id))];
    const args = [String(siteIds.length), ...siteIds, ...batch.flatMap(({ id, siteId, raw }) => [id, siteId, raw])];
    const [created, updated] = await this.redis.lwcPutActivities(keys.length, ...keys, ...args).catch((cause: unknown) => {
      throw redisFailure('saving activity listings', cause);
    });
    return { created, updated };
  }

  async delete(id: string): Promise<boolean> {
    const keys = [versionKey, ...this.siteKeys, activityKey(id)];
    const removed = await this.redis.lwcDeleteActivity(keys.length, ...keys, String(siteIds.length), ...siteIds, id).catch((cause: unknown) => {
      throw redisFailure('deleting an activity listing', cause);
    });
    return removed === 1;
  }

  async version(): Promise<number> {
    const raw = await this.redis.get(versionKey).catch((cause: unknown) => {
      throw redisFailure('reading the listings version', cause);
    });
    return raw === null ? 0 : Number(raw);
  }
}

/** Site admin tokens on Redis: `admintoken:<sha256 hex>` = `{ v: 1, grant }`. */
export class RedisAdminTokenStore implements AdminTokenStore {
  constructor(private readonly redis: Redis) {}

  async add(tokenHash: string, grant: AdminTokenGrant): Promise<void> {
    const raw = adminTokenCodec.encode(grant);
    await this.redis.set(`admintoken:${checkedTokenHash(tokenHash)}`, raw).catch((cause: unknown) => {
      throw redisFailure('saving an admin token', cause);
    });
  }

  async find(tokenHash: string): Promise<AdminTokenGrant | undefined> {
    const raw = await this.redis.get(`admintoken:${checkedTokenHash(tokenHash)}`).catch((cause: unknown) => {
      throw redisFailure('reading an admin token', cause);
    });
    return raw === null ? undefined : adminTokenCodec.decode(raw);
  }
}
