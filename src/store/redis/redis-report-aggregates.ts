import type { OncePerMonth } from '../../domain/reports/report-increments';
import type { MonthCounters } from '../../domain/reports/report-measures';
import type { SiteId } from '../../domain/sites';
import type { ReportAggregates, ReportEntry } from '../ports';
import { countOnceResults, resultOf } from './lua-results';
import { redisCall, redisFailure, redisTransaction } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** A site's month counters: `{reports:<siteId>}:<YYYY-MM>` (hash of counter → integer). */
const monthKey = (siteId: SiteId, month: string) => `{reports:${siteId}}:${month}`;
/** A person's first/latest fields: `{reports:<siteId>}:person:<pseudonym>`, in the site's slot. */
const personKey = (siteId: SiteId, pseudonym: string) => `{reports:${siteId}}:person:${pseudonym}`;
/** The site's open callback requests: `{reports:<siteId>}:waiting` (sorted set of opaque request id, scored by request time in ms). */
const waitingKey = (siteId: SiteId) => `{reports:${siteId}}:waiting`;

/** Report aggregates on Redis: HINCRBY on month hashes and HSET on person hashes, one transaction (or script) per call. */
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

  async countOnce(siteId: SiteId, pseudonym: string, once: OncePerMonth): Promise<boolean> {
    const code = await redisCall('counting a person once a month', this.redis.lwcCountOnce(personKey(siteId, pseudonym), monthKey(siteId, once.month), once.field, once.month, once.counter));
    return resultOf(countOnceResults, code, 'countOnce') === 'counted';
  }

  async startWaiting(siteId: SiteId, requestId: string, requestedAt: number): Promise<void> {
    await redisCall('adding a waiting request', this.redis.zadd(waitingKey(siteId), 'NX', requestedAt, requestId));
  }

  async stopWaiting(siteId: SiteId, requestId: string): Promise<number | undefined> {
    // In one transaction: only the caller whose ZREM removed it gets its time (and counts its month ends).
    const results = await redisCall('removing a waiting request', this.redis.multi().zscore(waitingKey(siteId), requestId).zrem(waitingKey(siteId), requestId).exec());
    const [scoreError, score] = results?.[0] ?? [new Error('transaction aborted'), null];
    const [removeError, removed] = results?.[1] ?? [new Error('transaction aborted'), null];
    if (scoreError !== null || removeError !== null) throw redisFailure('removing a waiting request', scoreError ?? removeError);
    return removed === 1 && typeof score === 'string' ? Number(score) : undefined;
  }

  async openSince(siteId: SiteId): Promise<number[]> {
    const withScores = await redisCall('reading the waiting requests', this.redis.zrange(waitingKey(siteId), 0, -1, 'WITHSCORES'));
    // [id, score, id, score, …]: the scores only.
    return withScores.filter((_, index) => index % 2 === 1).map(Number);
  }
}
