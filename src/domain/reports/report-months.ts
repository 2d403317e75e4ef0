/**
 * Report months: `YYYY-MM` in London time, so a request made at 00:30 on 1 April (BST, still
 * 31 March in UTC) counts in April.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { londonZone } from '../local-date';

/** A report month, `YYYY-MM`. */
export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give a month as YYYY-MM.');

/**
 * The last month asked for in epoch milliseconds, with the instants it spans: every turn asks for
 * the current month, and luxon's time-zone arithmetic was about 2 % of the service's CPU a turn.
 */
let lastMonth: { readonly month: string; readonly from: number; readonly to: number } | undefined;

/** The London month (`YYYY-MM`) an instant (UTC ISO or epoch milliseconds) falls in. */
export function londonMonthOf(instant: string | number): string {
  if (typeof instant === 'string') return DateTime.fromISO(instant, { zone: 'utc' }).setZone(londonZone).toFormat('yyyy-MM');
  if (lastMonth !== undefined && instant >= lastMonth.from && instant < lastMonth.to) return lastMonth.month;
  const start = DateTime.fromMillis(instant, { zone: londonZone }).startOf('month');
  lastMonth = { month: start.toFormat('yyyy-MM'), from: start.toMillis(), to: start.plus({ months: 1 }).toMillis() };
  return lastMonth.month;
}

/** Every month from `from` to `to` (both `YYYY-MM`, inclusive), in order; empty when `from` is after `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let month = DateTime.fromFormat(from, 'yyyy-MM', { zone: 'utc' });
  const last = DateTime.fromFormat(to, 'yyyy-MM', { zone: 'utc' });
  while (month <= last) {
    months.push(month.toFormat('yyyy-MM'));
    month = month.plus({ months: 1 });
  }
  return months;
}

/** The default range: the last 12 full London months and the current one. */
export function defaultReportRange(now: number): { from: string; to: string } {
  const current = DateTime.fromMillis(now, { zone: londonZone }).startOf('month');
  return { from: current.minus({ months: 12 }).toFormat('yyyy-MM'), to: current.toFormat('yyyy-MM') };
}

/** The month before a month (`YYYY-MM`). */
export function monthBefore(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' }).minus({ months: 1 }).toFormat('yyyy-MM');
}

/** A month (`YYYY-MM`) in words: "November 2026". */
export function reportMonthName(month: string): string {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });
  return start.isValid ? start.setLocale('en-GB').toFormat('LLLL yyyy') : month;
}

/** Whole days from one instant to a later one (epoch milliseconds), never below 0. */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}
