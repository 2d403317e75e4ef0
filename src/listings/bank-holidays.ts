import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { SiteClosedDates } from '../domain/activities/activity-index';
import { londonZone } from '../domain/local-date';
import type { Nation } from '../domain/sites';
import { siteById, sites, type SiteId } from '../domain/sites';
import { withBankHolidayClosures, type BankHoliday } from '../domain/team/bank-holiday-closures';
import type { TeamDirectoryEntry } from '../domain/team/team-directory';
import { firstWorkingDay } from '../domain/working-days';

/**
 * Bank holidays, the one source of them: the `date-holidays` package, which carries the rules
 * offline (nothing is fetched). England's and Scotland's differ (2 January, St Andrew's Day, the
 * August date); each site takes its nation's. Activity search leaves community sessions out on
 * them; a team with `closedOnBankHolidays` is closed on them.
 */

/** date-holidays' region codes for the nations our sites are in. */
const regionOf: Readonly<Record<Nation, string>> = { england: 'ENG', scotland: 'SCT' };

/** A nation's bank holidays by year: the rules do not change while the process runs. */
const memo = new Map<string, readonly BankHoliday[]>();

/** The bank holidays of a nation in one year, substitute days included, in date order. */
function yearOfBankHolidays(nation: Nation, year: number): readonly BankHoliday[] {
  const key = `${nation}:${year}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const holidays = new Holidays('GB', regionOf[nation])
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
  memo.set(key, holidays);
  return holidays;
}

/** The bank holidays of a nation in the given years, with their names, substitute days included. */
export function bankHolidays(nation: Nation, years: readonly number[]): BankHoliday[] {
  return years.flatMap((year) => yearOfBankHolidays(nation, year));
}

/** The bank holidays of a nation in the given years, as London dates (`YYYY-MM-DD`). */
export function bankHolidayDates(nation: Nation, years: readonly number[]): Set<string> {
  return new Set(bankHolidays(nation, years).map((holiday) => holiday.date));
}

/**
 * Each site's bank holidays from `fromYear` to `toYear`: the days community sessions are left out
 * of activity search (see `buildActivityIndex`).
 */
export function sitesBankHolidays(fromYear: number, toYear: number): SiteClosedDates {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, offset) => fromYear + offset);
  return new Map(sites.map((site) => [site.id, bankHolidayDates(site.nation, years)]));
}

/**
 * A team's hours as they apply around `now` (epoch ms): when it closes on bank holidays, its
 * nation's bank holidays of the London year before, of and after `now` are closed days (see
 * `withBankHolidayClosures`), enough for the days opening hours look back and ahead.
 */
export function teamHoursInForce<T extends Pick<TeamDirectoryEntry, 'siteId' | 'closedOnBankHolidays' | 'exceptions'>>(entry: T, now: number): T {
  if (entry.closedOnBankHolidays !== true) return entry;
  const year = DateTime.fromMillis(now, { zone: londonZone }).year;
  return withBankHolidayClosures(entry, bankHolidays(siteById(entry.siteId).nation, [year - 1, year, year + 1]));
}

/** The bank holidays of a site's nation from `now`'s London date for the next `days` days (a year by default), in date order. */
export function upcomingBankHolidays(siteId: SiteId, now: number, days = 365): BankHoliday[] {
  const today = DateTime.fromMillis(now, { zone: londonZone }).startOf('day');
  const from = today.toFormat('yyyy-MM-dd');
  const until = today.plus({ days }).toFormat('yyyy-MM-dd');
  return bankHolidays(siteById(siteId).nation, [today.year, today.year + 1]).filter((holiday) => holiday.date >= from && holiday.date < until);
}

/** A site's first working day of a month (`YYYY-MM`): Monday to Friday, not one of its nation's bank holidays; `YYYY-MM-DD`. */
export function siteFirstWorkingDay(siteId: SiteId, month: string): string {
  return firstWorkingDay(month, bankHolidayDates(siteById(siteId).nation, [Number(month.slice(0, 4))]));
}
