import type { ReportGroupId, ReportMeasure, ReportView } from '../../../../src/domain/reports/report-view';
import { monthName, shortMonthName } from './report-months';

/** A measure's figure for one month: `value` is null when suppressed or missing, `display` says which. */
export type ReportCell = ReportMeasure['values'][number];

/** One group of a report as the page shows it: its measures, the first of which its chart shows. */
export interface ReportGroupView {
  readonly id: ReportGroupId;
  readonly label: string;
  readonly measures: readonly ReportMeasure[];
}

/** The report's groups in its order, each with its measures; groups with no measures are left out. */
export function reportGroups(report: ReportView): ReportGroupView[] {
  return report.groups
    .map((group) => ({ id: group.id, label: group.label, measures: report.measures.filter((measure) => measure.group === group.id) }))
    .filter((group) => group.measures.length > 0);
}

/** A measure's cell for each of the report's months, in order ('no data' where the answer has none). */
export function cellsByMonth(measure: ReportMeasure, months: readonly string[]): ReportCell[] {
  return months.map((month) => measure.values.find((cell) => cell.month === month) ?? { month, value: null, display: 'no data' });
}

/** What a chart draws: the months with a figure, by their short names. */
export function chartPoints(measure: ReportMeasure, months: readonly string[]): Array<{ month: string; value: number }> {
  return cellsByMonth(measure, months).flatMap((cell) => (cell.value === null ? [] : [{ month: shortMonthName(cell.month), value: cell.value }]));
}

/**
 * A chart's value axis: shares 0-100%, scores 0-10, counts and days from 0 to the highest figure
 * (at least 1, so a range of zeros draws no bars rather than a scale with no height).
 */
export function chartDomain(measure: ReportMeasure, months: readonly string[]): [number, number] {
  if (measure.unit === 'share') return [0, 1];
  if (measure.unit === 'score') return [0, 10];
  return [0, Math.max(1, ...chartPoints(measure, months).map((point) => point.value))];
}

/** "Programme: 14-25 days", or undefined where the programme published no figure for the measure. */
export function publishedComparison(measure: ReportMeasure): string | undefined {
  return measure.published === null ? undefined : `Programme: ${measure.published.text}`;
}

/** The latest month with a figure for the measure, or undefined when every month is suppressed or empty. */
function latestShown(measure: ReportMeasure, months: readonly string[]): ReportCell | undefined {
  return cellsByMonth(measure, months)
    .filter((cell) => cell.value !== null)
    .at(-1);
}

/**
 * A chart's words for screen readers: what it shows, over which months, its highest and lowest
 * months, and how many months are held back. "Callback requests by month, December 2025 to
 * December 2026: highest 20 in March 2026, lowest 3 in August 2026; 2 months show fewer than 5."
 */
export function chartDescription(measure: ReportMeasure, months: readonly string[]): string {
  const first = months[0];
  const last = months.at(-1);
  const span = first === undefined || last === undefined ? '' : first === last ? `, ${monthName(first)}` : `, ${monthName(first)} to ${monthName(last)}`;
  const cells = cellsByMonth(measure, months);
  const shown = cells.filter((cell): cell is ReportCell & { value: number } => cell.value !== null);
  const held = cells.length - shown.length;
  const heldText = held === 0 ? '' : `; ${held === 1 ? '1 month has' : `${held} months have`} no figure shown (fewer than 5 people, suppressed or no data)`;
  if (shown.length === 0) return `${measure.label} by month${span}: no month has a figure to show${heldText}.`;
  const highest = shown.reduce((best, cell) => (cell.value > best.value ? cell : best));
  const lowest = shown.reduce((best, cell) => (cell.value < best.value ? cell : best));
  const extremes = highest === lowest ? `${highest.display} in ${monthName(highest.month)}` : `highest ${highest.display} in ${monthName(highest.month)}, lowest ${lowest.display} in ${monthName(lowest.month)}`;
  return `${measure.label} by month${span}: ${extremes}${heldText}.`;
}

/**
 * A group's figures in a plain sentence, for its latest month with a figure: "In November 2026:
 * callback requests 12; median days to first contact 4.5 days (programme: 14-25 days)."
 */
export function groupSummary(group: ReportGroupView, months: readonly string[]): string {
  const [headline] = group.measures;
  const latest = headline === undefined ? undefined : latestShown(headline, months);
  if (latest === undefined) return `${group.label}: no month in this range has figures to show (fewer than 5 people, suppressed or no data).`;
  const parts = group.measures.map((measure) => {
    const cell = cellsByMonth(measure, months).find((each) => each.month === latest.month);
    const comparison = measure.published === null ? '' : ` (programme: ${measure.published.text})`;
    return `${lowerFirst(measure.label)} ${cell?.display ?? 'no data'}${comparison}`;
  });
  return `In ${monthName(latest.month)}: ${parts.join('; ')}.`;
}

function lowerFirst(text: string): string {
  // Keeps acronyms (ONS4, GBO) as they are.
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
