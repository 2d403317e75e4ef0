import type { Storage, StoreItems } from 'botbuilder';

/**
 * botbuilder Storage whose items expire: a write keeps the items it writes for `ttlSeconds` from
 * then (the store's default, the conversation state lifetime, when not given).
 */
export interface ExpiringStorage extends Storage {
  write(changes: StoreItems, ttlSeconds?: number): Promise<void>;
}
