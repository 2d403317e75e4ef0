import MiniSearch, { type SearchOptions } from 'minisearch';
import { localTimeMinutes, londonIsoDate } from '../local-date';
import { siteIds, type SiteId } from '../sites';
import { accessibilityIds, activityCategoryIds, activityCategoryLabels, isFree, isOnline, isShownToPeople, needsKind, type Activity } from './activity';
import { occurrencesBetween } from './schedule-occurrences';

/**
 * Listings made ready for searching many times a second: everything a query needs that does not
 * depend on the query is worked out once here, as flat arrays of numbers per site, so a search is
 * a loop over integers and floats with no dates parsed, no objects made and no luxon.
 *
 * Built for an instant `from` and a horizon ({@link searchHorizonDays}): the sessions inside it are precomputed.
 * Callers rebuild it at least daily (and when listings change).
 */

/** How far ahead people's searches look: a listing with no session this soon is not found. */
export const searchHorizonDays = 60;

/** Bits of {@link SiteBucket.flags}. */
export const flagFree = 1;
/** Has a virtual location: can be joined online. */
export const flagOnline = 2;
/** Has at least one physical location. */
export const flagPhysical = 4;

/** The text fields searched, one document per listing, `id` being its position in the bucket. */
interface SearchDocument {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly organization: string;
  readonly categories: string;
}

/** Words too common to search on ("a walk in the park" searches "walk park"). */
const stopWords: ReadonlySet<string> = new Set(
  'a an and are as at be by for from i in is it me my of on or our the to we with you your'.split(' '),
);

/** Lower case, stop words dropped: used both for indexing and for queries. */
function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower === '' || stopWords.has(lower) ? null : lower;
}

/**
 * The search options: prefix matching and fuzzy 0.2 (one typo in 3 to 7 letters, two from 8),
 * any of the words (OR), names counting twice, category labels half as much again.
 */
export const textSearchOptions: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'OR',
  boost: { name: 2, categories: 1.5 },
};

/**
 * One site's listings, as parallel arrays indexed by entry (0 .. count-1). Only `active`
 * listings with at least one session inside the horizon are here.
 */
export interface SiteBucket {
  readonly site: SiteId;
  readonly count: number;
  readonly activities: readonly Activity[];
  /** Bit i set: has category `activityCategoryIds[i]`. */
  readonly categoryMask: Uint8Array;
  /** Bit i set: promises `accessibilityIds[i]`. */
  readonly accessibilityMask: Uint8Array;
  /** {@link flagFree} | {@link flagOnline} | {@link flagPhysical}. */
  readonly flags: Uint8Array;
  /** Position of the name in alphabetical order among all indexed listings (for ties). */
  readonly nameRank: Int32Array;
  /** Entry e's sessions are at positions `sessionOffset[e]` .. `sessionOffset[e + 1] - 1`, sorted by start. */
  readonly sessionOffset: Int32Array;
  readonly sessionStart: Float64Array;
  readonly sessionEnd: Float64Array;
  /** Minute of the (Europe/London) day the session starts at, 0..1439. */
  readonly sessionMinute: Uint16Array;
  /** The longest session of the entry, ms: no session starting earlier than `now - longest` is still on. */
  readonly longestSession: Float64Array;
  /** Entry e's physical locations are at `placeOffset[e]` .. `placeOffset[e + 1] - 1`. */
  readonly placeOffset: Int32Array;
  /** Latitude and longitude in radians, and the cosine of the latitude. */
  readonly placeLat: Float64Array;
  readonly placeLon: Float64Array;
  readonly placeCosLat: Float64Array;
  readonly text: MiniSearch<SearchDocument>;
}

/** Listings ready to search; build with {@link buildActivityIndex}, search with `searchActivities`. */
export interface ActivityIndex {
  /** The instant it was built for: sessions ending after it are known. */
  readonly from: number;
  /** The end of the horizon: sessions starting from here on are not known. */
  readonly to: number;
  readonly buckets: ReadonlyMap<SiteId, SiteBucket>;
}

const dayMs = 86_400_000;
const toRadians = Math.PI / 180;

interface Prepared {
  readonly activity: Activity;
  readonly starts: number[];
  readonly ends: number[];
  readonly minutes: number[];
}

/** Dates (`YYYY-MM-DD`, London) on which a site's listings are taken not to meet: its bank holidays. */
export type SiteClosedDates = ReadonlyMap<SiteId, ReadonlySet<string>>;

/**
 * Every session of the activity in [from, to), all schedules merged, sorted by start (then end),
 * except those starting on one of `closed` dates.
 */
function prepare(activity: Activity, from: number, to: number, closed: ReadonlySet<string> | undefined): Prepared {
  const sessions: { start: number; end: number; minute: number }[] = [];
  for (const schedule of activity.schedules) {
    const minute = localTimeMinutes(schedule.opens_at);
    for (const occurrence of occurrencesBetween(schedule, from, to)) {
      if (closed !== undefined && closed.has(londonIsoDate(occurrence.start))) continue;
      sessions.push({ start: occurrence.start, end: occurrence.end, minute });
    }
  }
  sessions.sort((a, b) => a.start - b.start || a.end - b.end);
  // Two schedules describing the same session count it once.
  const unique = sessions.filter((session, i) => i === 0 || session.start !== sessions[i - 1]?.start || session.end !== sessions[i - 1]?.end);
  return { activity, starts: unique.map((s) => s.start), ends: unique.map((s) => s.end), minutes: unique.map((s) => s.minute) };
}

