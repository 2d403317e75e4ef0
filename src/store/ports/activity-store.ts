import type { Activity } from '../../domain/activities/activity';
import type { SiteId } from '../../domain/sites';

/**
 * Activity listings (HSDS services), shared by every instance. Every write is checked against the
 * listing schema first, so nothing malformed is saved, and bumps {@link ActivityStore.version}.
 */
export interface ActivityStore {
  /** Every listing of a site, or of all sites (ordered by name, then id). */
  list(siteId?: SiteId): Promise<Activity[]>;
  get(id: string): Promise<Activity | undefined>;
  /**
   * Saves listings all together (all or nothing): a listing that fails the schema, or an id given
   * twice, saves none of them. A listing whose `site_id` changed moves to its new site.
   * Resolves how many were new and how many replaced an existing listing.
   * @throws AppError STORE_RECORD_INVALID when any listing does not fit the schema.
   */
  putMany(activities: readonly Activity[]): Promise<{ created: number; updated: number }>;
  /** Removes a listing; resolves `true` when there was one. */
  delete(id: string): Promise<boolean>;
  /**
   * Increases on every change, on every instance (so each instance knows to rebuild its search
   * index). 0 before the first change.
   */
  version(): Promise<number>;
}
