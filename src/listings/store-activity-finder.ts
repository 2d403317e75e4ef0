import type { ActivityFinder } from '../domain/activities/activity-finder';
import type { ActivityQuery } from '../domain/activities/activity-query';
import { DateTime } from 'luxon';
import { buildActivityIndex, type ActivityIndex } from '../domain/activities/activity-index';
import { searchActivities, type ActivityResult } from '../domain/activities/activity-search';
import { locatePostcode, type OutcodeCentroids, type PlaceInput } from '../domain/activities/outcode-location';
import type { Clock } from '../domain/clock';
import type { ActivityStore } from '../store/ports';
import { sitesBankHolidays } from './bank-holidays';

export interface StoreActivityFinderDependencies {
  readonly activities: ActivityStore;
  readonly centroids: OutcodeCentroids;
  readonly clock: Clock;
}

/** Rebuilt at least this often, so the precomputed sessions always reach well ahead. */
const maxIndexAgeMs = 6 * 60 * 60 * 1000;

interface BuiltIndex {
  readonly index: ActivityIndex;
  readonly version: number;
  readonly builtAt: number;
}

/**
 * Searches listings in this process over an index built from the activity store. Each search
 * asks the store for its version (one small read), and the index is rebuilt when an admin changed
 * listings on any instance, or when it is older than six hours. Sessions on the site's bank
 * holidays (England's or Scotland's) are left out. One rebuild at a time: searches arriving meanwhile wait for
 * it rather than starting their own.
 */
export class StoreActivityFinder implements ActivityFinder {
  private built: BuiltIndex | undefined;
  private rebuilding: Promise<BuiltIndex> | undefined;

  constructor(private readonly deps: StoreActivityFinderDependencies) {}

  async search(query: ActivityQuery): Promise<{ readonly total: number; readonly results: readonly ActivityResult[] }> {
    const { index } = await this.currentIndex();
    return searchActivities(index, query, this.deps.clock.now());
  }

  locate(text: string): PlaceInput {
    return locatePostcode(text, this.deps.centroids);
  }

  private async currentIndex(): Promise<BuiltIndex> {
    const version = await this.deps.activities.version();
    const built = this.built;
    if (built !== undefined && built.version === version && this.deps.clock.now() - built.builtAt < maxIndexAgeMs) return built;
    this.rebuilding ??= this.rebuild(version).finally(() => {
      this.rebuilding = undefined;
    });
    return this.rebuilding;
  }

  private async rebuild(version: number): Promise<BuiltIndex> {
    const builtAt = this.deps.clock.now();
    const activities = await this.deps.activities.list();
    const year = DateTime.fromMillis(builtAt, { zone: 'Europe/London' }).year;
    const built = { index: buildActivityIndex(activities, builtAt, undefined, sitesBankHolidays(year, year + 1)), version, builtAt };
    this.built = built;
    return built;
  }
}
