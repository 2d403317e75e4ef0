/**
 * When an activity actually happens: the sessions of an HSDS 3.0 schedule (RRULE-like, RFC 5545
 * semantics) between two instants, and the next session of an activity.
 *
 * Every date and time in a schedule is Europe/London wall clock. Dates are walked as plain day
 * numbers (days since 1970-01-01) and only the dates that match become instants, so a schedule
 * whose `dtstart` is years back costs no more than one that started last week.
 *
 * Wall-clock times become instants by the one London rule for the clock changes (RFC 5545
 * §3.3.5, see `londonWallClockInstant`).
 */
import { isShownToPeople, type Activity, type Schedule } from './activity';
import { civilDate, dayMs, dayNumber, londonWallClockInstant, parseLocalTime } from '../local-date';

/** One session of an activity: epoch milliseconds (UTC), computed from Europe/London wall-clock times. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

/** One entry of an HSDS `byday` list: ISO weekday 1 (Monday) to 7 (Sunday), with its ordinal if any. */
export interface BydayEntry {
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** `2` for the second, `-1` for the last; absent for every such weekday. */
  readonly ordinal?: number;
}

/** How far ahead {@link nextOccurrence} looks. */
const nextOccurrenceHorizonDays = 400;

const weekdayCodes: Readonly<Record<string, number>> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
const bydayPart = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * Reads an HSDS `byday` list (`"MO,TH"`, `"2MO"`, `"1TU,3TU"`, `"-1FR"`), in the order written.
 * Parts that are not weekday codes are skipped.
 */
export function parseByday(byday: string): BydayEntry[] {
  const entries: BydayEntry[] = [];
  for (const raw of byday.split(',')) {
    const match = bydayPart.exec(raw.trim().toUpperCase());
    const weekday = match?.[2] === undefined ? undefined : weekdayCodes[match[2]];
    if (match === null || weekday === undefined) continue;
    entries.push(match[1] === undefined ? { weekday } : { weekday, ordinal: Number(match[1]) });
  }
  return entries;
}

/**
 * Reads an HSDS `bymonthday` list (`"1,15"`, `"-1"` for the last day), in the order written.
 * Parts that are not days of the month (1 to 31, or -1 to -31) are skipped.
 */
export function parseBymonthday(bymonthday: string): number[] {
  const days: number[] = [];
  for (const raw of bymonthday.split(',')) {
    const part = raw.trim();
    if (!/^-?\d{1,2}$/.test(part)) continue;
    const day = Number(part);
    if (day !== 0 && day >= -31 && day <= 31) days.push(day);
  }
  return days;
}

/**
 * Every occurrence of `schedule` that ends after `from` and starts before `to` (epoch ms), in
 * time order. A session already under way at `from` is included.
 *
 * Dates count only when on or after `dtstart`, on or before `until`, and within
 * [`valid_from`, `valid_to`] (all inclusive, when set). A schedule that cannot be read (a bad date
 * or time, or `closes_at` not after `opens_at`) has no occurrences.
 */
export function occurrencesBetween(schedule: Schedule, from: number, to: number): Occurrence[] {
  const occurrences: Occurrence[] = [];
  if (!(from < to)) return occurrences;
  const plan = planFor(schedule);
  if (plan === undefined) return occurrences;
  // A London date is the UTC date or the one after, and a session ends on its own date, so one
  // day either side of the UTC dates covers every candidate; the instants decide exactly.
  walkDates(plan, Math.floor(from / dayMs) - 1, Math.floor(to / dayMs) + 1, (day) => {
    const start = londonWallClockInstant(day, plan.opens);
    if (start >= to) return false;
    const end = londonWallClockInstant(day, plan.closes);
    if (end > from) occurrences.push({ start, end });
    return true;
  });
  return occurrences;
}

/**
 * The soonest session of the activity that has not finished at `now`, across all its schedules.
 * A session in progress still counts (people can still join); one that has ended does not.
 *
 * `undefined` when the activity is not shown to people (retired), or when no session starts
 * within 400 days of `now`. Ties go to the session that ends first.
 */
