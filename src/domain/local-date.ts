/**
 * London time, the one module for it: instants shown as London dates, wall-clock times of day
 * (`HH:mm`: parse, format, words) and London wall clock to instants across the clock changes.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Clock } from './clock';

/** The zone every local date and time is shown in, unless a site says otherwise. */
export const londonZone = 'Europe/London';

/** Now, in London. */
export function londonNow(clock: Clock): DateTime {
  return DateTime.fromMillis(clock.now(), { zone: londonZone });
}

/** A UTC ISO instant (or epoch milliseconds) as a British date in London, e.g. "3 Nov 2026". */
export function britishDate(instant: string | number): string {
  const time = typeof instant === 'number' ? DateTime.fromMillis(instant, { zone: 'utc' }) : DateTime.fromISO(instant, { zone: 'utc' });
  return time.setZone(londonZone).setLocale('en-GB').toFormat('d LLL yyyy');
}

/** The London date of an instant (epoch milliseconds), as `YYYY-MM-DD`. */
export function londonIsoDate(instant: number): string {
  return DateTime.fromMillis(instant, { zone: londonZone }).toFormat('yyyy-MM-dd');
}

/** A UTC ISO instant as a British date in words, in London: "6 December 2026". */
export function britishDateInWords(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(londonZone).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/** Weekday names, Monday first: `weekdayNames[luxonWeekday - 1]`. */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Month names: `monthNames[month - 1]`. */
export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The name of an ISO weekday (1 = Monday … 7 = Sunday), as luxon numbers them. */
export function weekdayName(weekday: number): string {
  return weekdayNames[weekday - 1] ?? '';
}

/** The name of a month (1 = January). */
export function monthName(month: number): string {
  return monthNames[month - 1] ?? '';
}

/** Calendar days from one local date to another (both in the same zone), ignoring the time of day. */
export function calendarDaysBetween(from: DateTime, to: DateTime): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Wall-clock times of day: "HH:mm".

/** A London wall-clock time written `HH:mm`, 24-hour, 00:00 to 23:59, as stored and exchanged. */
export type LocalTime = string;

/** The pattern of a {@link LocalTime}. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, 24-hour');

/** A closing time: a {@link LocalTime}, or `24:00` for midnight at the end of the day. */
export const closingTimeSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time as HH:MM, 24-hour, or 24:00 for midnight');

const minutesPerDay = 24 * 60;

/**
 * Minutes after midnight of `HH:mm` (seconds, as HSDS writes them, are dropped), or undefined when
 * it is not a time of day. `24:00` (midnight at the end of the day) is 1440, and only read so when
 * `endOfDay` allows it.
 */
export function parseLocalTime(text: string, options: { readonly endOfDay?: boolean } = {}): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (options.endOfDay === true && minutes === minutesPerDay) return minutes;
  return Number(match[1]) < 24 && Number(match[2]) < 60 ? minutes : undefined;
}

/**
 * Minutes after midnight of a time already checked by {@link localTimeSchema} (or by
 * {@link closingTimeSchema}, with `endOfDay`: `24:00` is 1440).
 *
 * @throws RangeError on anything else, which is a bug upstream.
 */
export function localTimeMinutes(time: LocalTime, options: { readonly endOfDay?: boolean } = {}): number {
  const minutes = parseLocalTime(time, options);
  if (minutes === undefined) throw new RangeError(`Not a local time "HH:mm": ${JSON.stringify(time)}`);
  return minutes;
}

