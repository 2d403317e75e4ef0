import { DateTime } from 'luxon';
import { londonZone } from '../local-date';
import { normaliseReply } from '../reply-text';
import type { SiteId } from '../sites';
import type { AccessibilityId, ActivityCategoryId } from './activity';

/** When someone wants to go. Weekdays are luxon's numbers: Monday = 1 ... Sunday = 7. */
export type WhenFilter =
  | { kind: 'any' }
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'this-week' }
  | { kind: 'weekend' }
  | { kind: 'weekday'; weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7 };

/** Luxon weekday number, Monday = 1. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The part of the day a session starts in, Europe/London wall clock: morning before 12:00,
 * afternoon 12:00 to before 17:00, evening from 17:00.
 */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** What someone is looking for. Every field narrows the results; none given means everything coming up. */
export interface ActivityQuery {
  readonly siteId?: SiteId;
  /** Any of these. */
  readonly categories?: readonly ActivityCategoryId[];
  /** Default `any`: the next 60 days. */
  readonly when?: WhenFilter;
  readonly partOfDay?: PartOfDay;
  /** Within `maxKm` (default {@link defaultNearKm}) of this point. */
  readonly near?: { readonly lat: number; readonly lon: number; readonly maxKm?: number };
  readonly onlineOnly?: boolean;
  readonly freeOnly?: boolean;
  /** All of these. */
  readonly accessibility?: readonly AccessibilityId[];
  /** Free text, searched over name, description, organisation and category labels. */
  readonly text?: string;
  /** Paging: results to skip, default 0. */
  readonly offset?: number;
  /** Paging: results to return, default {@link defaultResultLimit}. */
  readonly limit?: number;
}

/** How far "near" reaches when the query does not say. */
export const defaultNearKm = 5;
/** How many results a page has when the query does not say. */
export const defaultResultLimit = 5;
/** How far ahead "any time" looks, in days. */
export const anyTimeDays = 60;

const dayMs = 86_400_000;

/** The minute of the day (Europe/London) each part of the day starts at. */
const afternoonStartsAt = 12 * 60;
const eveningStartsAt = 17 * 60;

/** The minutes of the (Europe/London) day, [from, to), in which a session of each part of the day starts. */
export const partOfDayMinutes: Readonly<Record<PartOfDay, readonly [number, number]>> = {
  morning: [0, afternoonStartsAt],
  afternoon: [afternoonStartsAt, eveningStartsAt],
  evening: [eveningStartsAt, 24 * 60],
};

/**
 * The instants a "when" covers, epoch ms, `from` inclusive and `to` exclusive, in Europe/London
 * days (DST-aware). A window that has already begun starts at `now`:
 * - `any`: now to now + 60 days;
 * - `today`: now to midnight tonight; `tomorrow`: all of tomorrow;
 * - `this-week`: the coming seven days, today included (asked on a Saturday, "this week" means
 *   the week ahead, not just the weekend that is left);
 * - `weekend`: this week's Saturday 00:00 to Sunday 24:00, from now if it has begun; on a Sunday
 *   that is the rest of Sunday (not next weekend: someone asking on a Sunday means today);
 * - `weekday`: the next such day, today if today is that day (from now to midnight).
 */
export function whenWindow(when: WhenFilter, now: number): { from: number; to: number } {
  if (when.kind === 'any') return { from: now, to: now + anyTimeDays * dayMs };
  const today = DateTime.fromMillis(now, { zone: londonZone }).startOf('day');
  const day = (offset: number): number => today.plus({ days: offset }).toMillis();
  const window = (startDay: number, endDay: number) => ({ from: Math.max(now, day(startDay)), to: day(endDay) });
  switch (when.kind) {
    case 'today':
      return window(0, 1);
    case 'tomorrow':
      return window(1, 2);
    case 'this-week':
      return window(0, 7);
    case 'weekend':
      return today.weekday === 7 ? window(0, 1) : window(6 - today.weekday, 8 - today.weekday);
    case 'weekday': {
      const ahead = (when.weekday - today.weekday + 7) % 7;
      return window(ahead, ahead + 1);
    }
  }
}

/** A phrase people use for a time, and what it means. Plurals ("tuesdays", "evenings") are matched too. */
export interface TimePhrase {
  readonly phrase: string;
  readonly when?: WhenFilter;
  readonly partOfDay?: PartOfDay;
  /** Only the phrase itself, no plural (abbreviations: "fri" is not "fries"). */
  readonly exact?: boolean;
}

