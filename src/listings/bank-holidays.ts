import Holidays from 'date-holidays';
import type { Nation } from '../domain/sites';
import { sites } from '../domain/sites';
import type { SiteClosedDates } from '../domain/activities/activity-index';

/** date-holidays' region codes for the nations our sites are in. */
const regionOf: Readonly<Record<Nation, string>> = { england: 'ENG', scotland: 'SCT' };

/**
 * The bank holidays of a nation in the given years, as London dates (`YYYY-MM-DD`), substitute
 * days included: England's and Scotland's differ (2 January, St Andrew's Day, the August date).
 * From the `date-holidays` package, which carries the rules offline, so nothing is fetched.
 */
export function bankHolidayDates(nation: Nation, years: readonly number[]): Set<string> {
  const calendar = new Holidays('GB', regionOf[nation]);
  return new Set(
    years.flatMap((year) =>
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    ),
  );
}

/**
 * Each site's bank holidays from `fromYear` to `toYear`: the days community sessions are left out
 * of activity search (see `buildActivityIndex`).
 */
export function sitesBankHolidays(fromYear: number, toYear: number): SiteClosedDates {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, offset) => fromYear + offset);
  return new Map(sites.map((site) => [site.id, bankHolidayDates(site.nation, years)]));
}
