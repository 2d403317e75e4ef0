import { auditEntryCodec } from '../person-record-schema';
import type { AuditLog } from '../ports';
import type { AuditEntry } from '../../domain/my-data/audit-entry';
import { redisCall, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** The list holding the trail, newest at the head. */
const auditKey = 'audit';
/** Entries kept; older ones are trimmed so the trail cannot grow without bound. */
const maxEntries = 100_000;

/** Audit trail on Redis: a list, pushed at the head and trimmed in the same transaction. */
export class RedisAuditLog implements AuditLog {
  constructor(private readonly redis: RedisCommands) {}

  async append(entry: AuditEntry): Promise<void> {
    const { raw } = auditEntryCodec.encode(entry);
    await redisTransaction('appending to the audit log', this.redis.multi().lpush(auditKey, raw).ltrim(auditKey, 0, maxEntries - 1));
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const count = Number.isNaN(limit) ? 0 : Math.min(Math.floor(limit), maxEntries);
    if (count <= 0) return [];
    const raws = await redisCall('reading the audit log', this.redis.lrange(auditKey, 0, count - 1));
    return raws.map((raw) => auditEntryCodec.decode(raw));
  }
}
