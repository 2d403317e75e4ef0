import type { KeyedReference } from '../keyed-reference';
import type { PersonRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { KeyedMutex } from '../keyed-mutex';
import type { RedisCommands } from './redis-commands';
import { RedisKeyedRecordStore } from './redis-keyed-record-store';

/** How long an update waits behind this instance's other updates of the same record. */
const localWaitMs = 10_000;

/**
 * One record per person on Redis, each a hash `{ e: eTag, d: document }` at `<keyPrefix>{<reference>}`,
 * the person key's keyed reference (a key never holds a phone number or channel id) as the hash
 * tag, so all of one person's records share a cluster slot (after the client's own key prefix).
 * Updates are optimistic: read, apply the change, then a Lua
 * compare-and-set that only writes if the eTag is unchanged (or, for a new record, if it is still
 * missing); on conflict the change is applied again to the fresh record, for up to
 * `compareAndSetBudgetMs`. Not fenced by the
 * conversation lock: one person may talk in several conversations, and the compare-and-set already
 * keeps concurrent writers from losing each other's changes. Within one instance, updates of the
 * same record take turns, so the compare-and-set only races other instances (and a burst of updates
 * on one instance cannot exhaust its retries against itself).
 */
export class RedisRecordStore<T> implements PersonRecordStore<T> {
  private readonly records: RedisKeyedRecordStore<T>;
  private readonly local = new KeyedMutex();

  /**
   * @param keyPrefix what the tagged person reference is appended to, e.g. `person:`; one per kind of record.
   * @param codec checks and serializes the records; its name labels errors.
   */
  constructor(
    redis: RedisCommands,
    keyPrefix: string,
    codec: RecordCodec<T>,
    private readonly references: KeyedReference,
  ) {
    this.records = new RedisKeyedRecordStore(redis, keyPrefix, codec);
  }

  private keyOf(personKey: string): string {
    return `{${this.references('person', personKey)}}`;
  }

  get(personKey: string): Promise<T | undefined> {
    return this.records.get(this.keyOf(personKey));
  }

  update(personKey: string, change: (current: T | undefined) => T): Promise<T> {
    return this.local.runExclusive(personKey, localWaitMs, () => this.records.update(this.keyOf(personKey), change));
  }

  delete(personKey: string): Promise<boolean> {
    return this.records.delete(this.keyOf(personKey));
  }
}
