import type { AdminAuditEntry } from '../../domain/admin/admin-audit-entry';
import type { SiteId } from '../../domain/sites';
import { adminAuditEntryCodec, matchesAuditQuery, maxAdminAuditEntries } from '../admin-audit-schema';
import type { AdminAuditLog, AdminAuditQuery } from '../ports';
import { redisCall, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** The site's whole trail, newest at the head: `{admin-audit:<siteId>}`. */
const siteKey = (siteId: SiteId) => `{admin-audit:${siteId}}`;
/** One subject's entries too (one listing's, say), in the same slot as the site's trail. */
const subjectKey = (siteId: SiteId, type: string, id: string) => `{admin-audit:${siteId}}:${type}:${id}`;
/** Entries kept per subject. */
const maxSubjectEntries = 1_000;

/** Admin audit trail on Redis: lists pushed at the head and trimmed in the same transaction. */
export class RedisAdminAuditLog implements AdminAuditLog {
  constructor(private readonly redis: RedisCommands) {}

  async append(entry: AdminAuditEntry): Promise<void> {
    const { raw, value } = adminAuditEntryCodec.encode(entry);
    const site = siteKey(value.siteId);
    let transaction = this.redis.multi().lpush(site, raw).ltrim(site, 0, maxAdminAuditEntries - 1);
    if (value.subject.id !== undefined) {
      const subject = subjectKey(value.siteId, value.subject.type, value.subject.id);
      transaction = transaction.lpush(subject, raw).ltrim(subject, 0, maxSubjectEntries - 1);
    }
    await redisTransaction('appending to the admin audit trail', transaction);
  }

  async list(siteId: SiteId, query: AdminAuditQuery): Promise<AdminAuditEntry[]> {
    const limit = Math.floor(query.limit);
    if (!(limit > 0)) return [];
    if (query.subjectType !== undefined && query.subjectId !== undefined) {
      const raws = await redisCall("reading a subject's audit trail", this.redis.lrange(subjectKey(siteId, query.subjectType, query.subjectId), 0, limit - 1));
      return raws.map((raw) => adminAuditEntryCodec.decode(raw));
    }
    const found: AdminAuditEntry[] = [];
    const page = Math.max(limit, 200);
    for (let start = 0; found.length < limit && start < maxAdminAuditEntries; start += page) {
      const raws = await redisCall("reading a site's audit trail", this.redis.lrange(siteKey(siteId), start, start + page - 1));
      for (const raw of raws) {
        const entry = adminAuditEntryCodec.decode(raw);
        if (matchesAuditQuery(entry, query) && found.length < limit) found.push(entry);
      }
      if (raws.length < page) break;
    }
    return found;
  }
}
