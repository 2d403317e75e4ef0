import { DateTime } from 'luxon';
import type { OpeningPeriodTimes, TeamDirectoryEntry } from './team-directory';
import { calendarDaysBetween, clockTimeWords, dayNumberOf, localTimeMinutes, localTimeWords, londonWallClockInstant, londonZone, monthName, weekdayName, weekdayNames } from '../local-date';

/**
 * Is the team open now, and until when; when does it next open; and the weekly hours in words.
 * All times are Europe/London wall clock, turned into instants by the one London rule for the
 * clock changes (`londonWallClockInstant`): on the spring-forward day a 01:00–03:00 period lasts
 * one hour, on the fall-back day three (a time that happens twice is taken the first time).
 *
 * Rules: an exception on a date replaces that date's weekly periods entirely; a period running
 * past midnight belongs to the day it starts, so the start date's exception decides it; opening
 * times are inclusive and closing times exclusive (open at 09:00, closed at 17:00); periods that
 * meet or overlap are one stretch of opening (closing at midnight and opening again at midnight
 * is not closing).
 */

/** Closing times may be `24:00`, midnight at the end of the day. */
const endOfDay = { endOfDay: true } as const;

/** How far ahead people are told when a closed team opens next. */
const lookAheadDays = 14;

/** Whether a team is open at an instant. */
export interface OpeningStatus {
  readonly open: boolean;
  /** When open: when it closes (epoch ms); absent when it stays open beyond the next two weeks. */
  readonly closesAt?: number;
  /** When closed: when it next opens, within 14 days (epoch ms). */
  readonly nextOpensAt?: number;
  /**
   * When the hours in force come from an exception: its reason. When open, the exception that
   * gave the current period; when closed, the exception on today's date.
   */
  readonly exceptionReason?: string;
}

/** The opening hours of an entry, all the status needs. */
export type OpeningHoursSource = Pick<TeamDirectoryEntry, 'openingHours' | 'exceptions'>;

/** One concrete opening, in instants. */
interface OpenInterval {
  readonly start: number;
  readonly end: number;
  readonly exceptionReason: string | undefined;
}

/** Whether the team is open at `now` (epoch ms), until when, or when it next opens. */
export function openingStatus(entry: OpeningHoursSource, now: number): OpeningStatus {
  const today = DateTime.fromMillis(now, { zone: londonZone }).startOf('day');
  // Two days back for periods running past midnight (up to 25 hours on the fall-back day).
  const firstDay = today.minus({ days: 2 });
  const lastDay = today.plus({ days: lookAheadDays });
  const horizon = wallClock(lastDay.plus({ days: 1 }), 0);
  const intervals: OpenInterval[] = [];
  for (let day = firstDay; day.toMillis() <= lastDay.toMillis(); day = day.plus({ days: 1 })) intervals.push(...intervalsOn(entry, day));
  intervals.sort((a, b) => a.start - b.start);

  const current = intervals.filter((interval) => interval.start <= now && now < interval.end);
  if (current.length > 0) {
    const reason = current.find((interval) => interval.exceptionReason !== undefined)?.exceptionReason;
    const end = endOfStretch(intervals, now);
    return { open: true, ...(end < horizon ? { closesAt: end } : {}), ...(reason === undefined ? {} : { exceptionReason: reason }) };
  }

  const until = DateTime.fromMillis(now, { zone: londonZone }).plus({ days: lookAheadDays }).toMillis();
  const next = intervals.find((interval) => interval.start > now && interval.start <= until);
  const reason = exceptionOn(entry, today)?.reason;
  return { open: false, ...(next === undefined ? {} : { nextOpensAt: next.start }), ...(reason === undefined ? {} : { exceptionReason: reason }) };
}

/**
 * The status in one or two short sentences, relative to `now`:
 * - "Open now, until 5pm." ("until 2am" for a late night, "until tomorrow at 9am", "until Monday
 *   at 6am"); "Open now (Christmas Eve), until 12pm." on an exception's hours; "Open now." when
 *   it stays open beyond the next two weeks;
 * - "Closed now. Opens today at 9am." / "… tomorrow at 9am." / "… Tuesday at 9am." (within six
 *   days) / "… Monday 4 January at 9am." (later); "Closed now (Christmas Day). Opens …" on an
 *   exception day; "Opens tonight at midnight." for an opening at 00:00;
 * - "Closed, and no opening times are listed for the next two weeks."
 */
