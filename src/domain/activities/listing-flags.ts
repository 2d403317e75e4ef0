import { dayMs } from '../local-date';
import { isShownToPeople, type Activity } from './activity';
import { searchHorizonDays } from './activity-index';
import { isReviewDue } from './listing-review';
import { nextOccurrence } from './schedule-occurrences';

/** Why a listing needs a site admin's attention, as the staff app's listings table shows it. */
export const listingFlagIds = ['review-due', 'missing-fields', 'no-upcoming-session', 'needs-kind'] as const;
export type ListingFlag = (typeof listingFlagIds)[number];

/**
 * What a good listing has beyond what the schema requires (name, description, a location, a
 * schedule, a category, how to join and a language are required already), named as the table
 * shows them: `contact` is a phone number, an email address or a web page; `accessibility` is at
 * least one access feature (people ask for them; none listed reads as "we don't know").
 */
export const goodListingFields = ['contact', 'accessibility'] as const;
export type GoodListingField = (typeof goodListingFields)[number];

/** A listing's flags, in {@link listingFlagIds} order, and the good-listing fields it lacks. */
export interface ListingFlags {
  readonly flags: ListingFlag[];
  readonly missingFields: GoodListingField[];
}

/**
 * The review flags of a listing at `now` (epoch ms):
 * - `review-due`: `assured_date` more than 6 months ago in London (`isReviewDue`, the one rule);
 * - `missing-fields`: it lacks one of {@link goodListingFields} (named in `missingFields`);
 * - `no-upcoming-session`: shown to people, but no session starts within the search horizon (the
 *   60 days people's searches look ahead), so nobody finds it; retired listings are not flagged;
 * - `needs-kind`: no category (an import whose taxonomy terms map to none of our kinds).
 */
export function listingFlags(activity: Activity, now: number): ListingFlags {
  const missingFields = goodListingFields.filter((field) => !hasField(activity, field));
  const next = nextOccurrence(activity, now);
  const raised: Record<ListingFlag, boolean> = {
    'review-due': isReviewDue(activity.assured_date, now),
    'missing-fields': missingFields.length > 0,
    'no-upcoming-session': isShownToPeople(activity) && (next === undefined || next.start >= now + searchHorizonDays * dayMs),
    'needs-kind': activity.categories.length === 0,
  };
  return { flags: listingFlagIds.filter((flag) => raised[flag]), missingFields };
}

function hasField(activity: Activity, field: GoodListingField): boolean {
  switch (field) {
    case 'contact':
      return activity.phones.length > 0 || activity.email !== undefined || activity.url !== undefined;
    case 'accessibility':
      return activity.accessibility.length > 0;
  }
}
