import type { StoreItems } from 'botbuilder';
import type { Clock } from '../../domain/clock';
import type { ExpiringStorage } from '../ports';
import { decodeItem, encodeItem, eTagOf, isUnconditional, newETag, storeConflict } from '../storage-record';

interface Entry {
  readonly eTag: string;
  readonly raw: string;
  /** Clock time (ms) from which the entry counts as gone. */
  readonly expiresAt: number;
}

/**
 * In-memory botbuilder Storage with the same contract as the Redis one: eTag compare-and-set,
 * atomic batches, items copied in and out (JSON), so nothing leaks by reference, and expiry.
 */
export class MemoryBotStorage implements ExpiringStorage {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly defaultTtlSeconds: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (entry !== undefined) items[key] = decodeItem(key, entry.raw, entry.eTag);
    }
    return items;
  }

  async write(changes: StoreItems, ttlSeconds: number = this.defaultTtlSeconds): Promise<void> {
    const keys = Object.keys(changes);
    // Check every item before writing any, so a batch is all or nothing.
    for (const key of keys) {
      const wanted = eTagOf(changes[key]);
      if (isUnconditional(wanted)) continue;
      if (this.live(key)?.eTag !== wanted) throw storeConflict(key);
    }
    const encoded = keys.map((key) => [key, encodeItem(changes[key])] as const);
    const expiresAt = this.clock.now() + ttlSeconds * 1000;
    for (const [key, raw] of encoded) this.entries.set(key, { eTag: newETag(), raw, expiresAt });
  }

  /** The entry at `key` unless it has expired (an expired one is dropped). */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt > this.clock.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  // No fence to check: in memory mode the in-process mutex is the whole lock, and it cannot be lost.
  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  /** Every key held and not expired: used by erasure checks in tests. */
  keys(): string[] {
    return [...this.entries.keys()].filter((key) => this.live(key) !== undefined);
  }
}
