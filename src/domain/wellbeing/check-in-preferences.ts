/**
 * Check-in preferences: how often, what part of the day, and quiet hours. Reading the person's
 * replies, showing their choices back, and working out when the next check-in may be sent.
 * All wall-clock times are Europe/London.
 */
import { DateTime } from 'luxon';
import { choiceNumber, matchChoice, normaliseReply } from '../reply-text';
import type { CheckInFrequency, CheckInPreferences, QuietHours, TimeOfDay } from './wellbeing-record';
import { dayNumberOf, formatLocalTime, localTimeMinutes, localTimeWords, londonWallClockInstant, londonZone } from '../local-date';

/** One button the person can pick, with the value it stands for. */
export interface PreferenceChoice<T> {
  readonly value: T;
  readonly label: string;
}

/** How often to check in, in the order offered (so 1 is weekly, 4 is never). */
export const frequencyChoices: readonly PreferenceChoice<CheckInFrequency>[] = [
  { value: 'weekly', label: 'Weekly' },
  { value: 'fortnightly', label: 'Every two weeks' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'never', label: 'Never' },
];

/** The part of the day to check in, in the order offered, with the London hours each covers. */
export const timeOfDayChoices: readonly PreferenceChoice<TimeOfDay>[] = [
  { value: 'morning', label: 'Morning (9am to 12pm)' },
  { value: 'afternoon', label: 'Afternoon (12pm to 5pm)' },
  { value: 'evening', label: 'Evening (5pm to 8pm)' },
  { value: 'any', label: 'Any time (9am to 8pm)' },
];

// Each window is [start, end) in London wall-clock minutes; these match the labels above.
const timeOfDayWindows: Readonly<Record<TimeOfDay, { readonly start: number; readonly end: number }>> = {
  morning: { start: 9 * 60, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 20 * 60 },
  any: { start: 9 * 60, end: 20 * 60 },
};

const frequencyNames: Readonly<Record<CheckInFrequency, readonly string[]>> = {
  weekly: ['weekly', 'every week', 'once a week', 'each week', 'a week', 'week'],
  fortnightly: [
    'fortnightly',
    'every two weeks',
    'every 2 weeks',
    'once every two weeks',
    'once every 2 weeks',
    'every fortnight',
    'once a fortnight',
    'two weeks',
    '2 weeks',
    'fortnight',
  ],
  monthly: ['monthly', 'every month', 'once a month', 'each month', 'a month', 'month'],
  never: ['never', 'no', 'none', 'dont ask', 'dont ask me', 'please dont ask', 'no thanks', 'no thank you', 'not at all'],
};

const timeOfDayNames: Readonly<Record<TimeOfDay, readonly string[]>> = {
  morning: ['morning', 'mornings', 'in the morning', 'the morning'],
  afternoon: ['afternoon', 'afternoons', 'in the afternoon', 'the afternoon'],
  evening: ['evening', 'evenings', 'in the evening', 'the evening'],
  any: ['any', 'anytime', 'any time', 'dont mind', 'i dont mind', 'whenever', 'no preference', 'doesnt matter', 'it doesnt matter'],
};

/**
 * Reads how often the person wants to check in: the choice's number (1–4), its label, or
 * everyday words ("once a week", "every 2 weeks", "fortnightly", "every month", "don't ask").
 * A plain "no" means never. Anything else gives `undefined`.
 */
export function matchFrequency(text: string | undefined): CheckInFrequency | undefined {
  return matchChoice(
    text,
    frequencyChoices.map((choice) => ({ value: choice.value, names: [choice.label, ...frequencyNames[choice.value]] })),
  );
}

/**
 * Reads the part of the day the person prefers: the choice's number (1–4), its label, or words
 * such as "mornings", "in the evening", "any time", "don't mind". Anything else gives `undefined`.
 */
