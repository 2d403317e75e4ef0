import { describe, expect, it } from 'vitest';
import type { ListingSummary } from '../../../staff/src/pages/listings/overview-schemas';
import { categoryLabel, flagBadges, reviewedLabel, sessionStartMinutes, statusLabel, visibleListings, type ListingTableView } from '../../../staff/src/pages/listings/listing-table-rows';

const listing = (name: string, fields: Partial<ListingSummary> = {}): ListingSummary => ({
  id: name,
  name,
  category: 'walking-physical',
  status: 'active',
  organization: 'Example Walkers',
  assuredDate: '2026-11-01',
  nextSession: 'Tomorrow, 10am to 12pm',
  flags: [],
  missingFields: [],
  ...fields,
});

// Monday 7 December 2026.
const view = (fields: Partial<ListingTableView> = {}): ListingTableView => ({ today: '2026-12-07', search: '', flag: 'all', sortBy: 'name', direction: 'ascending', ...fields });
const names = (rows: readonly ListingSummary[]) => rows.map((row) => row.name);

describe('the listings table rows', () => {
  it('words each flag as its badge, naming the missing fields', () => {
    expect(flagBadges({ flags: ['review-due', 'missing-fields', 'no-upcoming-session', 'needs-kind'], missingFields: ['email', 'phone'] })).toEqual([
      'Not reviewed for 6 months',
      'Missing: email, phone',
      'No upcoming session',
      'Needs a kind',
    ]);
    expect(flagBadges({ flags: ['missing-fields'], missingFields: [] })).toEqual(['Missing details']);
  });

  it('finds listings by every word of the search in the name, organisation or category, any case', () => {
    const rows = [listing('Knit and natter', { category: 'arts-creative', organization: 'Example Crafters' }), listing('Tuesday walk'), listing('Book club', { organization: 'Knitting circle' })];
    expect(names(visibleListings(rows, view({ search: 'KNIT' })))).toEqual(['Book club', 'Knit and natter']);
    expect(names(visibleListings(rows, view({ search: 'walking tuesday' })))).toEqual(['Tuesday walk']);
    expect(names(visibleListings(rows, view({ search: 'arts' })))).toEqual(['Knit and natter']);
  });

  it('shows only the listings with the flag chosen', () => {
    const rows = [listing('A', { flags: ['review-due'] }), listing('B', { flags: ['needs-kind', 'review-due'] }), listing('C')];
    expect(names(visibleListings(rows, view({ flag: 'needs-kind' })))).toEqual(['B']);
    expect(names(visibleListings(rows, view({ flag: 'review-due' })))).toEqual(['A', 'B']);
  });

  it('sorts by a column either way, ties by name, and never-reviewed last going up', () => {
    const rows = [listing('Zumba', { assuredDate: '2026-01-05' }), listing('Art', { assuredDate: null }), listing('Choir', { assuredDate: '2026-06-01' }), listing('Bingo', { assuredDate: '2026-06-01' })];
    expect(names(visibleListings(rows, view({ sortBy: 'assuredDate' })))).toEqual(['Zumba', 'Bingo', 'Choir', 'Art']);
    expect(names(visibleListings(rows, view({ sortBy: 'assuredDate', direction: 'descending' })))).toEqual(['Art', 'Bingo', 'Choir', 'Zumba']);
    expect(names(visibleListings(rows, view({ direction: 'descending' })))).toEqual(['Zumba', 'Choir', 'Bingo', 'Art']);
  });

  it('sorts by when the next session starts, read back from its words, listings with none last', () => {
    const rows = [
      listing('Next year', { nextSession: 'Tue 5 January 2027, 10am to 12pm' }),
      listing('None', { nextSession: null }),
      listing('Thursday', { nextSession: 'Thursday, 9:30am to 11am' }),
      listing('Tomorrow late', { nextSession: 'Tomorrow, 6:30pm to 8pm' }),
      listing('Tomorrow early', { nextSession: 'Tomorrow, 12pm to 1pm' }),
      listing('Today', { nextSession: 'Today, 10am to 12pm' }),
      listing('Mid December', { nextSession: 'Tue 15 December, 10am to 12pm' }),
    ];
    expect(names(visibleListings(rows, view({ sortBy: 'nextSession' })))).toEqual(['Today', 'Tomorrow early', 'Tomorrow late', 'Thursday', 'Mid December', 'Next year', 'None']);
    expect(sessionStartMinutes('Thursday, 9:30am to 11am', '2026-12-07')).toBe(3 * 1440 + 9 * 60 + 30);
    expect(sessionStartMinutes('Tue 5 January 2027, 12am to 1am', '2026-12-07')).toBe(29 * 1440);
    expect(sessionStartMinutes('sometime', '2026-12-07')).toBeUndefined();
  });

  it('says categories, statuses and review dates in words, British style', () => {
    expect(categoryLabel('housing-money-advice')).toBe('Housing & money advice');
    expect(categoryLabel(null)).toBe('None yet');
    expect(categoryLabel('something-else')).toBe('something-else');
    expect(statusLabel('inactive')).toBe('Retired');
    expect(statusLabel('temporarily closed')).toBe('Temporarily closed');
    expect(reviewedLabel('2026-03-29')).toBe('29 Mar 2026');
    expect(reviewedLabel(undefined)).toBe('Never');
  });
});
