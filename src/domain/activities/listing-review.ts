import { DateTime } from 'luxon';
import { londonIsoDate, londonZone } from '../local-date';

/** A listing not checked for this many days is flagged for review. */
export const reviewAfterDays = 90;

/**
 * True when a listing's `assured_date` (a `YYYY-MM-DD` date, Europe/London) is more than
 * {@link reviewAfterDays} days before today in London: checked on 1 January, it is due from 2 April.
 * A date that cannot be read is due too, so someone looks at it.
 * @param now the current instant (epoch milliseconds), from the service clock.
 */
export function isReviewDue(assuredDate: string, now: number, afterDays: number = reviewAfterDays): boolean {
  const assured = DateTime.fromISO(assuredDate, { zone: londonZone });
  if (!assured.isValid) return true;
  const lastDayFresh = assured.plus({ days: afterDays }).toISODate();
  return lastDayFresh !== null && londonIsoDate(now) > lastDayFresh;
}
