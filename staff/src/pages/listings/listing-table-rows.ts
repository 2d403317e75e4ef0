import { activityCategoryLabels, activityCategoryIds, type ActivityCategoryId } from '../../../../src/domain/activities/activity';
import { DateTime } from 'luxon';
import { britishDate, londonZone, monthNames, weekdayNames } from '../../../../src/domain/local-date';
import type { ListingFlag, ListingSummary } from './overview-schemas';

/** The columns of the listings table that sort. */
export type ListingColumn = 'name' | 'category' | 'status' | 'nextSession' | 'assuredDate';
export type SortDirection = 'ascending' | 'descending';

/** What the table shows: the search text, one flag (or all) and the sort. */
export interface ListingTableView {
  /** Today in London, `YYYY-MM-DD`: next sessions are in words relative to it ("Tomorrow, 10am to 12pm"). */
  readonly today: string;
  readonly search: string;
  readonly flag: ListingFlag | 'all';
  readonly sortBy: ListingColumn;
  readonly direction: SortDirection;
}

/** How each flag reads in the filter. */
export const flagFilterLabels: Readonly<Record<ListingFlag, string>> = {
  'review-due': 'Not reviewed for 6 months',
  'missing-fields': 'Missing details',
  'no-upcoming-session': 'No upcoming session',
  'needs-kind': 'Needs a kind',
};

/** The badge text of each flag of a listing: "Missing: email, phone" names the fields. */
export function flagBadges(listing: Pick<ListingSummary, 'flags' | 'missingFields'>): string[] {
  return listing.flags.map((flag) =>
    flag === 'missing-fields' && listing.missingFields.length > 0 ? `Missing: ${listing.missingFields.join(', ')}` : flagFilterLabels[flag],
  );
}

/** A category id in words ("Walking & physical activity"); an unknown one as it is, none as "None yet". */
export function categoryLabel(category: string | null | undefined): string {
  if (category === null || category === undefined || category === '') return 'None yet';
  return isCategoryId(category) ? activityCategoryLabels[category] : category;
}

/** A `YYYY-MM-DD` date as "3 Nov 2026"; none as "Never". */
export function reviewedLabel(date: string | null | undefined): string {
  if (date === null || date === undefined || date === '') return 'Never';
  return britishDate(`${date}T12:00:00Z`);
}

/** The status in words ("Retired" for inactive, as the app calls it). */
export function statusLabel(status: string): string {
  if (status === 'active') return 'Active';
  if (status === 'inactive') return 'Retired';
  if (status === 'temporarily closed') return 'Temporarily closed';
  if (status === 'defunct') return 'Closed for good';
  return status;
}

/**
 * The rows to show: those whose name, organisation or category contains every word searched for
 * (any case), with the flag chosen, sorted (ties by name). Listings with no next session and
 * never-reviewed ones sort last going up.
 */
export function visibleListings(listings: readonly ListingSummary[], view: ListingTableView): ListingSummary[] {
  const words = view.search.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const matches = listings.filter((listing) => {
    if (view.flag !== 'all' && !listing.flags.includes(view.flag)) return false;
    const text = `${listing.name} ${listing.organization ?? ''} ${categoryLabel(listing.category)}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const sign = view.direction === 'ascending' ? 1 : -1;
  return matches.sort((a, b) => sign * compareBy(view, a, b) || a.name.localeCompare(b.name, 'en-GB'));
}

function compareBy(view: ListingTableView, a: ListingSummary, b: ListingSummary): number {
  switch (view.sortBy) {
    case 'name':
      return a.name.localeCompare(b.name, 'en-GB');
    case 'category':
      return categoryLabel(a.category).localeCompare(categoryLabel(b.category), 'en-GB');
    case 'status':
      return statusLabel(a.status).localeCompare(statusLabel(b.status), 'en-GB');
    case 'assuredDate':
      return compareMissingLast(a.assuredDate, b.assuredDate, (x, y) => x.localeCompare(y));
    case 'nextSession': {
      const aStart = a.nextSession === null ? undefined : sessionStartMinutes(a.nextSession, view.today);
      const bStart = b.nextSession === null ? undefined : sessionStartMinutes(b.nextSession, view.today);
      if (aStart === undefined || bStart === undefined) return Number(aStart === undefined) - Number(bStart === undefined);
      return aStart - bStart;
    }
  }
}

const shortWeekdays = weekdayNames.map((name) => name.slice(0, 3));

/**
 * When a session in words starts, in minutes from the start of `today` (London), read back from
 * how `formatOccurrence` words it: "Today, 6:30pm to 8pm", "Tomorrow, …", "Thursday, …" (within
 * the week), "Tue 15 December, …", "Tue 5 January 2027, …". Undefined for words it cannot read.
 */
export function sessionStartMinutes(words: string, today: string): number | undefined {
  const [day = '', times = ''] = words.split(/, (.*)/s);
  const start = DateTime.fromISO(today, { zone: londonZone });
  const weekday = weekdayNames.findIndex((name) => name === day) + 1;
  let daysAhead: number | undefined;
  if (day === 'Today') daysAhead = 0;
  else if (day === 'Tomorrow') daysAhead = 1;
  else if (weekday > 0) daysAhead = (weekday - start.weekday + 7) % 7;
  else {
    const dated = /^(\w{3}) (\d{1,2}) (\w+)(?: (\d{4}))?$/.exec(day);
    const month = monthNames.findIndex((name) => name === dated?.[3]) + 1;
    if (dated !== null && month > 0 && shortWeekdays.includes(dated[1] ?? '')) {
      const date = DateTime.fromObject({ year: Number(dated[4] ?? start.year), month, day: Number(dated[2]) }, { zone: londonZone });
      daysAhead = Math.round(date.diff(start, 'days').days);
    }
  }
  const time = /^(\d{1,2})(?::(\d{2}))? ?(am|pm)/.exec(times);
  if (daysAhead === undefined || time === null) return undefined;
  const hour = (Number(time[1]) % 12) + (time[3] === 'pm' ? 12 : 0);
  return daysAhead * 1440 + hour * 60 + Number(time[2] ?? 0);
}

function compareMissingLast(a: string | null | undefined, b: string | null | undefined, compare: (a: string, b: string) => number): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return Number(aMissing) - Number(bMissing);
  return compare(a, b);
}

function isCategoryId(value: string): value is ActivityCategoryId {
  return (activityCategoryIds as readonly string[]).includes(value);
}