/** Minutes after midnight (0 to 1439) as `HH:mm`. */
export function formatLocalTime(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Which times {@link localTimeWords} says by name instead of on the 12-hour clock. */
export interface TimeNames {
  /** 00:00 (and 24:00) as "midnight" instead of "12am". */
  readonly midnight?: boolean;
  /** 12:00 as "midday" instead of "12pm". */
  readonly midday?: boolean;
}

/**
 * Minutes after midnight as people write the time: "9am", "6:30pm", "12pm" (noon), "12:30am";
 * "midnight" and "midday" when `names` asks for them.
 */
export function localTimeWords(minutes: number, names: TimeNames = {}): string {
  if (names.midnight === true && minutes % minutesPerDay === 0) return 'midnight';
  if (names.midday === true && minutes === 12 * 60) return 'midday';
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${twelveHour}${suffix}` : `${twelveHour}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** The wall-clock time of a London `DateTime` in words ("10:15am"), as {@link localTimeWords}. */
export function clockTimeWords(time: DateTime, names: TimeNames = {}): string {
  return localTimeWords(time.hour * 60 + time.minute, names);
}

// ---------------------------------------------------------------------------------------------
// Calendar dates as day numbers, and London wall clock to instants.

/** Milliseconds in a day of UTC (London days are 23 or 25 hours on clock-change days). */
export const dayMs = 86_400_000;
const minuteMs = 60_000;

/** A calendar date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of a calendar date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function civilDate(dayNo: number): CivilDate {
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The UTC offsets (minutes) at the start and the end of a London date; equal except on clock-change days. */
interface DayOffsets {
  readonly first: number;
  readonly last: number;
}

/**
 * A memo of {@link DayOffsets} by day number: a pure function of the date, kept because each
 * luxon build costs ~20 µs and precomputing 50,000 listings touches the same few hundred dates.
 * Cleared when it grows large.
 */
const dayOffsetsMemo = new Map<number, DayOffsets>();
const dayOffsetsMemoLimit = 20_000;

function dayOffsets(dayNo: number): DayOffsets {
  const known = dayOffsetsMemo.get(dayNo);
  if (known !== undefined) return known;
  const { year, month, day } = civilDate(dayNo);
  const offsets: DayOffsets = {
    first: DateTime.fromObject({ year, month, day, hour: 0, minute: 0 }, { zone: londonZone }).offset,
    last: DateTime.fromObject({ year, month, day, hour: 23, minute: 59 }, { zone: londonZone }).offset,
  };
  if (dayOffsetsMemo.size >= dayOffsetsMemoLimit) dayOffsetsMemo.clear();
  dayOffsetsMemo.set(dayNo, offsets);
  return offsets;
}

/**
 * The instant (epoch ms) of `minutes` (0 to 1439) after midnight on a London date (a day number,
 * see {@link dayNumber}), with the clock changes read as RFC 5545 §3.3.5 says:
 * - a wall time that does not exist (01:00–01:59 on the last Sunday of March, when the clocks go
 *   forward) is read with the offset before the gap, so it shifts an hour later: 01:30 becomes
 *   02:30 BST (this is also what luxon does);
 * - a wall time that happens twice (01:00–01:59 on the last Sunday of October) means the first of
 *   the two (BST). Luxon alone picks one by guessing from the current time, so this checks for the
 *   earlier one itself and the answer does not depend on when it runs.
 */
export function londonWallClockInstant(dayNo: number, minutes: number): number {
  const { first, last } = dayOffsets(dayNo);
  if (first === last) return dayNo * dayMs + (minutes - first) * minuteMs;
  // A clock-change day. Luxon moves a missing time forward (the offset before the gap).
  const { year, month, day } = civilDate(dayNo);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const built = DateTime.fromObject({ year, month, day, hour, minute }, { zone: londonZone }).toMillis();
  if (first < last) return built;
  // Clocks going back: take the first of the two whenever it exists.
  const earlier = DateTime.fromMillis(built - (first - last) * minuteMs, { zone: londonZone });
  return earlier.day === day && earlier.hour === hour && earlier.minute === minute ? earlier.toMillis() : built;
}

/** The day number of a London `DateTime`'s calendar date. */
export function dayNumberOf(date: DateTime): number {
  return dayNumber(date.year, date.month, date.day);
}