export function describeOpeningStatus(status: OpeningStatus, now: number): string {
  const reason = status.exceptionReason === undefined ? '' : ` (${status.exceptionReason})`;
  if (status.open) {
    return status.closesAt === undefined ? `Open now${reason}.` : `Open now${reason}, until ${closingWords(status.closesAt, now)}.`;
  }
  if (status.nextOpensAt === undefined) return `Closed${reason}, and no opening times are listed for the next two weeks.`;
  return `Closed now${reason}. Opens ${openingWords(status.nextOpensAt, now)}.`;
}

/** When an open team closes, in words ("5pm", "2am", "Monday at 5pm"); undefined when closed or open beyond two weeks. */
export function closingTimeWords(status: OpeningStatus, now: number): string | undefined {
  return !status.open || status.closesAt === undefined ? undefined : closingWords(status.closesAt, now);
}

/** When a closed team next opens, in words ("tomorrow at 9am", "Monday 4 January at 9am"); undefined when open or not within two weeks. */
export function nextOpeningWords(status: OpeningStatus, now: number): string | undefined {
  return status.open || status.nextOpensAt === undefined ? undefined : openingWords(status.nextOpensAt, now);
}

/**
 * The weekly pattern, Monday first, consecutive days with the same hours grouped:
 * "Monday to Wednesday: 9am to 5pm", "Thursday: 9am to 8pm", "Friday: 9am to 5pm",
 * "Saturday: 10am to 1pm", "Sunday: closed". Several periods in a day are joined with "and"
 * ("9am to 12pm and 1pm to 5pm"); a period past midnight reads "6pm to 2am"; 00:00 to 24:00 is
 * "open all day"; the same hours all week are "Every day: …". Exceptions are not included
 * (see {@link describeUpcomingExceptions}).
 */
export function describeWeeklyHours(entry: Pick<TeamDirectoryEntry, 'openingHours'>): string[] {
  const days = weekdayNames.map((_, index) => dayHoursWords(entry.openingHours.filter((period) => period.weekday === index + 1)));
  const lines: string[] = [];
  let first = 0;
  while (first < days.length) {
    let last = first;
    while (last + 1 < days.length && days[last + 1] === days[first]) last += 1;
    const hours = days[first] ?? '';
    if (first === 0 && last === days.length - 1) lines.push(`Every day: ${hours}`);
    else lines.push(`${dayRangeWords(first, last)}: ${hours}`);
    first = last + 1;
  }
  return lines;
}

/**
 * The exceptions on the `days` dates from today (London) on, in date order, e.g.
 * "Thursday 24 December (Christmas Eve): 9am to 12pm", "Friday 25 December (Christmas Day): closed".
 */
