import { DateTime } from 'luxon';
import { maxReportMonths } from '../../../../src/admin/reports-api';

/** A report's months, `YYYY-MM` each, first and last included. */
export interface MonthRange {
  readonly from: string;
  readonly to: string;
}

function monthOf(text: string): DateTime | undefined {
  const month = DateTime.fromFormat(text, 'yyyy-MM', { zone: 'Europe/London' });
  return month.isValid ? month : undefined;
}

/** What is wrong with a chosen range, in words, or undefined when the API will accept it. */
export function monthRangeProblem(range: MonthRange): string | undefined {
  const from = monthOf(range.from);
  const to = monthOf(range.to);
  if (from === undefined || to === undefined) return 'Choose a first and a last month.';
  if (from > to) return 'The first month must not be after the last.';
  if (to.diff(from, 'months').months + 1 > maxReportMonths) return `Choose at most ${maxReportMonths} months.`;
  return undefined;
}

/** "November 2026": the server's words for a month (the Teams monthly digest uses them too). */
export { reportMonthName as monthName } from '../../../../src/domain/reports/report-months';

/** "Nov 2026": a table's column or a chart's axis. */
export function shortMonthName(month: string): string {
  return monthOf(month)?.setLocale('en-GB').toFormat('LLL yyyy') ?? month;
}
