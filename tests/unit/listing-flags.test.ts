import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { listingFlags } from '../../src/domain/activities/listing-flags';
import { listingOverview } from '../../src/domain/activities/listing-overview';
import { activityFixture } from '../support/admin-activity-fixture';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
/** Monday 7 December 2026, 9am in London; the fixture meets every Tuesday, 10am to 11:30am, since 6 January 2026. */
const now = london('2026-12-07T09:00');

describe('listingFlags', () => {
  it('raises nothing for a good, recently checked listing with a session soon', () => {
    expect(listingFlags(activityFixture({ assured_date: '2026-10-01' }), now)).toEqual({ flags: [], missingFields: [] });
  });

  it('flags review-due once assured_date is more than 6 months old in London', () => {
    expect(listingFlags(activityFixture({ assured_date: '2026-06-07' }), now).flags).toEqual([]);
    expect(listingFlags(activityFixture({ assured_date: '2026-06-06' }), now).flags).toEqual(['review-due']);
  });

  it('names the missing good-listing fields: contact (phone, email or web page) and accessibility', () => {
    const bare = activityFixture({ phones: [], accessibility: [] });
    expect(listingFlags(bare, now)).toEqual({ flags: ['missing-fields'], missingFields: ['contact', 'accessibility'] });
    expect(listingFlags({ ...bare, email: 'hello@example.org' }, now).missingFields).toEqual(['accessibility']);
    expect(listingFlags({ ...bare, url: 'https://example.org/walks', accessibility: ['step-free'] }, now)).toEqual({ flags: [], missingFields: [] });
  });

  it('flags no-upcoming-session when no session starts within the 60 days people search', () => {
    const [schedule] = activityFixture().schedules;
    if (schedule === undefined) throw new Error('the fixture has a schedule');
    const ended = activityFixture({ schedules: [{ ...schedule, until: '2026-11-30' }] });
    expect(listingFlags(ended, now).flags).toEqual(['no-upcoming-session']);
    // Starts on Tuesday 2 February 2027: 57 days ahead, found; 9 February is 64 days ahead, not.
    expect(listingFlags(activityFixture({ schedules: [{ ...schedule, dtstart: '2027-02-02' }] }), now).flags).toEqual([]);
    expect(listingFlags(activityFixture({ schedules: [{ ...schedule, dtstart: '2027-02-09' }] }), now).flags).toEqual(['no-upcoming-session']);
  });

  it('does not flag a retired listing for having no session people can see', () => {
    expect(listingFlags(activityFixture({ status: 'inactive' }), now).flags).toEqual([]);
  });

  it('flags needs-kind for a listing without a category, in the flags order', () => {
    const listing = { ...activityFixture({ assured_date: '2020-01-01', phones: [] }), categories: [] };
    expect(listingFlags(listing, now).flags).toEqual(['review-due', 'missing-fields', 'needs-kind']);
  });
});

describe('listingOverview', () => {
  it('is the row the listings table shows, with the next session in words', () => {
    const listing = activityFixture({ name: 'Tuesday walking group', assured_date: '2026-10-01' });
    expect(listingOverview(listing, now)).toEqual({
      id: listing.id,
      name: 'Tuesday walking group',
      category: 'walking-physical',
      status: 'active',
      organization: 'Example Walking Friends',
      assuredDate: '2026-10-01',
      nextSession: 'Tomorrow, 10am to 11:30am',
      flags: [],
      missingFields: [],
    });
  });

  it('has no next session for a retired listing, nor a category for one that needs a kind', () => {
    const row = listingOverview({ ...activityFixture({ status: 'inactive' }), categories: [] }, now);
    expect(row).toMatchObject({ status: 'inactive', nextSession: null, category: null, flags: ['needs-kind'] });
  });
});