export function nextOccurrence(activity: Pick<Activity, 'status' | 'schedules'>, now: number): Occurrence | undefined {
  if (!isShownToPeople(activity)) return undefined;
  const horizon = now + nextOccurrenceHorizonDays * dayMs;
  let best: Occurrence | undefined;
  for (const schedule of activity.schedules) {
    const plan = planFor(schedule);
    if (plan === undefined) continue;
    const limit = best === undefined ? horizon : Math.min(horizon, best.start + 1);
    walkDates(plan, Math.floor(now / dayMs) - 1, Math.floor(limit / dayMs) + 1, (day) => {
      const start = londonWallClockInstant(day, plan.opens);
      if (start >= limit) return false;
      const end = londonWallClockInstant(day, plan.closes);
      if (end <= now) return true;
      if (best === undefined || start < best.start || (start === best.start && end < best.end)) best = { start, end };
      return false;
    });
  }
  return best;
}

/**
 * The next `count` sessions of a set of schedules that have not finished at `now`, in time order,
 * whatever the listing's status (the schedule editor's preview). Sessions of two schedules at the
 * same times are one session. Looks as far ahead as {@link nextOccurrence}.
 */
export function upcomingOccurrences(schedules: readonly Schedule[], now: number, count: number): Occurrence[] {
  const horizon = now + nextOccurrenceHorizonDays * dayMs;
  const all = schedules.flatMap((schedule) => occurrencesBetween(schedule, now, horizon).slice(0, count));
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all.filter((session, index) => index === 0 || session.start !== all[index - 1]?.start || session.end !== all[index - 1]?.end).slice(0, count);
}

// ---------------------------------------------------------------------------------------------
// A schedule read once into numbers.

interface SchedulePlan {
  readonly freq: 'WEEKLY' | 'MONTHLY';
  readonly interval: number;
  /** Day number of `dtstart`. */
  readonly anchor: number;
  /** The first and last day numbers any occurrence may fall on. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** WEEKLY: offsets from Monday (0 = Monday … 6 = Sunday), ascending, without repeats. */
  readonly weekdayOffsets: readonly number[];
  /** MONTHLY: the `byday` entries, or undefined when there is no `byday`. */
  readonly byday: readonly BydayEntry[] | undefined;
  /** MONTHLY: the `bymonthday` days, or undefined when there is no `bymonthday`. */
  readonly bymonthday: readonly number[] | undefined;
  /** Minutes after local midnight. */
  readonly opens: number;
  readonly closes: number;
}

function planFor(schedule: Schedule): SchedulePlan | undefined {
  const anchor = parseDay(schedule.dtstart);
  const opens = parseLocalTime(schedule.opens_at);
  const closes = parseLocalTime(schedule.closes_at);
  if (anchor === undefined || opens === undefined || closes === undefined || closes <= opens) return undefined;
  const validFrom = optionalDay(schedule.valid_from, -Infinity);
  const until = optionalDay(schedule.until, Infinity);
  const validTo = optionalDay(schedule.valid_to, Infinity);
  if (validFrom === undefined || until === undefined || validTo === undefined) return undefined;
  const firstDay = Math.max(anchor, validFrom);
  const lastDay = Math.min(until, validTo);
  const interval = Number.isInteger(schedule.interval) && schedule.interval >= 1 ? schedule.interval : 1;
  const byday = schedule.byday === undefined ? undefined : parseByday(schedule.byday);
  const bymonthday = schedule.bymonthday === undefined ? undefined : parseBymonthday(schedule.bymonthday);

  // RFC 5545: WEEKLY ignores ordinals here (they are not allowed) and with no weekday at all
  // repeats on the weekday of dtstart; the same fallback keeps a bad record from repeating daily.
  const weekdays = new Set((byday ?? []).map((entry) => entry.weekday - 1));
  if (weekdays.size === 0) weekdays.add(isoWeekday(anchor) - 1);
  const weekdayOffsets = [...weekdays].sort((a, b) => a - b);
  return { freq: schedule.freq, interval, anchor, firstDay, lastDay, weekdayOffsets, byday, bymonthday, opens, closes };
}

