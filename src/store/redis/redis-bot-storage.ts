import type { StoreItems } from 'botbuilder';
import { AppError } from '../../domain/app-error';
import type { ExpiringStorage, TurnFence } from '../ports';
import { decodeItem, encodeItem, eTagOf, isUnconditional, newETag, storeConflict, wildcardETag } from '../storage-record';
import { deleteItemsResults, resultOf, writeItemsResults } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';
import type { ReleasedLocks } from './released-locks';
import { noFenceKey, stateKey } from './turn-keys';

/**
 * botbuilder Storage on Redis. Each item is a hash `{ e: eTag, d: document }` at `{turns}:state:<key>`. Writes are one Lua
 * script: every eTag is checked before anything is written (`*` or no eTag overwrites, a stale or
 * vanished eTag is rejected), and a write given a turn's fence only happens while the turn's lock is held.
 * Every write sets the items' expiry: nothing kept here outlives `defaultTtlSeconds` (or the
 * shorter lifetime a write asks for) after its last change. A turn's last write may release its
 * lock in the same script (recorded in `releasedLocks`, which the lock consults).
 */
export class RedisBotStorage implements ExpiringStorage {
  constructor(
    private readonly redis: RedisCommands,
    private readonly defaultTtlSeconds: number,
    private readonly releasedLocks: ReleasedLocks,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    // Auto-pipelining sends these together.
    const values = await redisCall('reading dialog state', Promise.all(keys.map((key) => this.redis.hmget(stateKey(key), 'e', 'd'))));
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const [eTag, raw] = values[index] ?? [];
      if (typeof eTag === 'string' && typeof raw === 'string') items[key] = decodeItem(key, raw, eTag);
    });
    return items;
  }

  async write(changes: StoreItems, ttlSeconds: number = this.defaultTtlSeconds, fence?: TurnFence, releaseLock = false): Promise<void> {
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args: string[] = [fence?.lockKey ?? noFenceKey, ...keys.map(stateKey), fence?.token ?? '', String(ttlSeconds * 1000)];
    for (const key of keys) {
      const wanted = eTagOf(changes[key]);
      args.push(isUnconditional(wanted) || wanted === undefined ? wildcardETag : wanted, newETag(), encodeItem(changes[key]));
    }
    const releasing = releaseLock && fence !== undefined;
    if (releasing) args.push('release');
    const [code, index] = await redisCall('writing dialog state', this.redis.lwcWriteItems(keys.length + 1, ...args));
    const result = resultOf(writeItemsResults, code, 'writeItems');
    if (result === 'lock-lost') throw new AppError('LOCK_LOST', 'the turn lost its conversation lock before saving');
    if (result === 'conflict') throw storeConflict(keys[index - 1] ?? '');
    if (releasing) this.releasedLocks.add(fence.token);
  }

  async delete(keys: string[], fence?: TurnFence): Promise<void> {
    if (keys.length === 0) return;
    const args = [fence?.lockKey ?? noFenceKey, ...keys.map(stateKey), fence?.token ?? ''];
    const [code] = await redisCall('deleting dialog state', this.redis.lwcDeleteItems(keys.length + 1, ...args));
    if (resultOf(deleteItemsResults, code, 'deleteItems') === 'lock-lost') throw new AppError('LOCK_LOST', 'the turn lost its conversation lock before deleting');
  }
}