export function matchTimeOfDay(text: string | undefined): TimeOfDay | undefined {
  return matchChoice(
    text,
    timeOfDayChoices.map((choice) => ({ value: choice.value, names: [choice.label, ...timeOfDayNames[choice.value]] })),
  );
}

/** Quiet hours suggested to everyone until they choose their own: 9pm to 9am. */
export const defaultQuietHours: QuietHours = { from: '21:00', to: '09:00' };

const noQuietHoursReplies: readonly string[] = [
  'none',
  'no',
  'nope',
  'nothing',
  'no quiet hours',
  'no quiet time',
  'i dont need any',
  'dont need any',
  'not needed',
  'no thanks',
  'no thank you',
  'any time',
  'anytime',
  'any time is fine',
  'anytime is fine',
  'any time is ok',
  'any time is okay',
  'any time is good',
];

// "10", "10pm", "10:30", "22.00", "7 am", "midnight", "10 at night" ...
const timePattern = String.raw`(midnight|midday|noon|(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|at night|in the evening|in the morning)?)`;
const quietHoursPattern = new RegExp(
  String.raw`^(?:from\s+|between\s+)?${timePattern}\s*(?:-|–|—|to|until|till|til|and)\s*${timePattern}$`,
);

/**
 * Reads quiet hours such as "10pm to 8am", "10pm-8am", "22:00 - 07:30", "22.00 to 8",
 * "from 11pm until 7am" or "between 10 and 7" into `{ from, to }` as 24-hour "HH:mm".
 *
 * - "none", "no", "no quiet hours", "any time is fine" and the like give `null` (no quiet hours).
 * - Anything not understood, an impossible time ("25:00"), or a window that starts when it ends
 *   gives `undefined`, so the question can be asked again.
 *
 * Times without am or pm: a written 24-hour time (hour 0 or 13–23, or a leading zero as in
 * "07:30") is taken as written. Otherwise, because quiet hours are nearly always overnight and
 * people say "10 to 7" meaning 10pm to 7am, a bare 1–11 is read as pm when it is the start and
 * as am when it is the end, and a bare 12 is midnight. "Noon" and "midday" are 12:00.
 */
