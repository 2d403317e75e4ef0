import { activityCategoryLabels, activityCategoryIds, type ActivityCategoryId } from '../../../../src/domain/activities/activity';
import { britishDate } from '../../../../src/domain/local-date';
import type { ListingFlag, ListingSummary } from './overview-schemas';

/** The columns of the listings table that sort. */
export type ListingColumn = 'name' | 'category' | 'status' | 'nextSession' | 'assuredDate';
export type SortDirection = 'ascending' | 'descending';

/** What the table shows: the search text, one flag (or all) and the sort. */
export interface ListingTableView {
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
 * never-reviewed ones sort last going up. The next session is words, so that column keeps the
 * overview's own order among listings that have one.
 */
export function visibleListings(listings: readonly ListingSummary[], view: ListingTableView): ListingSummary[] {
  const words = view.search.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const matches = listings.filter((listing) => {
    if (view.flag !== 'all' && !listing.flags.includes(view.flag)) return false;
    const text = `${listing.name} ${listing.organization ?? ''} ${categoryLabel(listing.category)}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const sign = view.direction === 'ascending' ? 1 : -1;
  // Sessions are in words, so ties keep the overview's own order rather than the name's.
  const tieBreak = (a: ListingSummary, b: ListingSummary) => (view.sortBy === 'nextSession' ? 0 : a.name.localeCompare(b.name, 'en-GB'));
  return matches.sort((a, b) => sign * compareBy(view.sortBy, a, b) || tieBreak(a, b));
}

function compareBy(column: ListingColumn, a: ListingSummary, b: ListingSummary): number {
  switch (column) {
    case 'name':
      return a.name.localeCompare(b.name, 'en-GB');
    case 'category':
      return categoryLabel(a.category).localeCompare(categoryLabel(b.category), 'en-GB');
    case 'status':
      return statusLabel(a.status).localeCompare(statusLabel(b.status), 'en-GB');
    case 'assuredDate':
      return compareMissingLast(a.assuredDate, b.assuredDate, (x, y) => x.localeCompare(y));
    case 'nextSession':
      return compareMissingLast(a.nextSession, b.nextSession, () => 0);
  }
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
