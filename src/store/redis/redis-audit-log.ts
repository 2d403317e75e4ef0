import type { Redis } from 'ioredis';
import { decodeAuditEntry, encodeAuditEntry } from '../person-record-schema';
import type { AuditEntry, AuditLog } from '../ports';
import { redisFailure } from './redis-failure';

/** The list holding the trail, newest at the head. */
const auditKey = 'audit';
/** Entries kept; older ones are trimmed so the trail cannot grow without bound. */
const maxEntries = 100_000;

/** Audit trail on Redis: a list, pushed at the head and trimmed in the same transaction. */
export class RedisAuditLog implements AuditLog {
  constructor(private readonly redis: Redis) {}

  async append(entry: AuditEntry): Promise<void> {
    const raw = encodeAuditEntry(entry);
    const results = await this.redis
      .multi()
      .lpush(auditKey, raw)
      .ltrim(auditKey, 0, maxEntries - 1)
      .exec()
      .catch((cause: unknown) => {
        throw redisFailure('appending to the audit log', cause);
      });
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (results === null || failed) throw redisFailure('appending to the audit log', failed ?? new Error('transaction aborted'));
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const count = Number.isNaN(limit) ? 0 : Math.min(Math.floor(limit), maxEntries);
    if (count <= 0) return [];
    const raws = await this.redis.lrange(auditKey, 0, count - 1).catch((cause: unknown) => {
      throw redisFailure('reading the audit log', cause);
    });
    return raws.map(decodeAuditEntry);
  }
}
