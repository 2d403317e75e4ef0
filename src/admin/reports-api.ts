import { z } from 'zod';
import { type Clock, isoNow } from '../domain/clock';
import { buildReport } from '../domain/reports/build-report';
import { defaultReportRange, monthsBetween, reportMonthSchema } from '../domain/reports/report-months';
import type { ReportView } from '../domain/reports/report-view';
import type { SiteId } from '../domain/sites';
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
 * The outcome reports for site admins: read from the aggregates only (one read of the range's
 * month counters), never from people's records.
 */
export class ReportsApi {
  constructor(private readonly deps: { readonly aggregates: Pick<ReportAggregates, 'months'>; readonly clock: Clock }) {}

  /** The site's report for the range; with one end given, the other is taken to make the default 13 months or fewer. */
  async report(siteId: SiteId, query: Pick<ReportQuery, 'from' | 'to'>): Promise<ReportView> {
    const range = defaultReportRange(this.deps.clock.now());
    const to = query.to ?? (query.from !== undefined && query.from > range.to ? query.from : range.to);
    const from = query.from ?? (query.to !== undefined && query.to < range.from ? query.to : range.from);
    const months = monthsBetween(from, to);
    const counters = await this.deps.aggregates.months(siteId, months);
    return buildReport({ siteId, from, to, months, counters, generatedAt: isoNow(this.deps.clock) });
  }
}
