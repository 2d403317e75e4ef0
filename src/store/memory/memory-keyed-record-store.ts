import { updateByCompareAndSet } from '../compare-and-set';
import type { KeyedRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { VersionedEntries } from './versioned-entries';

/** In-memory twin of {@link RedisKeyedRecordStore}: records kept encoded, updated compare-and-set. */
export class MemoryKeyedRecordStore<T> implements KeyedRecordStore<T> {
  private readonly entries = new VersionedEntries();

  constructor(private readonly codec: RecordCodec<T>) {}

  async get(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    return entry === undefined ? undefined : this.codec.decode(entry.raw);
  }

  update(key: string, change: (current: T | undefined) => T): Promise<T>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return updateByCompareAndSet(this.codec, this.entries.access<T>(key), change);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}
