/** Working days: Monday to Friday, except bank holidays. */
import { DateTime } from 'luxon';

/**
 * The first working day of a month (`YYYY-MM`) as `YYYY-MM-DD`: the first Monday to Friday that
 * is not one of `bankHolidays` (`YYYY-MM-DD` dates, the site's nation's: see
 * `src/listings/bank-holidays.ts`). 1 January 2027, a Friday and New Year's Day, gives Monday
 * 4 January in England and Tuesday 5 January in Scotland (2 January's substitute day).
 */
export function firstWorkingDay(month: string, bankHolidays: ReadonlySet<string>): string {
  let day = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });
  if (!day.isValid) throw new RangeError(`Not a month "YYYY-MM": ${JSON.stringify(month)}`);
  while (day.weekday > 5 || bankHolidays.has(day.toFormat('yyyy-MM-dd'))) day = day.plus({ days: 1 });
  return day.toFormat('yyyy-MM-dd');
}
