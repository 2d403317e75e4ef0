/**
 * Check-in reminders: when the next one is due, whether one that falls due is sent, moved or
 * dropped, what it says, and which replies to it start the check-in. All times Europe/London.
 */
import { DateTime } from 'luxon';
import { londonZone } from '../local-date';
import { matchYesNo, normaliseReply } from '../reply-text';
import { nextCheckInAt } from './check-in-preferences';
import type { CheckInPreferences, WellbeingRecord } from './wellbeing-record';

/** When the person last checked in: their latest goal rating (UTC ISO), if any. */
export function lastCheckInAt(record: WellbeingRecord): string | undefined {
  let latest: string | undefined;
  for (const goal of record.goals) {
    for (const rating of goal.ratings) if (latest === undefined || rating.at > latest) latest = rating.at;
  }
  return latest;
}

/** What the next reminder is planned from: the person's choices, their last check-in and their last reminder. */
export interface ReminderBasis {
  /** Whether the person agreed to saving (no consent: no reminders). */
  readonly consented: boolean;
  readonly preferences: CheckInPreferences | undefined;
  /** UTC ISO instants. */
  readonly lastCheckInAt: string | undefined;
  readonly lastReminderAt: string | undefined;
}

/**
 * When the next check-in reminder is due (UTC ISO), or `undefined` for none (no consent, no
 * preferences, frequency "never", or no time fits). Counted from the later of the last check-in
 * and the last reminder, so the person never gets more than they chose ({@link nextCheckInAt}).
 */
export function nextReminderAt(basis: ReminderBasis, now: DateTime): string | undefined {
  if (!basis.consented || basis.preferences === undefined) return undefined;
  const { lastCheckInAt: checkIn, lastReminderAt: reminder } = basis;
  const last = checkIn === undefined ? reminder : reminder === undefined || checkIn > reminder ? checkIn : reminder;
  return nextCheckInAt(basis.preferences, last, now);
}

/** What to do with a reminder that has fallen due. */
export type ReminderDecision =
  | { readonly kind: 'send' }
  /** Not now (quiet hours, outside the chosen part of the day, or a check-in since): at this UTC ISO instant instead. */
  | { readonly kind: 'move'; readonly at: string }
  /** No more reminders: consent withdrawn, frequency "never", or no time fits. */
  | { readonly kind: 'drop' };

/**
 * Checks a due reminder again against the person's choices as they are now: sent when now is
 * a time the next reminder may go, moved (never dropped) when a later time fits, dropped when
 * none does. A reminder is sent at most a minute early (times are planned to the minute).
 */
export function decideDueReminder(basis: ReminderBasis, now: DateTime): ReminderDecision {
  const next = nextReminderAt(basis, now);
  if (next === undefined) return { kind: 'drop' };
  return DateTime.fromISO(next).toMillis() - now.toMillis() <= 60_000 ? { kind: 'send' } : { kind: 'move', at: next };
}

/**
 * The job id of the reminder due at `dueAt`: `checkin.<person ref>.<London date>T<hhmm>`
 * (`checkin.Ab….2026-12-08T0900`), so the same reminder is never queued twice, and one moved
 * later the same day (quiet hours) is a job of its own.
 */
export function checkInReminderJobId(personRef: string, dueAt: string): string {
  return `checkin.${personRef}.${DateTime.fromISO(dueAt).setZone(londonZone).toFormat("yyyy-MM-dd'T'HHmm")}`;
}

/**
 * The reminder's words: nothing personal, since a phone's lock screen shows them. On SMS STOP
 * stops every text (the carrier's keyword); on web chat the settings change or stop them.
 */
export function checkInReminderText(channel: 'sms' | 'webchat'): string {
  return channel === 'sms'
    ? 'Time for your check-in. Reply CHECK IN to start, or STOP to stop texts.'
    : 'Time for your check-in. Reply CHECK IN to start, or CHECK IN SETTINGS to change or stop reminders.';
}

/** How long after a reminder a plain "yes" or "1" still answers it. */
export const reminderReplyWindowMs = 12 * 60 * 60 * 1000;

/** A reply that takes up a reminder: yes (the usual words), "1", or "start". "check in" itself works anywhere. */
export function isReminderAcceptance(text: string | undefined): boolean {
  if (text === undefined) return false;
  return matchYesNo(text) === 'yes' || ['start', 'go', 'lets go'].includes(normaliseReply(text));
}
