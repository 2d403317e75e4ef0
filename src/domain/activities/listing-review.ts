import { DateTime } from 'luxon';
import { londonIsoDate, londonZone } from '../local-date';

/** A listing not checked for this many calendar months is flagged for review (issue 18: "not reviewed for 6 months"). */
export const reviewAfterMonths = 6;

/**
 * True when a listing's `assured_date` (a `YYYY-MM-DD` date, Europe/London) is more than
 * {@link reviewAfterMonths} calendar months before today in London: checked on 1 January, it is
 * due from 2 July; checked on 31 August, from 1 March (the end of February is the last fresh day).
 * A date that cannot be read is due too, so someone looks at it.
 * @param now the current instant (epoch milliseconds), from the service clock.
 */
export function isReviewDue(assuredDate: string, now: number, afterMonths: number = reviewAfterMonths): boolean {
  const assured = DateTime.fromISO(assuredDate, { zone: londonZone });
  if (!assured.isValid) return true;
  const lastDayFresh = assured.plus({ months: afterMonths }).toISODate();
  return lastDayFresh !== null && londonIsoDate(now) > lastDayFresh;
}
