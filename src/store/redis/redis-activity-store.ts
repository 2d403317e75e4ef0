import type { Activity } from '../../domain/activities/activity';
import type { SiteId } from '../../domain/sites';
import { activityRecordCodec, adminTokenCodec, byNameThenId, checkedTokenHash, encodeActivityBatch } from '../activity-record-schema';
import type { ActivityStore, AdminTokenGrant, AdminTokenStore } from '../ports';
import { deleteActivityResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** Every listing: a hash of id → `{ v: 1, activity }`. */
const listingsKey = '{activities}:listings';
/** Increased by every write of listings, on every instance. */
const versionKey = '{activities}:version';

/**
 * Listings on Redis: the hash `{activities}:listings` (id → `{ v: 1, activity }`) and the counter
 * `{activities}:version`, one cluster slot for both (the `{activities}` hash tag). Writes are Lua
 * scripts (all of a batch or none of it, the counter with it) and a list is one HVALS, so a
 * half-written import is never seen. A site's list is read whole and filtered: listings number
 * hundreds, and the search index reads them all anyway.
 */
export class RedisActivityStore implements ActivityStore {
  constructor(private readonly redis: RedisCommands) {}

  async list(siteId?: SiteId): Promise<Activity[]> {
    const raws = await redisCall('listing activity listings', this.redis.hvals(listingsKey));
    const all = raws.map((raw) => activityRecordCodec.decode(raw));
    return (siteId === undefined ? all : all.filter((activity) => activity.site_id === siteId)).sort(byNameThenId);
  }

  async get(id: string): Promise<Activity | undefined> {
    const raw = await redisCall('reading an activity listing', this.redis.hget(listingsKey, id));
    return raw === null ? undefined : activityRecordCodec.decode(raw);
  }

  async putMany(activities: readonly Activity[]): Promise<{ created: number; updated: number }> {
    const batch = encodeActivityBatch(activities);
    if (batch.length === 0) return { created: 0, updated: 0 };
    const idsAndDocuments = batch.flatMap(({ id, raw }) => [id, raw]);
    const [created, updated] = await redisCall('saving activity listings', this.redis.lwcPutActivities(listingsKey, versionKey, ...idsAndDocuments));
    return { created, updated };
  }

  async delete(id: string): Promise<boolean> {
    const code = await redisCall('deleting an activity listing', this.redis.lwcDeleteActivity(listingsKey, versionKey, id));
    return resultOf(deleteActivityResults, code, 'deleteActivity') === 'deleted';
  }

  async version(): Promise<number> {
    const raw = await redisCall('reading the listings version', this.redis.get(versionKey));
    return raw === null ? 0 : Number(raw);
  }
}

/** Site admin tokens on Redis: `admintoken:<sha256 hex>` = `{ v: 1, grant }`. */
/** `admintoken:<sha-256>`: one grant (`{ v: 1, grant }`); `admintokens:<siteId>`: a set of the site's token hashes, for listing. */
const tokenKey = (tokenHash: string) => `admintoken:${checkedTokenHash(tokenHash)}`;
const siteTokensKey = (siteId: SiteId) => `admintokens:${siteId}`;

export class RedisAdminTokenStore implements AdminTokenStore {
  constructor(private readonly redis: RedisCommands) {}

  async add(tokenHash: string, grant: AdminTokenGrant): Promise<void> {
    const { raw, value } = adminTokenCodec.encode(grant);
    // The index first (a listed hash without a grant is skipped), then the grant: two keys of two slots, so two commands.
    await redisCall('saving an admin token', this.redis.sadd(siteTokensKey(value.siteId), checkedTokenHash(tokenHash)));
    await redisCall('saving an admin token', this.redis.set(tokenKey(tokenHash), raw));
  }

  async find(tokenHash: string): Promise<AdminTokenGrant | undefined> {
    const raw = await redisCall('reading an admin token', this.redis.get(tokenKey(tokenHash)));
    if (raw === null) return undefined;
    const grant = adminTokenCodec.decode(raw);
    // Issued before tokens were listed (no name): indexed on first use, so it can be listed and revoked.
    if (grant.name === undefined) await redisCall('indexing an admin token', this.redis.sadd(siteTokensKey(grant.siteId), tokenHash));
    return grant;
  }

  async list(siteId: SiteId): Promise<Array<{ tokenHash: string; grant: AdminTokenGrant }>> {
    const hashes = await redisCall("listing a site's admin tokens", this.redis.smembers(siteTokensKey(siteId)));
    // One GET each: the grants live in different cluster slots (a site has a handful of tokens).
    const raws = await Promise.all(hashes.map((tokenHash) => redisCall('reading an admin token', this.redis.get(tokenKey(tokenHash)))));
    return hashes.flatMap((tokenHash, at) => {
      const raw = raws[at];
      return raw === null || raw === undefined ? [] : [{ tokenHash, grant: adminTokenCodec.decode(raw) }];
    });
  }
}
