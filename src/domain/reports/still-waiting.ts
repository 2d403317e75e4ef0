/**
 * Still waiting: callback requests not yet first contacted, closed or cancelled, with their waits,
 * as at the end of each past month and as at now for the current one. Two anonymous sources make
 * it: the site's open requests' times (opaque ids, kept until they leave), and, for a request that
 * has left, a day bucket counted in each month whose end it waited past (`access.waiting_end.<days>`).
 */
import { DateTime } from 'luxon';
import { londonZone } from '../local-date';
import { londonMonthOf, wholeDaysBetween } from './report-months';
import { waitBucket } from './wait-days';

/** The month counter of requests that were still waiting when the month ended, by wait (day bucket). */
export const waitingAtMonthEndPrefix = 'access.waiting_end.';
/** The report's histogram of waits of the requests still waiting at the month's moment (end, or now). */
export const stillWaitingPrefix = 'access.waiting.';
/** Set (1) on a month whose still-waiting figure is known: a month that has begun. */
export const stillWaitingKnown = 'access.waiting_known';

/** The instant (epoch ms) a London month (`YYYY-MM`) ends: the start of the next one. */
function monthEnd(month: string): number {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: londonZone }).plus({ months: 1 }).toMillis();
}

/**
 * The month ends a request waited past, from its request (epoch ms) to leaving the wait (first
 * contact, close or cancel): each month, and the whole days it had waited when that month ended.
 */
export function monthEndWaits(requestedAt: number, leftAt: number): Array<{ month: string; days: number }> {
  const waits: Array<{ month: string; days: number }> = [];
  for (let month = londonMonthOf(requestedAt), end = monthEnd(month); end <= leftAt; month = londonMonthOf(end), end = monthEnd(month)) {
    waits.push({ month, days: wholeDaysBetween(requestedAt, end) });
  }
  return waits;
}

/**
 * Each month's counters with the still-waiting histogram (`access.waiting.<days>`) added: for a
 * past month, the requests that left later (counted as they left) and those still open now that
 * were made before the month ended, by their wait at its end; for the current month, the open
 * requests by their wait now; nothing for a month not yet begun.
 * @param openSince the request times (epoch ms) of the requests open now
 */
export function withStillWaiting(months: readonly string[], counters: ReadonlyArray<Readonly<Record<string, number>>>, openSince: readonly number[], now: number): Array<Record<string, number>> {
  const current = londonMonthOf(now);
  return months.map((month, index) => {
    const merged: Record<string, number> = { ...counters[index] };
    if (month > current) return merged;
    const asAt = month === current ? now : monthEnd(month);
    const add = (days: number) => {
      const name = `${stillWaitingPrefix}${waitBucket(days)}`;
      merged[name] = (merged[name] ?? 0) + 1;
    };
    if (month !== current) {
      for (const [name, n] of Object.entries(counters[index] ?? {})) {
        if (!name.startsWith(waitingAtMonthEndPrefix)) continue;
        const bucket = `${stillWaitingPrefix}${name.slice(waitingAtMonthEndPrefix.length)}`;
        merged[bucket] = (merged[bucket] ?? 0) + n;
      }
    }
    // A request made at the very moment a month ends is the next month's.
    for (const since of openSince) if (month === current ? since <= asAt : since < asAt) add(wholeDaysBetween(since, asAt));
    merged[stillWaitingKnown] = 1;
    return merged;
  });
}
