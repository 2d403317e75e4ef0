import type { Storage, StoreItems } from 'botbuilder';
import { decodeItem, encodeItem, eTagOf, isUnconditional, newETag, storeConflict } from '../storage-record';

interface Entry {
  readonly eTag: string;
  readonly raw: string;
}

/**
 * In-memory botbuilder Storage with the same contract as the Redis one: eTag compare-and-set,
 * atomic batches, and items copied in and out (JSON), so nothing leaks by reference.
 */
export class MemoryBotStorage implements Storage {
  private readonly entries = new Map<string, Entry>();

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry !== undefined) items[key] = decodeItem(key, entry.raw, entry.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    // Check every item before writing any, so a batch is all or nothing.
    for (const key of keys) {
      const wanted = eTagOf(changes[key]);
      if (isUnconditional(wanted)) continue;
      if (this.entries.get(key)?.eTag !== wanted) throw storeConflict(key);
    }
    const encoded = keys.map((key) => [key, encodeItem(changes[key])] as const);
    for (const [key, raw] of encoded) this.entries.set(key, { eTag: newETag(), raw });
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  /** Every key held: used by erasure checks in tests. */
  keys(): string[] {
    return [...this.entries.keys()];
  }
}
