import type { PersonRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { MemoryKeyedRecordStore } from './memory-keyed-record-store';

/**
 * In-memory record store with the Redis store's contract: records kept encoded (copied in and out,
 * so nothing leaks by reference, and checked by the codec both ways) and updates as
 * read → change → compare-and-set → retry (the keyed record store's, the same time bound as the
 * Redis store).
 */
export class MemoryRecordStore<T> implements PersonRecordStore<T> {
  private readonly records: MemoryKeyedRecordStore<T>;

  constructor(codec: RecordCodec<T>) {
    this.records = new MemoryKeyedRecordStore(codec);
  }

  get(personKey: string): Promise<T | undefined> {
    return this.records.get(personKey);
  }

  update(personKey: string, change: (current: T | undefined) => T): Promise<T> {
    return this.records.update(personKey, change);
  }

  delete(personKey: string): Promise<boolean> {
    return this.records.delete(personKey);
  }
}
