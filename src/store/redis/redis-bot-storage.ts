import type { StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { AppError } from '../../domain/app-error';
import type { ExpiringStorage } from '../ports';
import { decodeItem, encodeItem, eTagOf, isUnconditional, newETag, storeConflict, wildcardETag } from '../storage-record';
import { redisFailure } from './redis-failure';
import { currentFence } from './turn-fence';

/** Prefix (after the client's key prefix) of botbuilder state records. */
const itemPrefix = 'state:';
/** Passed as the fence key when a call is not fenced; never written. */
const noFenceKey = 'fence:none';

/**
 * botbuilder Storage on Redis. Each item is a hash `{ e: eTag, d: document }`. Writes are one Lua
 * script: every eTag is checked before anything is written (`*` or no eTag overwrites, a stale or
 * vanished eTag is rejected), and inside a turn the write only happens while the turn's lock is held.
 * Every write sets the items' expiry: nothing kept here outlives `defaultTtlSeconds` (or the
 * shorter lifetime a write asks for) after its last change.
 */
export class RedisBotStorage implements ExpiringStorage {
  constructor(
    private readonly redis: Redis,
    private readonly defaultTtlSeconds: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.hmget(itemPrefix + key, 'e', 'd');
    const results = await pipeline.exec().catch((cause: unknown) => {
      throw redisFailure('reading dialog state', cause);
    });
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const [error, value] = results?.[index] ?? [new Error('no reply'), undefined];
      if (error) throw redisFailure('reading dialog state', error);
      if (!Array.isArray(value)) return;
      const [eTag, raw] = value;
      if (typeof eTag === 'string' && typeof raw === 'string') items[key] = decodeItem(key, raw, eTag);
    });
    return items;
  }

  async write(changes: StoreItems, ttlSeconds: number = this.defaultTtlSeconds): Promise<void> {
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const fence = currentFence();
    const args: string[] = [fence?.lockKey ?? noFenceKey, ...keys.map((key) => itemPrefix + key), fence?.token ?? '', String(ttlSeconds * 1000)];
    for (const key of keys) {
      const wanted = eTagOf(changes[key]);
      args.push(isUnconditional(wanted) || wanted === undefined ? wildcardETag : wanted, newETag(), encodeItem(changes[key]));
    }
    const [status, index] = await this.redis.lwcWriteItems(keys.length + 1, ...args).catch((cause: unknown) => {
      throw redisFailure('writing dialog state', cause);
    });
    if (status === -1) throw new AppError('LOCK_LOST', 'the turn lost its conversation lock before saving');
    if (status === -2) throw storeConflict(keys[index - 1] ?? '');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const fence = currentFence();
    const args = [fence?.lockKey ?? noFenceKey, ...keys.map((key) => itemPrefix + key), fence?.token ?? ''];
    const [status] = await this.redis.lwcDeleteItems(keys.length + 1, ...args).catch((cause: unknown) => {
      throw redisFailure('deleting dialog state', cause);
    });
    if (status === -1) throw new AppError('LOCK_LOST', 'the turn lost its conversation lock before deleting');
  }
}