const weekdayNames: readonly (readonly [Weekday, readonly string[]])[] = [
  [1, ['monday', 'mon']],
  [2, ['tuesday', 'tues', 'tue']],
  [3, ['wednesday', 'weds', 'wed']],
  [4, ['thursday', 'thurs', 'thur']],
  [5, ['friday', 'fri']],
  [6, ['saturday']],
  [7, ['sunday']],
];

/** "tuesday", "on tuesday" and "tuesdays"; abbreviations ("tue", "on tue") without plurals. */
function weekdayPhrases(weekday: Weekday, names: readonly string[]): TimePhrase[] {
  return names.flatMap((name) => {
    const exact = !name.endsWith('day');
    return [name, `on ${name}`].map((phrase): TimePhrase => ({ phrase, when: { kind: 'weekday', weekday }, exact }));
  });
}

/**
 * Every time phrase understood, for {@link parseWhen}, {@link parsePartOfDay} and the one-shot
 * request parser. Longer phrases are tried first, so "this morning" is today and the morning.
 */
export const timePhrases: readonly TimePhrase[] = [
  { phrase: 'today', when: { kind: 'today' } },
  { phrase: 'tonight', when: { kind: 'today' }, partOfDay: 'evening' },
  { phrase: 'this morning', when: { kind: 'today' }, partOfDay: 'morning' },
  { phrase: 'this afternoon', when: { kind: 'today' }, partOfDay: 'afternoon' },
  { phrase: 'this evening', when: { kind: 'today' }, partOfDay: 'evening' },
  { phrase: 'tomorrow', when: { kind: 'tomorrow' } },
  { phrase: 'tmrw', when: { kind: 'tomorrow' } },
  { phrase: 'tomorrow night', when: { kind: 'tomorrow' }, partOfDay: 'evening' },
  { phrase: 'this week', when: { kind: 'this-week' } },
  { phrase: 'weekend', when: { kind: 'weekend' } },
  { phrase: 'this weekend', when: { kind: 'weekend' } },
  { phrase: 'at the weekend', when: { kind: 'weekend' } },
  { phrase: 'on the weekend', when: { kind: 'weekend' } },
  { phrase: 'any time', when: { kind: 'any' } },
  { phrase: 'anytime', when: { kind: 'any' } },
  ...weekdayNames.flatMap(([weekday, names]) => weekdayPhrases(weekday, names)),
  // "sat" and "sun" are ordinary words too: only after "on".
  { phrase: 'on sat', when: { kind: 'weekday', weekday: 6 }, exact: true },
  { phrase: 'on sun', when: { kind: 'weekday', weekday: 7 }, exact: true },
  { phrase: 'morning', partOfDay: 'morning' },
  { phrase: 'afternoon', partOfDay: 'afternoon' },
  { phrase: 'lunchtime', partOfDay: 'afternoon' },
  { phrase: 'evening', partOfDay: 'evening' },
  { phrase: 'night', partOfDay: 'evening' },
  { phrase: 'after work', partOfDay: 'evening' },
];

/**
 * A phrase as a pattern over normalised text ({@link normaliseReply}): whole words, with an
 * optional plural `s` or `es` unless `exact`.
 */
export function phrasePattern(phrase: string, exact = false): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<=^| )${escaped}${exact ? '' : '(?:e?s)?'}(?= |$)`);
}

const timePatterns = [...timePhrases]
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((entry) => ({ ...entry, pattern: phrasePattern(entry.phrase, entry.exact) }));

function firstTimePhrase(text: string, wanted: (entry: TimePhrase) => boolean): TimePhrase | undefined {
  const normalised = normaliseReply(text);
  return timePatterns.find((entry) => wanted(entry) && entry.pattern.test(normalised));
}

/**
 * The "when" in what someone wrote: "today", "tonight", "tomorrow", "this week", "at the weekend",
 * "this weekend", "weekend", "on Tuesday", "tuesdays", "tue". Undefined when it names no time.
 * ("tonight" is today here; its evening comes from {@link parsePartOfDay}.)
 */
export function parseWhen(text: string): WhenFilter | undefined {
  return firstTimePhrase(text, (entry) => entry.when !== undefined)?.when;
}

/** The part of the day in what someone wrote: "morning(s)", "afternoon(s)", "evening(s)", "tonight" (evening). */
export function parsePartOfDay(text: string): PartOfDay | undefined {
  return firstTimePhrase(text, (entry) => entry.partOfDay !== undefined)?.partOfDay;
}