export function parseQuietHours(text: string | undefined): QuietHours | null | undefined {
  if (text === undefined) return undefined;
  if (noQuietHoursReplies.includes(normaliseReply(text))) return null;
  const cleaned = text
    .toLowerCase()
    .replace(/([ap])\.m\.?/g, '$1m') // "p.m." → "pm"
    .replace(/\s*o['’‘]?\s?clock/g, '') // "10 o'clock" → "10"
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
  const match = quietHoursPattern.exec(cleaned);
  if (match === null) return undefined;
  const from = readTime(match.slice(1, 5), 'from');
  const to = readTime(match.slice(5, 9), 'to');
  if (from === undefined || to === undefined || from === to) return undefined;
  return { from: formatLocalTime(from), to: formatLocalTime(to) };
}

/**
 * One side of a quiet-hours reply as minutes after midnight. `parts` are the regex groups:
 * whole time, hour digits, minute digits, am/pm words.
 */
function readTime(parts: readonly (string | undefined)[], side: 'from' | 'to'): number | undefined {
  const [whole, hourText, minuteText, meridiem] = parts;
  if (whole === 'midnight') return 0;
  if (whole === 'midday' || whole === 'noon') return 12 * 60;
  if (hourText === undefined) return undefined;
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return undefined;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    if (hour === 12 && meridiem === 'at night') return minute; // "12 at night" is midnight
    const pm = meridiem === 'pm' || meridiem === 'at night' || meridiem === 'in the evening';
    return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
  }
  if (hour > 23) return undefined;
  // A leading zero or an hour only the 24-hour clock has means it was written as 24-hour time.
  if (hour === 0 || hour >= 13 || hourText.length === 2 && hourText.startsWith('0')) return hour * 60 + minute;
  if (hour === 12) return minute; // a bare 12 in quiet hours means midnight
  return (hour + (side === 'from' ? 12 : 0)) * 60 + minute;
}

/** A wall-clock time as people say it: "10pm", "7:30am", "midnight", "midday". */
const spokenNames = { midnight: true, midday: true } as const;

/**
 * Quiet hours as they are shown to the person: "10pm to 8am", "10:30pm to 7:30am", or "none".
 * 00:00 reads "midnight" and 12:00 "midday", avoiding the confusing "12am" / "12pm".
 *
 * @throws RangeError when a time is not "HH:mm" (stored preferences are validated before use).
 */
export function formatQuietHours(quiet: QuietHours | null): string {
  if (quiet === null) return 'none';
  return `${localTimeWords(localTimeMinutes(quiet.from), spokenNames)} to ${localTimeWords(localTimeMinutes(quiet.to), spokenNames)}`;
}

/** The quiet hours offered as buttons, in order (so 1 is 9pm to 9am, 3 is none). */
export const quietHoursChoices: readonly PreferenceChoice<QuietHours | null>[] = [
  ...[defaultQuietHours, { from: '22:00', to: '08:00' }].map((value) => ({ value, label: formatQuietHours(value) })),
  { value: null, label: 'No quiet hours' },
];

/**
 * Reads the reply to the quiet-hours question: a choice's number (1–3) or label, or hours typed
 * in the person's own words ({@link parseQuietHours}). `null` is no quiet hours; `undefined` is
 * not understood.
 */
export function matchQuietHours(text: string | undefined): QuietHours | null | undefined {
  const position = text === undefined ? undefined : choiceNumber(text);
  if (position !== undefined) return quietHoursChoices[position - 1]?.value;
  return parseQuietHours(text);
}

const frequencyWords: Readonly<Record<Exclude<CheckInFrequency, 'never'>, string>> = {
  weekly: 'once a week',
  fortnightly: 'every two weeks',
  monthly: 'once a month',
};

const timeOfDayWords: Readonly<Record<TimeOfDay, string>> = {
  morning: 'in the morning (9am to 12pm)',
  afternoon: 'in the afternoon (12pm to 5pm)',
  evening: 'in the evening (5pm to 8pm)',
  any: 'at any time from 9am to 8pm',
};

/**
 * The preferences as a phrase to show back, without a capital or full stop so it can follow
 * "At the moment: " or "Saved: ", e.g. "once a week, in the morning (9am to 12pm), quiet hours
 * 9pm to 9am". With frequency 'never' it is "no check-in reminders".
 *
 * @throws RangeError when quiet hours are not "HH:mm".
 */
export function describeCheckInPreferences(preferences: CheckInPreferences): string {
  if (preferences.frequency === 'never') return 'no check-in reminders';
  const quiet = preferences.quietHours === null ? 'no quiet hours' : `quiet hours ${formatQuietHours(preferences.quietHours)}`;
  return `${frequencyWords[preferences.frequency]}, ${timeOfDayWords[preferences.timeOfDay]}, ${quiet}`;
}

/** Whether a London wall-clock minute of the day falls in quiet hours ([from, to), may wrap midnight). */
function quietAtMinute(quiet: QuietHours | null, minute: number): boolean {
  if (quiet === null) return false;
  const from = localTimeMinutes(quiet.from);
  const to = localTimeMinutes(quiet.to);
  if (from === to) return false; // an empty window; parseQuietHours never makes one
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * Whether `instant` falls in quiet hours, comparing the Europe/London wall clock to the window.
 * The window includes its start and excludes its end (with 22:00 to 08:00, 07:59 is quiet and
 * 08:00 is not) and may run over midnight. `null` quiet hours are never quiet.
 *
 * @throws RangeError when a time is not "HH:mm".
 */
export function isInQuietHours(quiet: QuietHours | null, instant: DateTime): boolean {
  const local = instant.setZone(londonZone);
  return quietAtMinute(quiet, local.hour * 60 + local.minute);
}

/** How far ahead to look for a time that fits; beyond this the preferences cannot be met. */
const searchDays = 60;

/**
 * When the next check-in may be sent, as a UTC ISO instant, or `undefined` when the frequency
 * is 'never' or no time fits (quiet hours cover the whole time-of-day window every day).
 *
 * The base is `lastCheckInAt`, or when the preferences were set if there has been no check-in.
 * The due day is the base's London calendar date plus 7 days, 14 days or 1 calendar month.
 * The answer is the earliest London wall-clock minute, on or after the due day and not before
 * `now`, that is inside the chosen time-of-day window (start included, end excluded) and outside
 * quiet hours. When that is today, `now` is rounded up to the next whole minute (an exact whole
 * minute is kept), so a check-in already overdue inside the window can be sent straight away.
 *
 * Windows are 9am to 8pm at the widest, clear of the 1am/2am clock changes, so each wall time
 * maps to exactly one instant.
 *
 * @throws RangeError when `lastCheckInAt` / `updatedAt` is not an ISO instant, or quiet hours
 *   are not "HH:mm".
 */
export function nextCheckInAt(preferences: CheckInPreferences, lastCheckInAt: string | undefined, now: DateTime): string | undefined {
  if (preferences.frequency === 'never') return undefined;
  const baseText = lastCheckInAt ?? preferences.updatedAt;
  const base = DateTime.fromISO(baseText, { zone: 'utc' });
  if (!base.isValid) throw new RangeError(`Not an ISO instant: ${JSON.stringify(baseText)}`);

  const baseDay = startOfLondonDay(base);
  const dueDay = baseDay.plus(
    preferences.frequency === 'weekly' ? { days: 7 } : preferences.frequency === 'fortnightly' ? { days: 14 } : { months: 1 },
  );

  // Round now up to a whole minute so the answer is never earlier than now.
  const nowLocal = now.setZone(londonZone);
  const nowRounded = nowLocal.second === 0 && nowLocal.millisecond === 0 ? nowLocal : nowLocal.startOf('minute').plus({ minutes: 1 });
  const today = startOfLondonDay(nowRounded);
  const nowMinute = nowRounded.hour * 60 + nowRounded.minute;

  const window = timeOfDayWindows[preferences.timeOfDay];
  let day = dueDay.toMillis() >= today.toMillis() ? dueDay : today;
  for (let i = 0; i < searchDays; i += 1, day = day.plus({ days: 1 })) {
    const isToday = day.hasSame(today, 'day');
    const minute = firstFreeMinute(preferences.quietHours, Math.max(window.start, isToday ? nowMinute : 0), window.end);
    if (minute === undefined) continue;
    return new Date(londonWallClockInstant(dayNumberOf(day), minute)).toISOString();
  }
  return undefined;
}

/** Midnight at the start of the instant's London calendar day (day arithmetic stays calendar-based). */
function startOfLondonDay(instant: DateTime): DateTime {
  const local = instant.setZone(londonZone);
  return DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: londonZone });
}

/** The first minute in [lower, end) that is not in quiet hours, if any. */
function firstFreeMinute(quiet: QuietHours | null, lower: number, end: number): number | undefined {
  if (lower >= end) return undefined;
  if (quiet === null || !quietAtMinute(quiet, lower)) return lower;
  // Quiet hours end at `to`; if `lower` is in the evening part of an overnight window, they run
  // on past midnight and nothing later today is free.
  const to = localTimeMinutes(quiet.to);
  const from = localTimeMinutes(quiet.from);
  if (from > to && lower >= from) return undefined;
  return to < end ? to : undefined;
}

/** Where the part of the day the person chose begins, in London wall-clock minutes (9am for morning). */
export function timeOfDayStartMinutes(timeOfDay: TimeOfDay): number {
  return timeOfDayWindows[timeOfDay].start;
}
