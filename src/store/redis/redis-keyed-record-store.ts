import { updateByCompareAndSet, type CompareAndSetAccess, type StoredVersion } from '../compare-and-set';
import type { KeyedRecordStore } from '../ports';
import type { RecordCodec } from '../record-codec';
import { newETag } from '../storage-record';
import { casResults, resultOf } from './lua-results';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/**
 * One record per key on Redis, each a hash `{ e: eTag, d: document }` at `<keyPrefix><key>`,
 * updated optimistically with the `casRecord` script. A person's records go through
 * `RedisRecordStore`, which keys them by the person's keyed reference.
 */
export class RedisKeyedRecordStore<T> implements KeyedRecordStore<T> {
  constructor(
    private readonly redis: RedisCommands,
    private readonly keyPrefix: string,
    private readonly codec: RecordCodec<T>,
  ) {}

  async get(key: string): Promise<T | undefined> {
    const found = await this.read(key);
    return found === undefined ? undefined : this.codec.decode(found.raw);
  }

  update(key: string, change: (current: T | undefined) => T): Promise<T>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const access: CompareAndSetAccess<T> = {
      read: () => this.read(key),
      write: async ({ raw }, expectedVersion) => {
        const code = await redisCall(`writing a ${this.codec.name}`, this.redis.lwcCasRecord(this.keyPrefix + key, expectedVersion ?? '', newETag(), raw));
        return resultOf(casResults, code, 'casRecord') === 'written';
      },
    };
    return updateByCompareAndSet(this.codec, access, change);
  }

  async delete(key: string): Promise<boolean> {
    const removed = await redisCall(`deleting a ${this.codec.name}`, this.redis.del(this.keyPrefix + key));
    return removed > 0;
  }

  private async read(key: string): Promise<StoredVersion | undefined> {
    const [eTag, raw] = await redisCall(`reading a ${this.codec.name}`, this.redis.hmget(this.keyPrefix + key, 'e', 'd'));
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }
}