/** `YYYY-MM-DD` as a day number, or undefined when it is not a real date. */
function parseDay(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** An optional date as a day number, `fallback` when absent, undefined when not a real date. */
function optionalDay(value: string | undefined, fallback: number): number | undefined {
  return value === undefined ? fallback : parseDay(value);
}

// ---------------------------------------------------------------------------------------------
// Walking the matching dates, in order, without visiting the days in between.

/** Calls `visit` for each matching date in [from, to] (day numbers) in order, until it returns false. */
function walkDates(plan: SchedulePlan, from: number, to: number, visit: (day: number) => boolean): void {
  const lo = Math.max(from, plan.firstDay);
  const hi = Math.min(to, plan.lastDay);
  if (lo > hi) return;
  if (plan.freq === 'WEEKLY') walkWeeks(plan, lo, hi, visit);
  else walkMonths(plan, lo, hi, visit);
}

function walkWeeks(plan: SchedulePlan, lo: number, hi: number, visit: (day: number) => boolean): void {
  // ISO weeks, Monday first; the week containing dtstart is week 0 and lo is never before it.
  const anchorMonday = plan.anchor - (isoWeekday(plan.anchor) - 1);
  let monday = lo - (isoWeekday(lo) - 1);
  const behind = ((monday - anchorMonday) / 7) % plan.interval;
  if (behind !== 0) monday += (plan.interval - behind) * 7;
  for (; monday <= hi; monday += plan.interval * 7) {
    for (const offset of plan.weekdayOffsets) {
      const day = monday + offset;
      if (day < lo) continue;
      if (day > hi || !visit(day)) return;
    }
  }
}

function walkMonths(plan: SchedulePlan, lo: number, hi: number, visit: (day: number) => boolean): void {
  // The month of dtstart is month 0 and lo is never before it.
  const anchorMonth = monthIndex(plan.anchor);
  let month = monthIndex(lo);
  const behind = (month - anchorMonth) % plan.interval;
  if (behind !== 0) month += plan.interval - behind;
  const lastMonth = monthIndex(hi);
  for (; month <= lastMonth; month += plan.interval) {
    const year = Math.floor(month / 12);
    const monthOfYear = month - year * 12 + 1;
    const first = dayNumber(year, monthOfYear, 1);
    const mask = monthDays(plan, first, daysInMonth(year, monthOfYear));
    for (let dayOfMonth = 1; dayOfMonth <= 31; dayOfMonth += 1) {
      if ((mask & (1 << (dayOfMonth - 1))) === 0) continue;
      const day = first + dayOfMonth - 1;
      if (day < lo) continue;
      if (day > hi || !visit(day)) return;
    }
  }
}

/**
 * The matching days of one month as a bit mask (bit 0 = the 1st). With both `byday` and
 * `bymonthday`, a day must match both (RFC 5545: BYDAY limits BYMONTHDAY in a MONTHLY rule,
 * so `FR` with `13` is Friday the 13th). With neither, the day of the month of dtstart.
 */
function monthDays(plan: SchedulePlan, first: number, length: number): number {
  const fromByday = plan.byday === undefined ? undefined : bydayMask(plan.byday, first, length);
  const fromMonthday = plan.bymonthday === undefined ? undefined : monthdayMask(plan.bymonthday, length);
  if (fromByday !== undefined && fromMonthday !== undefined) return fromByday & fromMonthday;
  return fromByday ?? fromMonthday ?? monthdayMask([dayOfMonth(plan.anchor)], length);
}

function bydayMask(entries: readonly BydayEntry[], first: number, length: number): number {
  const firstWeekday = isoWeekday(first);
  const lastWeekday = isoWeekday(first + length - 1);
  let mask = 0;
  for (const { weekday, ordinal } of entries) {
    const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7);
    if (ordinal === undefined) {
      for (let dayOfMonth = firstMatch; dayOfMonth <= length; dayOfMonth += 7) mask |= 1 << (dayOfMonth - 1);
      continue;
    }
    const lastMatch = length - ((lastWeekday - weekday + 7) % 7);
    const dayOfMonth = ordinal > 0 ? firstMatch + (ordinal - 1) * 7 : lastMatch + (ordinal + 1) * 7;
    if (dayOfMonth >= 1 && dayOfMonth <= length) mask |= 1 << (dayOfMonth - 1);
  }
  return mask;
}

/** A 31 in a 30-day month does not occur; -1 is the last day. */
function monthdayMask(days: readonly number[], length: number): number {
  let mask = 0;
  for (const day of days) {
    const dayOfMonth = day > 0 ? day : length + day + 1;
    if (dayOfMonth >= 1 && dayOfMonth <= length) mask |= 1 << (dayOfMonth - 1);
  }
  return mask;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian).

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(dayNo: number): number {
  return ((((dayNo + 3) % 7) + 7) % 7) + 1;
}

/** Months since January of year 0, so consecutive months differ by 1. */
function monthIndex(dayNo: number): number {
  const { year, month } = civilDate(dayNo);
  return year * 12 + month - 1;
}

function dayOfMonth(dayNo: number): number {
  return civilDate(dayNo).day;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
