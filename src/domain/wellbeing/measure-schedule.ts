/**
 * When the wellbeing questions are due: ONS4 every 4 weeks and the social connection questions
 * every 3 months, first offered once and only repeated with the person's agreement.
 */
import { DateTime } from 'luxon';
import type { MeasureId, WellbeingRecord } from './wellbeing-record';
import { londonZone } from '../local-date';

/** ONS4 is offered again 28 days (4 weeks) after it was last answered or offered. */
export const ons4RepeatDays = 28;

/** The social connection questions are offered again 3 calendar months later. */
export const connectionRepeatMonths = 3;

/** Whether a measure should be offered now, and when it next will be. */
export interface MeasureDue {
  readonly due: boolean;
  /** Why it is due: never answered ('first') or a repeat the person agreed to. Only when `due`. */
  readonly reason?: 'first' | 'repeat';
  /**
   * UTC ISO, when it next becomes due; absent when it never will unless asked. When `due` is
   * true this is the moment it became due (now or earlier), and absent for a first offer that
   * has never been made.
   */
  readonly nextDueAt?: string;
}

/**
 * Whether `measure` is due for this person at `now`.
 *
 * - Never answered and never offered: due now, reason 'first'.
 * - Never answered but offered before (they said "not now"): due again, reason 'first', once the
 *   interval has passed since that offer, unless `repeatMeasures` is `false`.
 * - Answered at least once: due only when `repeatMeasures` is `true`, once the interval has
 *   passed since the later of the last answer and the last offer, reason 'repeat'.
 *
 * The interval (28 days for ONS4, 3 months for connection) is added on the Europe/London
 * calendar, so 10:00 on 20 March plus 4 weeks is 10:00 on 17 April although the clocks changed,
 * and 30 November plus 3 months is 28 February. Timestamps in the record that cannot be read
 * are ignored, as if absent.
 */
export function measureDue(record: WellbeingRecord, measure: MeasureId, now: DateTime): MeasureDue {
  const answerTimes = measure === 'ons4' ? record.ons4.map((a) => a.at) : record.connection.map((a) => a.at);
  const offeredAt = latest([record.lastOffered[measure]]);
  const answered = answerTimes.length > 0;

  if (!answered) {
    if (offeredAt === undefined) return { due: true, reason: 'first' };
    // They said "not now" and have also said not to ask again: wait until they ask.
    if (record.repeatMeasures === false) return { due: false };
    return dueAfter(offeredAt, measure, now, 'first');
  }

  // Repeats need a clear yes; undefined (never asked) is treated as no.
  if (record.repeatMeasures !== true) return { due: false };
  const since = latest([...answerTimes, record.lastOffered[measure]]);
  if (since === undefined) return { due: true, reason: 'repeat' };
  return dueAfter(since, measure, now, 'repeat');
}

/** The measures to offer at `now`, ONS4 first then social connection; empty when none is due. */
export function dueMeasures(record: WellbeingRecord, now: DateTime): MeasureId[] {
  const measures: readonly MeasureId[] = ['ons4', 'connection'];
  return measures.filter((measure) => measureDue(record, measure, now).due);
}

/** The instant a measure last given at `from` falls due again (London calendar arithmetic). */
function addInterval(from: DateTime, measure: MeasureId): DateTime {
  // Counted on the London calendar, so a repeat keeps its local time across clock changes.
  const local = from.setZone(londonZone);
  return measure === 'ons4' ? local.plus({ days: ons4RepeatDays }) : local.plus({ months: connectionRepeatMonths });
}

function dueAfter(from: DateTime, measure: MeasureId, now: DateTime, reason: 'first' | 'repeat'): MeasureDue {
  const nextDue = addInterval(from, measure);
  const nextDueAt = nextDue.toUTC().toISO();
  const due = now.toMillis() >= nextDue.toMillis();
  const base: MeasureDue = due ? { due, reason } : { due };
  return nextDueAt === null ? base : { ...base, nextDueAt };
}

/** The latest readable instant among `instants`, if any. */
function latest(instants: readonly (string | undefined)[]): DateTime | undefined {
  let best: DateTime | undefined;
  for (const text of instants) {
    if (text === undefined) continue;
    const instant = DateTime.fromISO(text, { zone: 'utc' });
    if (!instant.isValid) continue;
    if (best === undefined || instant.toMillis() > best.toMillis()) best = instant;
  }
  return best;
}
