import type { ActivityQuery } from './activity-query';
import type { ActivityResult } from './activity-search';
import type { PlaceInput } from './outcode-location';

/**
 * Local activity listings, searched in this process over an index kept in step with the store.
 * The port the activities dialog and the Open Referral feed share (src/listings implements it).
 */
export interface ActivityFinder {
  /** Listings matching the query, soonest first (or best text match), with their next session. */
  search(query: ActivityQuery): Promise<{ readonly total: number; readonly results: readonly ActivityResult[] }>;
  /** Where a postcode or outward code typed by the person is. */
  locate(text: string): PlaceInput;
}
