import type { Storage, StoreItems } from 'botbuilder';
import type { TurnFence } from './conversation-lock';

/**
 * botbuilder Storage whose items expire: a write keeps the items it writes for `ttlSeconds` from
 * then (the store's default, the conversation state lifetime, when not given). A write or delete
 * made by a turn passes the turn's fence, and is refused (LOCK_LOST) once the turn has lost its lock.
 */
export interface ExpiringStorage extends Storage {
  write(changes: StoreItems, ttlSeconds?: number, fence?: TurnFence): Promise<void>;
  delete(keys: string[], fence?: TurnFence): Promise<void>;
}
