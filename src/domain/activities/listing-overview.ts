import type { ActivityCategoryId, Activity, ServiceStatus } from './activity';
import { listingFlags, type GoodListingField, type ListingFlag } from './listing-flags';
import { formatOccurrence } from './schedule-description';
import { nextOccurrence } from './schedule-occurrences';

/** One row of the staff app's listings table (`GET .../activities/overview`). */
export interface ListingOverview {
  readonly id: string;
  readonly name: string;
  /** The first category (the one results show), or null when the listing needs a kind. */
  readonly category: ActivityCategoryId | null;
  readonly status: ServiceStatus;
  /** The organisation's name. */
  readonly organization: string;
  /** `YYYY-MM-DD`, when the listing was last checked. */
  readonly assuredDate: string;
  /** The next session as people see it ("Tomorrow, 6:30pm to 8pm", "Tue 5 January 2027, 10am to 12pm"); null when retired or none within 400 days. */
  readonly nextSession: string | null;
  readonly flags: ListingFlag[];
  readonly missingFields: GoodListingField[];
}

/** A listing's row at `now` (epoch ms): its flags (`listingFlags`) and next session in words. */
export function listingOverview(activity: Activity, now: number): ListingOverview {
  const next = nextOccurrence(activity, now);
  return {
    id: activity.id,
    name: activity.name,
    category: activity.categories[0] ?? null,
    status: activity.status,
    organization: activity.organization.name,
    assuredDate: activity.assured_date,
    nextSession: next === undefined ? null : formatOccurrence(next, now),
    ...listingFlags(activity, now),
  };
}
