import { DateTime } from 'luxon';
import { describeBestTimes, type CallbackRequest, type CallbackStatus } from '../callbacks/callback-request';
import { calendarDaysBetween, londonZone } from '../local-date';

/** What practitioners can do to a request from its card. */
export const cardVerbs = ['claim', 'contacted', 'snooze', 'close'] as const;
export type CardVerb = (typeof cardVerbs)[number];

/** How long a snooze puts off the "waiting too long" nudge. */
export const snoozeMs = 60 * 60_000;

/**
 * What the callback request card shows, computed from the request: never the person's full name,
 * phone number or what the request is about (Teams keeps cards in Microsoft 365; DESIGN.md §6).
 */
export interface CallbackCardView {
  readonly callbackId: string;
  readonly reference: string;
  /** First name and initial: "Jo B.". */
  readonly shortName: string;
  /** "Morning or evening". */
  readonly bestTimes: string;
  /** "2 hours 5 minutes" (to now while open; to contact or the end once there). */
  readonly waited: string;
  readonly safetyReply: boolean;
  readonly status: CallbackStatus;
  /** "Waiting to be claimed", "Claimed by Sam at 10:42", … */
  readonly statusLine: string;
  /** "Snoozed until 11:42", while a snooze lasts (requested only). */
  readonly snoozeLine?: string;
  /** True on a "waiting too long" nudge while the request still waits. */
  readonly overdue: boolean;
  /** The verbs the request's status allows now, in card order. */
  readonly verbs: readonly CardVerb[];
  /** The request's state version (`updatedAt`): every action carries it, so a stale click changes nothing. */
  readonly version: string;
}

/** The card's facts at `now`, with the Teams-side snooze (if any) and whether this copy is an overdue nudge. */
export function callbackCardView(request: CallbackRequest, now: number, options: { readonly snoozedUntil?: string; readonly overdue?: boolean } = {}): CallbackCardView {
  const snoozed = request.status === 'requested' && options.snoozedUntil !== undefined && Date.parse(options.snoozedUntil) > now;
  const waitEnd = request.contactedAt ?? request.closedAt ?? request.cancelledAt;
  const snoozeLine = snoozed && options.snoozedUntil !== undefined ? `Snoozed until ${timeWords(options.snoozedUntil, now)}` : undefined;
  return {
    callbackId: request.id,
    reference: request.reference,
    shortName: shortNameOf(request.name),
    bestTimes: describeBestTimes(request.bestTimes),
    waited: durationWords((waitEnd === undefined ? now : Date.parse(waitEnd)) - Date.parse(request.requestedAt)),
    safetyReply: request.safetyReplyInConversation === true,
    status: request.status,
    statusLine: statusLine(request, now),
    ...(snoozeLine === undefined ? {} : { snoozeLine }),
    overdue: options.overdue === true && request.status === 'requested',
    verbs: verbsFor(request.status, snoozed),
    version: request.updatedAt,
  };
}

/** The verbs each status allows (snooze only delays the claim nudge, so only while requested and not snoozed). */
export function verbsFor(status: CallbackStatus, snoozed: boolean): CardVerb[] {
  switch (status) {
    case 'requested':
      return snoozed ? ['claim', 'contacted', 'close'] : ['claim', 'contacted', 'snooze', 'close'];
    case 'claimed':
      return ['contacted', 'close'];
    case 'contacted':
      return ['close'];
    case 'closed':
    case 'cancelled':
      return [];
  }
}

/** "Jo Bloggs" → "Jo B."; "Jo" → "Jo"; "Mary-Jane van Dyke" → "Mary-Jane D." (the last word's initial). */
export function shortNameOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter((word) => word !== '');
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = last === undefined ? undefined : [...last][0]?.toLocaleUpperCase('en-GB');
  return initial === undefined ? first : `${first} ${initial}.`;
}

/** A practitioner's first name, as the card shows who acted: "Sam Jones" → "Sam"; blank → undefined. */
export function firstNameOf(displayName: string | undefined): string | undefined {
  const first = displayName?.trim().split(/\s+/u)[0]?.slice(0, 60);
  return first === undefined || first === '' ? undefined : first;
}

/** "less than a minute", "1 minute", "2 hours 5 minutes", "3 days 4 hours" (two largest units). */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const mins = minutes % 60;
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return mins > 0 ? `${unit(hours, 'hour')} ${unit(mins, 'minute')}` : unit(hours, 'hour');
  return unit(mins, 'minute');
}

/** Who did the last step and when, first names only. */
function statusLine(request: CallbackRequest, now: number): string {
  const by = (name: string | undefined) => firstNameOf(name) ?? 'someone';
  const at = (instant: string | undefined) => timeWords(instant ?? request.updatedAt, now);
  switch (request.status) {
    case 'requested':
      return 'Waiting to be claimed';
    case 'claimed':
      return `Claimed by ${by(request.claimedBy)} at ${at(request.claimedAt)}`;
    case 'contacted':
      return `Contacted by ${by(request.contactedBy)} at ${at(request.contactedAt)}`;
    case 'closed':
      return `Closed by ${by(request.closedBy)} at ${at(request.closedAt)}`;
    case 'cancelled':
      return `Cancelled by the person at ${at(request.cancelledAt)}`;
  }
}

/** London time: "10:42" today, "10:42 yesterday", "10:42 on 3 Dec" before that. */
export function timeWords(instant: string, now: number): string {
  const time = DateTime.fromISO(instant, { zone: 'utc' }).setZone(londonZone);
  const clock = time.toFormat('HH:mm');
  const daysAgo = calendarDaysBetween(time, DateTime.fromMillis(now, { zone: londonZone }));
  if (daysAgo === 0) return clock;
  if (daysAgo === 1) return `${clock} yesterday`;
  return `${clock} on ${time.setLocale('en-GB').toFormat('d LLL')}`;
}
