import type { MonthCounters } from '../../domain/reports/report-measures';
import type { SiteId } from '../../domain/sites';
import type { ReportAggregates, ReportEntry } from '../ports';
import { redisCall, redisFailure, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** A site's month counters: `{reports:<siteId>}:<YYYY-MM>` (hash of counter → integer). */
const monthKey = (siteId: SiteId, month: string) => `{reports:${siteId}}:${month}`;
/** A person's first/latest fields: `{reports:<siteId>}:person:<pseudonym>`, in the site's slot. */
const personKey = (siteId: SiteId, pseudonym: string) => `{reports:${siteId}}:person:${pseudonym}`;

/** Report aggregates on Redis: HINCRBY on month hashes and HSET on person hashes, one transaction per call. */
export class RedisReportAggregates implements ReportAggregates {
  constructor(private readonly redis: RedisCommands) {}

  person(siteId: SiteId, pseudonym: string): Promise<Record<string, string>> {
    return redisCall("reading a person's report values", this.redis.hgetall(personKey(siteId, pseudonym)));
  }

  async apply(siteId: SiteId, entries: readonly ReportEntry[]): Promise<void> {
    let transaction = this.redis.multi();
    let commands = 0;
    for (const { pseudonym, increments } of entries) {
      const key = monthKey(siteId, increments.month);
      for (const [name, by] of Object.entries(increments.counters)) {
        transaction = transaction.hincrby(key, name, by);
        commands += 1;
      }
      if (pseudonym !== undefined && Object.keys(increments.person).length > 0) {
        transaction = transaction.hset(personKey(siteId, pseudonym), increments.person);
        commands += 1;
      }
    }
    if (commands > 0) await redisTransaction('adding to the report aggregates', transaction);
    else transaction.discard();
  }

  async months(siteId: SiteId, months: readonly string[]): Promise<MonthCounters[]> {
    let transaction = this.redis.multi();
    for (const month of months) transaction = transaction.hgetall(monthKey(siteId, month));
    const results = await redisCall('reading the report aggregates', transaction.exec());
    return months.map((_, index) => {
      const [error, raw] = results?.[index] ?? [new Error('transaction aborted'), null];
      if (error !== null) throw redisFailure('reading the report aggregates', error);
      const counters: Record<string, number> = {};
      if (typeof raw === 'object' && raw !== null) for (const [name, value] of Object.entries(raw)) counters[name] = Number(value);
      return counters;
    });
  }

  async forget(siteId: SiteId, pseudonym: string): Promise<void> {
    await redisCall("forgetting a person's report values", this.redis.del(personKey(siteId, pseudonym)));
  }
}
