/** The report view from each month's counters: measures worked out, then suppressed, then shown. */
import type { SiteId } from '../sites';
import { type MonthCounters, measureSpecs, reportGroups } from './report-measures';
import type { ReportUnit, ReportView } from './report-view';
import { type RawCell, type SuppressedCell, suppressCell, suppressParts } from './suppression';

/** A value as the page shows it: '12', '43%', '4.5 days', '6.2'. */
export function displayValue(value: number, unit: ReportUnit): string {
  const rounded = (n: number) => String(Math.round(n * 10) / 10);
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  if (unit === 'days') return value === 1 ? '1 day' : `${rounded(value)} days`;
  return rounded(value);
}

const shown = (cell: SuppressedCell, unit: ReportUnit) => (cell.value === null ? { value: null, display: cell.hidden } : { value: cell.value, display: displayValue(cell.value, unit) });

/** Counters added up over months. */
function addCounters(months: readonly MonthCounters[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const counters of months) for (const [name, n] of Object.entries(counters)) sum[name] = (sum[name] ?? 0) + n;
  return sum;
}

/**
 * The report for `months` (in order) from their counters (`counters[i]` is `months[i]`'s).
 * A measure with a total has its months suppressed together with it (complementary suppression:
 * one hidden month would otherwise follow from the total); the others month by month.
 */
export function buildReport(input: { siteId: SiteId; from: string; to: string; months: readonly string[]; counters: readonly MonthCounters[]; generatedAt: string }): ReportView {
  const names = new Set(input.counters.flatMap((counters) => Object.keys(counters)));
  const whole = addCounters(input.counters);
  const measures = measureSpecs(names).map((spec) => {
    const raw: RawCell[] = input.counters.map((counters) => spec.cell(counters));
    let cells: SuppressedCell[];
    let total: ReportView['measures'][number]['total'] = null;
    if (spec.totalled) {
      const totalRaw = spec.cell(whole);
      // Only counts add up to their total; for waits the total is its own cell.
      const additive = spec.unit === 'count';
      cells = additive ? suppressParts(raw) : raw.map(suppressCell);
      total = shown(suppressCell(totalRaw), spec.unit);
    } else {
      cells = raw.map(suppressCell);
    }
    return {
      id: spec.id,
      group: spec.group,
      label: spec.label,
      definition: spec.definition,
      source: spec.source,
      unit: spec.unit,
      published: spec.published,
      values: cells.map((cell, index) => ({ month: input.months[index] ?? '', ...shown(cell, spec.unit) })),
      total,
    };
  });
  return { siteId: input.siteId, from: input.from, to: input.to, generatedAt: input.generatedAt, months: [...input.months], groups: reportGroups.map((g) => ({ ...g })), measures };
}

/** The report as CSV: one row per measure and month (and `total` where there is one). */
export function reportCsv(view: ReportView): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const rows = [['measure', 'label', 'month', 'value', 'display']];
  for (const measure of view.measures) {
    for (const cell of measure.values) rows.push([measure.id, measure.label, cell.month, cell.value === null ? '' : String(cell.value), cell.display]);
    if (measure.total !== null) rows.push([measure.id, measure.label, 'total', measure.total.value === null ? '' : String(measure.total.value), measure.total.display]);
  }
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
