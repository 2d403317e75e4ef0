import type { Storage, StoreItems } from 'botbuilder';
import type { TurnFence } from './conversation-lock';

/**
 * botbuilder Storage whose items expire: a write keeps the items it writes for `ttlSeconds` from
 * then (the store's default, the conversation state lifetime, when not given). A write or delete
 * made by a turn passes the turn's fence, and is refused (LOCK_LOST) once the turn has lost its lock.
 */
export interface ExpiringStorage extends Storage {
  /**
   * @param releaseLock with a fence, for the turn's last write: the lock is released by the same
   *   call once the items are written (on Redis, one round trip instead of two), and the lock then
   *   does not release it again. Nothing fenced may be written after it.
   */
  write(changes: StoreItems, ttlSeconds?: number, fence?: TurnFence, releaseLock?: boolean): Promise<void>;
  delete(keys: string[], fence?: TurnFence): Promise<void>;
}