export function describeUpcomingExceptions(entry: Pick<TeamDirectoryEntry, 'exceptions'>, now: number, days = lookAheadDays): string[] {
  const today = DateTime.fromMillis(now, { zone: londonZone }).startOf('day');
  const first = today.toISODate() ?? '';
  const last = today.plus({ days: days - 1 }).toISODate() ?? '';
  return entry.exceptions
    .filter((exception) => exception.date >= first && exception.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((exception) => {
      const date = DateTime.fromISO(exception.date, { zone: londonZone });
      return `${weekdayName(date.weekday)} ${date.day} ${monthName(date.month)} (${exception.reason}): ${dayHoursWords(exception.periods)}`;
    });
}

// ---------------------------------------------------------------------------------------------

/** The openings that start on a London date: its exception's periods, or its weekday's. */
function intervalsOn(entry: OpeningHoursSource, day: DateTime): OpenInterval[] {
  const exception = exceptionOn(entry, day);
  const periods: readonly OpeningPeriodTimes[] = exception?.periods ?? entry.openingHours.filter((period) => period.weekday === day.weekday);
  const nextDay = day.plus({ days: 1 });
  return periods.flatMap((period) => {
    const opens = localTimeMinutes(period.opens);
    const closes = localTimeMinutes(period.closes, endOfDay);
    const start = wallClock(day, opens);
    const end = closes > opens ? wallClock(closes === 24 * 60 ? nextDay : day, closes % (24 * 60)) : wallClock(nextDay, closes);
    return end > start ? [{ start, end, exceptionReason: exception?.reason }] : [];
  });
}

function exceptionOn(entry: Pick<TeamDirectoryEntry, 'exceptions'>, day: DateTime): TeamDirectoryEntry['exceptions'][number] | undefined {
  const date = day.toISODate();
  return entry.exceptions.find((exception) => exception.date === date);
}

/** The instant a London wall-clock time (minutes after midnight) happens on a date. */
function wallClock(day: DateTime, minutes: number): number {
  return londonWallClockInstant(dayNumberOf(day), minutes);
}

/** The end of the stretch of opening (periods meeting or overlapping) that contains `now`. */
function endOfStretch(sortedIntervals: readonly OpenInterval[], now: number): number {
  let end = now;
  for (const interval of sortedIntervals) {
    if (interval.start > end) break;
    if (interval.end > end) end = interval.end;
  }
  return end;
}

/** A day's periods in words: "9am to 12pm and 1pm to 5pm", "open all day", "closed". */
function dayHoursWords(periods: readonly OpeningPeriodTimes[]): string {
  if (periods.length === 0) return 'closed';
  const sorted = [...periods].sort((a, b) => localTimeMinutes(a.opens) - localTimeMinutes(b.opens) || localTimeMinutes(a.closes, endOfDay) - localTimeMinutes(b.closes, endOfDay));
  if (sorted.length === 1 && sorted[0]?.opens === '00:00' && sorted[0].closes === '24:00') return 'open all day';
  return sorted.map((period) => `${clockWords(period.opens)} to ${clockWords(period.closes)}`).join(' and ');
}

/** "Monday", "Saturday and Sunday", "Monday to Friday" for weekday indexes 0 (Monday) to 6. */
function dayRangeWords(first: number, last: number): string {
  const from = weekdayName(first + 1);
  if (first === last) return from;
  return last === first + 1 ? `${from} and ${weekdayName(last + 1)}` : `${from} to ${weekdayName(last + 1)}`;
}

/** When it closes: "5pm" today, "2am" late tonight, else "tomorrow at 9am", "Monday at 6am", … */
function closingWords(closesAt: number, now: number): string {
  const closes = DateTime.fromMillis(closesAt, { zone: londonZone });
  const current = DateTime.fromMillis(now, { zone: londonZone });
  const daysAhead = calendarDaysBetween(current, closes);
  const time = clockTimeWords(closes, { midnight: true });
  if (daysAhead === 0) return time;
  // "Open now, until 2am": said in the afternoon or evening, an early-morning time means tonight.
  if (daysAhead === 1 && current.hour >= 12 && closes.hour < 6) return time;
  return `${dayWords(closes, current)} at ${time}`;
}

/** When it opens: "today at 9am", "tomorrow at 9am", "Tuesday at 9am", "Monday 4 January at 9am". */
function openingWords(opensAt: number, now: number): string {
  const opens = DateTime.fromMillis(opensAt, { zone: londonZone });
  const current = DateTime.fromMillis(now, { zone: londonZone });
  if (opens.hour === 0 && opens.minute === 0) {
    // Midnight belongs to the night before in speech: "tonight at midnight", "at midnight on Monday night".
    const nightBefore = opens.minus({ days: 1 });
    if (calendarDaysBetween(current, nightBefore) === 0) return 'tonight at midnight';
    return `at midnight on ${dayWords(nightBefore, current)} night`;
  }
  return `${dayWords(opens, current)} at ${clockTimeWords(opens, { midnight: true })}`;
}

/** An `HH:MM` opening or closing time as "9am", "6:30pm", "12pm" (noon), "midnight" (00:00 and 24:00). */
function clockWords(time: string): string {
  return localTimeWords(localTimeMinutes(time, endOfDay), { midnight: true });
}

/** "today", "tomorrow", a weekday within six days, else "Monday 4 January". */
function dayWords(day: DateTime, current: DateTime): string {
  const daysAhead = calendarDaysBetween(current, day);
  if (daysAhead === 0) return 'today';
  if (daysAhead === 1) return 'tomorrow';
  if (daysAhead >= 2 && daysAhead <= 6) return weekdayName(day.weekday);
  return `${weekdayName(day.weekday)} ${day.day} ${monthName(day.month)}`;
}
