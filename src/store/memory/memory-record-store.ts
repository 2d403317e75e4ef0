import { updateByCompareAndSet } from '../compare-and-set';
import type { PersonRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { VersionedEntries } from './versioned-entries';

/**
 * In-memory record store with the Redis store's contract: records kept encoded (copied in and out,
 * so nothing leaks by reference, and checked by the codec both ways) and updates as
 * read → change → compare-and-set → retry ({@link updateByCompareAndSet}, the same time bound as
 * the Redis store).
 */
export class MemoryRecordStore<T> implements PersonRecordStore<T> {
  private readonly entries = new VersionedEntries();

  constructor(private readonly codec: RecordCodec<T>) {}

  async get(personKey: string): Promise<T | undefined> {
    const entry = this.entries.get(personKey);
    return entry === undefined ? undefined : this.codec.decode(entry.raw);
  }

  async update(personKey: string, change: (current: T | undefined) => T): Promise<T> {
    return updateByCompareAndSet(this.codec, this.entries.access<T>(personKey), change);
  }

  async delete(personKey: string): Promise<boolean> {
    return this.entries.delete(personKey);
  }
}