function maskOf<T>(values: readonly T[], vocabulary: readonly T[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = vocabulary.indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

function buildBucket(site: SiteId, listings: readonly Prepared[], nameRanks: ReadonlyMap<Activity, number>): SiteBucket {
  const count = listings.length;
  const sessionTotal = listings.reduce((sum, listing) => sum + listing.starts.length, 0);
  const placeTotal = listings.reduce((sum, listing) => sum + listing.activity.locations.filter((location) => location.location_type === 'physical').length, 0);
  const bucket = {
    site,
    count,
    activities: listings.map((listing) => listing.activity),
    categoryMask: new Uint8Array(count),
    accessibilityMask: new Uint8Array(count),
    flags: new Uint8Array(count),
    nameRank: new Int32Array(count),
    sessionOffset: new Int32Array(count + 1),
    sessionStart: new Float64Array(sessionTotal),
    sessionEnd: new Float64Array(sessionTotal),
    sessionMinute: new Uint16Array(sessionTotal),
    longestSession: new Float64Array(count),
    placeOffset: new Int32Array(count + 1),
    placeLat: new Float64Array(placeTotal),
    placeLon: new Float64Array(placeTotal),
    placeCosLat: new Float64Array(placeTotal),
    text: new MiniSearch<SearchDocument>({
      fields: ['name', 'description', 'organization', 'categories'],
      storeFields: [],
      processTerm,
      searchOptions: textSearchOptions,
    }),
  };
  let session = 0;
  let place = 0;
  const documents: SearchDocument[] = [];
  listings.forEach((listing, entry) => {
    const { activity } = listing;
    bucket.categoryMask[entry] = maskOf(activity.categories, activityCategoryIds);
    bucket.accessibilityMask[entry] = maskOf(activity.accessibility, accessibilityIds);
    bucket.nameRank[entry] = nameRanks.get(activity) ?? 0;
    let longest = 0;
    bucket.sessionOffset[entry] = session;
    listing.starts.forEach((start, i) => {
      const end = listing.ends[i] ?? start;
      bucket.sessionStart[session] = start;
      bucket.sessionEnd[session] = end;
      bucket.sessionMinute[session] = listing.minutes[i] ?? 0;
      longest = Math.max(longest, end - start);
      session += 1;
    });
    bucket.longestSession[entry] = longest;
    bucket.placeOffset[entry] = place;
    for (const location of activity.locations) {
      if (location.location_type !== 'physical') continue;
      bucket.placeLat[place] = location.latitude * toRadians;
      bucket.placeLon[place] = location.longitude * toRadians;
      bucket.placeCosLat[place] = Math.cos(location.latitude * toRadians);
      place += 1;
    }
    const physical = bucket.placeOffset[entry] !== place;
    bucket.flags[entry] = (isFree(activity) ? flagFree : 0) | (isOnline(activity) ? flagOnline : 0) | (physical ? flagPhysical : 0);
    documents.push({
      id: entry,
      name: activity.name,
      description: activity.description,
      organization: activity.organization.name,
      categories: activity.categories.map((category) => activityCategoryLabels[category]).join(' '),
    });
  });
  bucket.sessionOffset[count] = session;
  bucket.placeOffset[count] = place;
  bucket.text.addAll(documents);
  return bucket;
}

/**
 * Builds the index for searching from `from` over the next `horizonDays` days: per listing, its
 * sessions in [from, from + horizonDays days) (every schedule through `occurrencesBetween`,
 * merged and sorted; a session under way at `from` included), the coordinates of its physical
 * locations, whether it is free and online, its categories and accessibility as bit masks; per
 * site, those as flat arrays and a minisearch index over name, description, organisation name
 * and category labels. Only listings shown to people, with a kind and a session inside the horizon, are indexed.
 * Sessions on the site's `closedDates` (bank holidays such as Christmas Day) are left out, so the
 * next session after one is offered instead.
 */
export function buildActivityIndex(activities: readonly Activity[], from: number, horizonDays = searchHorizonDays, closedDates: SiteClosedDates = new Map()): ActivityIndex {
  const to = from + horizonDays * dayMs;
  const prepared = activities
    // A listing that needs a kind is not shown to anyone until it has one.
    .filter((activity) => isShownToPeople(activity) && !needsKind(activity))
    .map((activity) => prepare(activity, from, to, closedDates.get(activity.site_id)))
    .filter((listing) => listing.starts.length > 0);
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  const byName = prepared.map((listing) => listing.activity).sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nameRanks = new Map(byName.map((activity, rank) => [activity, rank]));
  const buckets = new Map<SiteId, SiteBucket>();
  for (const site of siteIds) {
    buckets.set(
      site,
      buildBucket(
        site,
        prepared.filter((listing) => listing.activity.site_id === site),
        nameRanks,
      ),
    );
  }
  return { from, to, buckets };
}

/** The instant the index was built for (callers rebuild it daily and when listings change). */
export function indexedFrom(index: ActivityIndex): number {
  return index.from;
}
