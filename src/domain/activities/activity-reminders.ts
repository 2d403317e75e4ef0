/**
 * "Remind me" on an activity: when the two reminders of its next session are due, whether the
 * session is still on when they fire, and what they say. All wall-clock times are Europe/London.
 */
import { DateTime } from 'luxon';
import { isOnline, isShownToPeople, type Activity } from './activity';
import { placeText } from './result-text';
import { formatOccurrence } from './schedule-description';
import { occurrencesBetween, type Occurrence } from './schedule-occurrences';
import { clockTimeWords, dayNumberOf, londonWallClockInstant, londonZone } from '../local-date';

/** The two reminders of a session: the day before, and an hour before it starts. */
export const activityReminderKinds = ['day-before', 'hour-before'] as const;
export type ActivityReminderKind = (typeof activityReminderKinds)[number];

/** One reminder to plan: which, and when (epoch ms). */
export interface PlannedActivityReminder {
  readonly kind: ActivityReminderKind;
  readonly at: number;
}

/** The day-before reminder's time when the person chose no part of the day for check-ins: 10am. */
export const defaultDayBeforeMinutes = 10 * 60;

const hourMs = 3_600_000;

/**
 * The reminders still to come for `session`: the day before at `dayBeforeMinutes` (London wall
 * clock, so the same time of day across a clock change) and one hour before it starts. A reminder
 * whose time has passed at `now` is left out, and so is a day-before one that would not come
 * before the hour-before one.
 */
export function activityReminderTimes(session: Occurrence, dayBeforeMinutes: number, now: number): PlannedActivityReminder[] {
  const sessionDay = dayNumberOf(DateTime.fromMillis(session.start, { zone: londonZone }));
  const hourBefore = session.start - hourMs;
  const dayBefore = londonWallClockInstant(sessionDay - 1, dayBeforeMinutes);
  const planned: PlannedActivityReminder[] = [];
  if (dayBefore > now && dayBefore < hourBefore) planned.push({ kind: 'day-before', at: dayBefore });
  if (hourBefore > now) planned.push({ kind: 'hour-before', at: hourBefore });
  return planned;
}

/** Whether a session a reminder was planned for still happens: the listing may since be retired or its schedule changed. */
export type SessionState<A> = { readonly state: 'on'; readonly session: Occurrence; readonly activity: A } | { readonly state: 'cancelled' | 'retired' };

/**
 * Looks the session starting at `sessionStart` up in the listing as it is now: `retired` when the
 * listing is gone or not shown to people (`isShownToPeople`: retired), `cancelled` when its
 * schedules no longer have that session.
 */
export function sessionState<A extends Pick<Activity, 'status' | 'schedules'>>(activity: A | undefined, sessionStart: number): SessionState<A> {
  if (activity === undefined || !isShownToPeople(activity)) return { state: 'retired' };
  for (const schedule of activity.schedules) {
    const session = occurrencesBetween(schedule, sessionStart, sessionStart + 1).find((occurrence) => occurrence.start === sessionStart);
    if (session !== undefined) return { state: 'on', session, activity };
  }
  return { state: 'cancelled' };
}

/** The reminder itself: what, when, where and how to join, and how to stop reminders. */
export function activityReminderText(activity: Activity, session: Occurrence, now: number): string {
  return [
    `A reminder: ${activity.name} is ${lowerFirst(formatOccurrence(session, now))}.`,
    `Where: ${placeText({ activity, online: isOnline(activity) })}`,
    `How to join: ${activity.how_to_join}`,
    'Say "my reminders" to see or stop your reminders.',
  ].join('\n');
}

/** The short note sent instead of a reminder when its session is off. */
export function activityReminderCancelledText(activity: Pick<Activity, 'name'> | undefined, sessionState: 'cancelled' | 'retired', session: number, now: number): string {
  const name = activity?.name ?? 'An activity you asked to be reminded of';
  if (sessionState === 'retired') return `${name} is no longer running, so there will be no reminders for it. Say "activities" to find another.`;
  return `${name} ${sessionDayWords(session, now, { withTime: false })} is not happening, so there will be no reminders for it.`;
}

/**
 * When a session starts, relative to `now`: "today at 10am", "tomorrow at 6:30pm", "on Tuesday at
 * 10am", "on Tue 8 December at 10am" (without the time when `withTime` is false).
 */
export function sessionDayWords(start: number, now: number, { withTime = true }: { readonly withTime?: boolean } = {}): string {
  const day = formatOccurrence({ start, end: start }, now).split(',')[0] ?? '';
  const when = /^(Today|Tomorrow)$/.test(day) ? day.toLowerCase() : `on ${day}`;
  return withTime ? `${when} at ${clockTimeWords(DateTime.fromMillis(start, { zone: londonZone }))}` : when;
}

function lowerFirst(text: string): string {
  return /^(Today|Tomorrow)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
