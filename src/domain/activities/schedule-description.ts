/**
 * Schedules and sessions in plain British English: "Every other Tuesday, 6:30pm to 8pm",
 * "Last Friday of the month, 10am to 12pm", "Tomorrow, 6:30pm to 8pm". Times are Europe/London.
 */
import { DateTime } from 'luxon';
import type { Schedule } from './activity';
import { parseByday, parseBymonthday, type BydayEntry, type Occurrence } from './schedule-occurrences';
import { calendarDaysBetween, clockTimeWords, localTimeMinutes, localTimeWords, londonZone, monthName, weekdayName } from '../local-date';

const weekdayShortNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/**
 * The schedule in words, always generated from its rule (callers show the admin's own
 * `description` separately), e.g.
 * - "Every Tuesday, 10am to 12pm", "Every other Tuesday, 6:30pm to 8pm",
 *   "Every 3 weeks on Monday and Thursday, 10am to 12pm", "Every day, …", "Monday to Friday, …";
 * - "Second Monday of the month, 1pm to 3pm", "Last Friday of the month, …",
 *   "First and third Tuesday of the month, …", "On the 1st and 15th of the month, …",
 *   "Every other month on the second Monday, …".
 *
 * Dates (`dtstart`, `until`, `valid_from`, `valid_to`) are not mentioned. With both `byday` and
 * `bymonthday` (both must match), e.g. "On the 13th of the month when it is a Friday, …".
 */
export function describeSchedule(schedule: Schedule): string {
  const pattern = schedule.freq === 'WEEKLY' ? weeklyPattern(schedule) : monthlyPattern(schedule);
  return `${pattern}, ${timeRange(schedule.opens_at, schedule.closes_at)}`;
}

/**
 * A session relative to `now` (epoch ms), in London time: "Today, 10am to 12pm",
 * "Tomorrow, 6:30pm to 8pm", "Tuesday, 10am to 12pm" within the next 6 days, otherwise
 * "Tue 8 December, 10am to 12pm" (with the year when it is not this year: "Tue 5 January 2027").
 */
export function formatOccurrence(occurrence: Occurrence, now: number): string {
  const start = DateTime.fromMillis(occurrence.start, { zone: londonZone });
  const end = DateTime.fromMillis(occurrence.end, { zone: londonZone });
  const today = DateTime.fromMillis(now, { zone: londonZone });
  const daysAhead = calendarDaysBetween(today, start);
  let day: string;
  if (daysAhead === 0) day = 'Today';
  else if (daysAhead === 1) day = 'Tomorrow';
  else if (daysAhead >= 2 && daysAhead <= 6) day = weekdayName(start.weekday);
  else {
    const year = start.year === today.year ? '' : ` ${start.year}`;
    day = `${weekdayShortNames[start.weekday - 1] ?? ''} ${start.day} ${monthName(start.month)}${year}`;
  }
  return `${day}, ${clockTimeWords(start)} to ${clockTimeWords(end)}`;
}

// ---------------------------------------------------------------------------------------------

function weeklyPattern(schedule: Schedule): string {
  // Ordinals are not allowed in a WEEKLY rule and are ignored, as when finding occurrences.
  const weekdays = uniqueSorted(parseByday(schedule.byday ?? '').map((entry) => entry.weekday));
  if (weekdays.length === 0) weekdays.push(DateTime.fromISO(schedule.dtstart, { zone: londonZone }).weekday);
  const interval = schedule.interval;
  if (interval <= 1) {
    if (weekdays.length === 7) return 'Every day';
    if (weekdays.join() === '1,2,3,4,5') return 'Monday to Friday';
    return `Every ${joinWords(weekdays.map(weekdayName))}`;
  }
  if (interval === 2 && weekdays.length === 1) return `Every other ${weekdayName(weekdays[0] ?? 1)}`;
  return `${everyN(interval, 'week', 'weeks')} on ${joinWords(weekdays.map(weekdayName))}`;
}

