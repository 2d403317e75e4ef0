import { z } from 'zod';
import { type Clock, isoNow } from '../domain/clock';
import { buildReport } from '../domain/reports/build-report';
import { defaultReportRange, monthsBetween, reportMonthSchema } from '../domain/reports/report-months';
import type { ReportView } from '../domain/reports/report-view';
import type { SiteId } from '../domain/sites';
import { withStillWaiting } from '../domain/reports/still-waiting';
import type { ReportAggregates } from '../store/ports';

/** Most months one report covers. */
export const maxReportMonths = 36;

/** `?from=YYYY-MM&to=YYYY-MM&format=json|csv`, all optional (the default range: the last 12 full months and this one). */
export const reportQuery = {
  schema: z
    .object({ from: reportMonthSchema.optional(), to: reportMonthSchema.optional(), format: z.enum(['json', 'csv']).optional() })
    .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, { path: ['from'], error: 'from must not be after to' })
    .refine((query) => query.from === undefined || query.to === undefined || monthsBetween(query.from, query.to).length <= maxReportMonths, {
      path: ['to'],
      error: `at most ${maxReportMonths} months`,
    }),
  hint: `Ask for ?from=2026-01&to=2026-12 (months in London time, from <= to, at most ${maxReportMonths} months; both optional), and &format=csv for CSV.`,
};
export type ReportQuery = z.infer<typeof reportQuery.schema>;

/**
 * The outcome reports for site admins: read from the aggregates only (the range's month counters,
 * and the times of the requests waiting now), never from people's records.
 */
export class ReportsApi {
  constructor(private readonly deps: { readonly aggregates: Pick<ReportAggregates, 'months' | 'openSince'>; readonly clock: Clock }) {}

  /** The site's report for the range; with one end given, the other is taken to make the default 13 months or fewer. */
  async report(siteId: SiteId, query: Pick<ReportQuery, 'from' | 'to'>): Promise<ReportView> {
    const range = defaultReportRange(this.deps.clock.now());
    const to = query.to ?? (query.from !== undefined && query.from > range.to ? query.from : range.to);
    const from = query.from ?? (query.to !== undefined && query.to < range.from ? query.to : range.from);
    const months = monthsBetween(from, to);
    const [counters, openSince] = await Promise.all([this.deps.aggregates.months(siteId, months), this.deps.aggregates.openSince(siteId)]);
    const withWaiting = withStillWaiting(months, counters, openSince, this.deps.clock.now());
    return buildReport({ siteId, from, to, months, counters: withWaiting, generatedAt: isoNow(this.deps.clock) });
  }
}
