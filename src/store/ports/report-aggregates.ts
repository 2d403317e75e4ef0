import type { OncePerMonth, ReportIncrements } from '../../domain/reports/report-increments';
import type { MonthCounters } from '../../domain/reports/report-measures';
import type { SiteId } from '../../domain/sites';

/** One event's part: the month's counters, and the fields of the person it is about (by pseudonym). */
export interface ReportEntry {
  /** The salted, site-scoped pseudonym of the person, when the event is about one. */
  readonly pseudonym?: string;
  readonly increments: ReportIncrements;
}

/**
 * The outcome reports' anonymous aggregates, kept as events happen: counters per site and month
 * (events, people once a month, wait-day buckets, sums of scores), and per person only the
 * first/latest values the measures need, under a pseudonym. No names, numbers or text.
 */
export interface ReportAggregates {
  /** The person's first/latest fields at the site; `{}` when there are none. */
  person(siteId: SiteId, pseudonym: string): Promise<Record<string, string>>;
  /** Adds each entry's counters to its month and sets its person's fields, all of them at once. */
  apply(siteId: SiteId, entries: readonly ReportEntry[]): Promise<void>;
  /** Each month's counters (`YYYY-MM`), in the order asked; `{}` for a month with none. */
  months(siteId: SiteId, months: readonly string[]): Promise<MonthCounters[]>;
  /** Erasure: the person's first/latest fields go; the months' counters already kept stay. */
  forget(siteId: SiteId, pseudonym: string): Promise<void>;
  /**
   * Counts the person once in `once.month` under `once.counter`, unless their `once.field` holds
   * that month already; in one step (one round trip on Redis: it runs on the path of people's turns).
   * @returns whether they were counted now
   */
  countOnce(siteId: SiteId, pseudonym: string, once: OncePerMonth): Promise<boolean>;
  /** Still waiting: a callback request (its opaque id) is open from `requestedAt` (epoch ms); adding it again changes nothing. */
  startWaiting(siteId: SiteId, requestId: string, requestedAt: number): Promise<void>;
  /**
   * The request is no longer waiting (first contacted, closed or cancelled): it leaves the open
   * requests, once. Resolves its request time (epoch ms) to the caller that removed it; undefined
   * when it was not waiting.
   */
  stopWaiting(siteId: SiteId, requestId: string): Promise<number | undefined>;
  /** The request times (epoch ms) of the site's open requests, oldest first: times only, no ids. */
  openSince(siteId: SiteId): Promise<number[]>;
}