function monthlyPattern(schedule: Schedule): string {
  const byday = schedule.byday === undefined ? [] : parseByday(schedule.byday);
  const monthdays = schedule.bymonthday === undefined ? [] : parseBymonthday(schedule.bymonthday);
  const interval = schedule.interval;

  if (monthdays.length > 0) {
    const days = monthdayWords(monthdays);
    const when = byday.length > 0 ? ` when it is ${bydayRestriction(byday)}` : '';
    return interval <= 1 ? `On the ${days} of the month${when}` : `${everyN(interval, 'month', 'months')} on the ${days}${when}`;
  }

  const bareWeekdays = uniqueSorted(byday.filter((entry) => entry.ordinal === undefined).map((entry) => entry.weekday));
  const ordinalPhrase = ordinalWeekdays(byday.filter((entry) => entry.ordinal !== undefined && !bareWeekdays.includes(entry.weekday)));
  const everyPhrase = bareWeekdays.length > 0 ? `every ${joinWords(bareWeekdays.map(weekdayName))}` : '';

  if (ordinalPhrase === '' && everyPhrase === '') {
    // No weekday and no day of the month: RFC 5545 repeats on the day of the month of dtstart.
    const dayOfMonth = DateTime.fromISO(schedule.dtstart, { zone: londonZone }).day;
    const days = Number.isNaN(dayOfMonth) ? 'same day' : ordinalNumber(dayOfMonth);
    return interval <= 1 ? `On the ${days} of the month` : `${everyN(interval, 'month', 'months')} on the ${days}`;
  }
  if (interval <= 1) {
    if (ordinalPhrase === '') return capitalise(everyPhrase);
    const all = everyPhrase === '' ? ordinalPhrase : `${everyPhrase} and the ${ordinalPhrase}`;
    return `${capitalise(all)} of the month`;
  }
  if (ordinalPhrase === '') return `${capitalise(everyPhrase)}, ${everyN(interval, 'month', 'months').toLowerCase()}`;
  const all = everyPhrase === '' ? `the ${ordinalPhrase}` : `${everyPhrase} and the ${ordinalPhrase}`;
  return `${everyN(interval, 'month', 'months')} on ${all}`;
}

/** "first and third Tuesday", "first Monday and last Friday", grouped by weekday, Monday first. */
function ordinalWeekdays(entries: readonly BydayEntry[]): string {
  const weekdays = uniqueSorted(entries.map((entry) => entry.weekday));
  return joinWords(
    weekdays.map((weekday) => {
      const ordinals = [...new Set(entries.filter((entry) => entry.weekday === weekday).map((entry) => entry.ordinal ?? 1))].sort(byPositionInMonth);
      return `${joinWords(ordinals.map(ordinalWord))} ${weekdayName(weekday)}`;
    }),
  );
}

/** "a Friday", "the first Monday", "a Monday or a Friday". */
function bydayRestriction(entries: readonly BydayEntry[]): string {
  const bare = uniqueSorted(entries.filter((entry) => entry.ordinal === undefined).map((entry) => entry.weekday));
  const parts = bare.map((weekday) => `a ${weekdayName(weekday)}`);
  const ordinal = ordinalWeekdays(entries.filter((entry) => entry.ordinal !== undefined && !bare.includes(entry.weekday)));
  if (ordinal !== '') parts.push(`the ${ordinal}`);
  return joinWords(parts, 'or');
}

/** "1st and 15th", "last day", "1st and last day", "second to last day". */
function monthdayWords(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort(byPositionInMonth);
  return joinWords(sorted.map((day) => (day > 0 ? ordinalNumber(day) : `${ordinalWord(day)} day`)));
}

/** Positive positions first (1, 2, …), then those counted from the end (…, -2, -1). */
function byPositionInMonth(a: number, b: number): number {
  if (a > 0 !== b > 0) return a > 0 ? -1 : 1;
  return a - b;
}

/** 2 → "second", -1 → "last", -2 → "second to last". */
function ordinalWord(ordinal: number): string {
  if (ordinal === -1) return 'last';
  const magnitude = Math.abs(ordinal);
  const word = ordinalWords[magnitude - 1] ?? ordinalNumber(magnitude);
  return ordinal < 0 ? `${word} to last` : word;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
function ordinalNumber(value: number): string {
  const lastTwo = value % 100;
  const last = value % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${value}${suffix}`;
}

/** "Every other week", "Every 3 months". */
function everyN(interval: number, one: string, many: string): string {
  return interval === 2 ? `Every other ${one}` : `Every ${interval} ${many}`;
}

/** "A", "A and B", "A, B and C". */
function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `HH:MM` wall-clock times as "10am to 12pm". */
function timeRange(opensAt: string, closesAt: string): string {
  return `${localTimeWords(localTimeMinutes(opensAt))} to ${localTimeWords(localTimeMinutes(closesAt))}`;
}

