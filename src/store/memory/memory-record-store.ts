import { lostRace, retryCompareAndSet } from '../compare-and-set-retry';
import type { PersonRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { newETag } from '../storage-record';

interface Entry {
  readonly eTag: string;
  readonly raw: string;
}

/**
 * In-memory record store with the Redis store's contract: records kept encoded (copied in and out,
 * so nothing leaks by reference, and checked by the codec both ways) and updates as
 * read → change → compare-and-set → retry.
 */
export class MemoryRecordStore<T> implements PersonRecordStore<T> {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly codec: RecordCodec<T>) {}

  async get(personKey: string): Promise<T | undefined> {
    const entry = this.entries.get(personKey);
    return entry === undefined ? undefined : this.codec.decode(entry.raw);
  }

  async update(personKey: string, change: (current: T | undefined) => T): Promise<T> {
    // Same time bound as the Redis store.
    return retryCompareAndSet(this.codec.name, async () => {
      const seen = this.entries.get(personKey);
      const current = seen === undefined ? undefined : this.codec.decode(seen.raw);
      // `change` may start other updates of the same person (or yield, should it ever become
      // async), so the entry is compared again rather than assumed unchanged.
      const raw = this.codec.encode(change(current));
      if (this.entries.get(personKey)?.eTag !== seen?.eTag) return lostRace;
      this.entries.set(personKey, { eTag: newETag(), raw });
      return this.codec.decode(raw);
    });
  }

  async delete(personKey: string): Promise<boolean> {
    return this.entries.delete(personKey);
  }
}
