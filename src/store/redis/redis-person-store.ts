import type { Redis } from 'ioredis';
import { AppError } from '../../domain/app-error';
import { decodePersonRecord, encodePersonRecord } from '../person-record-schema';
import type { PersonRecord, PersonStore } from '../ports';
import { newETag } from '../storage-record';
import { redisFailure } from './redis-failure';
import { sleep } from '../timing';

/** Prefix (after the client's key prefix) of person records. */
const personPrefix = 'person:';
/** Attempts before an update gives up with STORE_CONFLICT. */
const maxAttempts = 10;

/**
 * People's records on Redis, each a hash `{ e: eTag, d: document }`. Updates are optimistic:
 * read, apply the change, then a Lua compare-and-set that only writes if the eTag is unchanged
 * (or, for a new record, if it is still missing); on conflict the change is applied again to the
 * fresh record. Not fenced by the conversation lock: one person may talk in several conversations,
 * and the compare-and-set already keeps concurrent writers from losing each other's changes.
 */
export class RedisPersonStore implements PersonStore {
  constructor(private readonly redis: Redis) {}

  async get(personKey: string): Promise<PersonRecord | undefined> {
    const found = await this.read(personKey);
    return found === undefined ? undefined : decodePersonRecord(found.raw);
  }

  async update(personKey: string, change: (current: PersonRecord | undefined) => PersonRecord): Promise<PersonRecord> {
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const seen = await this.read(personKey);
      const current = seen === undefined ? undefined : decodePersonRecord(seen.raw);
      const raw = encodePersonRecord(change(current));
      const written = await this.redis
        .lwcCasRecord(personPrefix + personKey, seen?.eTag ?? '', newETag(), raw)
        .catch((cause: unknown) => {
          throw redisFailure('writing a person record', cause);
        });
      if (written === 1) return decodePersonRecord(raw);
      // Writers that collided would otherwise retry in lockstep (autopipelining batches their
      // reads and writes together) and collide again; a growing random pause spreads them out.
      // Timers fire in ~1 ms buckets, so the spread starts at several ms to actually separate them.
      await sleep(Math.random() * Math.min(5 * 2 ** attempt, 100));
    }
    throw new AppError('STORE_CONFLICT', `person record kept changing during ${maxAttempts} update attempts`);
  }

  async delete(personKey: string): Promise<boolean> {
    const removed = await this.redis.del(personPrefix + personKey).catch((cause: unknown) => {
      throw redisFailure('deleting a person record', cause);
    });
    return removed > 0;
  }

  private async read(personKey: string): Promise<{ eTag: string; raw: string } | undefined> {
    const [eTag, raw] = await this.redis.hmget(personPrefix + personKey, 'e', 'd').catch((cause: unknown) => {
      throw redisFailure('reading a person record', cause);
    });
    return typeof eTag === 'string' && typeof raw === 'string' ? { eTag, raw } : undefined;
  }
}
