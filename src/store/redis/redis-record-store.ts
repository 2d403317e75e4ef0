import type { KeyedReference } from '../keyed-reference';
import type { PersonRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { KeyedMutex } from '../keyed-mutex';
import { updateByCompareAndSet, type CompareAndSetAccess, type StoredVersion } from '../compare-and-set';
import { newETag } from '../storage-record';
import { casResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

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
  /**
   * @param keyPrefix what the tagged person reference is appended to, e.g. `person:`; one per kind of record.
   * @param codec checks and serializes the records; its name labels errors.
   */
  constructor(
    private readonly redis: RedisCommands,
    private readonly keyPrefix: string,
    private readonly codec: RecordCodec<T>,
    private readonly references: KeyedReference,
  ) {}

  private keyOf(personKey: string): string {
    return `${this.keyPrefix}{${this.references('person', personKey)}}`;
  }

  private readonly local = new KeyedMutex();

  async get(personKey: string): Promise<T | undefined> {
    const found = await this.read(personKey);
    return found === undefined ? undefined : this.codec.decode(found.raw);
  }

  async update(personKey: string, change: (current: T | undefined) => T): Promise<T> {
    const access: CompareAndSetAccess<T> = {
      read: () => this.read(personKey),
      // No expected version: the script writes only while the record is still missing.
      write: async ({ raw }, expectedVersion) => {
        const code = await redisCall(`writing a ${this.codec.name}`, this.redis.lwcCasRecord(this.keyOf(personKey), expectedVersion ?? '', newETag(), raw));
        return resultOf(casResults, code, 'casRecord') === 'written';
      },
    };
    return this.local.runExclusive(personKey, localWaitMs, () => updateByCompareAndSet(this.codec, access, change));
  }

  async delete(personKey: string): Promise<boolean> {
    const removed = await redisCall(`deleting a ${this.codec.name}`, this.redis.del(this.keyOf(personKey)));
    return removed > 0;
  }

  private async read(personKey: string): Promise<StoredVersion | undefined> {
    const [eTag, raw] = await redisCall(`reading a ${this.codec.name}`, this.redis.hmget(this.keyOf(personKey), 'e', 'd'));
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }
}
