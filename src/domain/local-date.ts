import { DateTime } from 'luxon';

/** The zone every local date and time is shown in, unless a site says otherwise. */
export const londonZone = 'Europe/London';

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

/**
 * Minutes after midnight on a 12-hour clock as people write it: "9am", "6:30pm", "12pm" (noon),
 * "12:30am". Callers that say "midnight" or "midday" instead check for those first.
 */
export function twelveHourTime(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${twelveHour}${suffix}` : `${twelveHour}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** Calendar days from one local date to another (both in the same zone), ignoring the time of day. */
export function calendarDaysBetween(from: DateTime, to: DateTime): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}
