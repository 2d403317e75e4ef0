import type { ReportIncrements } from '../../domain/reports/report-increments';
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
}
