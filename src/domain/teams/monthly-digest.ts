import { z } from 'zod';
import { staffHome } from '../admin/staff-return-to';
import { reportMonthName, reportMonthSchema } from '../reports/report-months';
import type { ReportView } from '../reports/report-view';

/**
 * The measures the monthly digest shows, in order: the report's headline figures, with the
 * programme's published figure beside those that have one. The rest is on the Reports page.
 */
export const monthlyDigestMeasures = [
  'access.requests',
  'access.first_contact_median_days',
  'access.first_contact_within_14_days',
  'goals.people',
  'goals.per_person',
  'goals.meaningful_change_share',
  'wellbeing.close_friend.first_share',
  'wellbeing.close_friend.latest_share',
  'wellbeing.leisure_or_community.first_share',
  'wellbeing.leisure_or_community.latest_share',
  'use.check_ins',
] as const;

/** The staff app's Reports page (its hash route, `staff/src/shell/routes.ts`), after the public URL. */
export const staffReportsPath = `${staffHome}#/reports`;

/** The London time of day (minutes after midnight) from which the digest goes out on its day: 9am. */
export const monthlyDigestFromMinutes = 9 * 60;

/** One figure: the measure's label, its display for the month ("12", "43%", "fewer than 5"), and the programme's figure. */
export interface MonthlyDigestFigure {
  readonly label: string;
  readonly display: string;
  /** The programme's published figure in words, where the measure has one. */
  readonly programme?: string;
}

/** What a site's monthly digest shows: aggregates only, as the report displays them. */
export interface MonthlyDigestView {
  readonly siteName: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** "November 2026". */
  readonly monthName: string;
  readonly figures: readonly MonthlyDigestFigure[];
  /** The staff app's Reports page, when the service knows its public address. */
  readonly reportsUrl?: string;
}

/**
 * The digest of one month of a site's report (built by `buildReport`, suppressed as the API
 * answers it): each headline measure's display string for `month` exactly as the report has it,
 * so a cell about 1–4 people reads "fewer than 5" here too.
 */
export function monthlyDigest(report: ReportView, month: string, siteName: string, reportsUrl: string | undefined): MonthlyDigestView {
  const byId = new Map(report.measures.map((measure) => [measure.id, measure]));
  const figures = monthlyDigestMeasures.flatMap((id): MonthlyDigestFigure[] => {
    const measure = byId.get(id);
    if (measure === undefined) return [];
    const display = measure.values.find((cell) => cell.month === month)?.display ?? 'no data';
    return [{ label: measure.label, display, ...(measure.published === null ? {} : { programme: measure.published.text }) }];
  });
  return { siteName, month, monthName: reportMonthName(month), figures, ...(reportsUrl === undefined ? {} : { reportsUrl }) };
}

/** The month a site's last monthly digest reported, so each month has one, however many instances. */
export const monthlyDigestRecordSchema = z.strictObject({ lastMonth: reportMonthSchema });
export type MonthlyDigestRecord = z.infer<typeof monthlyDigestRecordSchema>;
