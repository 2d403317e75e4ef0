import { accessibilityIds, activityCategoryIds, type Activity } from './activity';
import { flagFree, flagOnline, flagPhysical, textSearchOptions, type ActivityIndex, type SiteBucket } from './activity-index';
import { defaultNearKm, defaultResultLimit, partOfDayMinutes, whenWindow, type ActivityQuery } from './activity-query';
import type { Occurrence } from './schedule-occurrences';

/** One listing found, with the session that matched. */
export interface ActivityResult {
  readonly activity: Activity;
  /** The first session matching the query's time: under way now, or the soonest to start. */
  readonly next: Occurrence;
  /** From the query's `near` point to the listing's nearest physical location, when both exist. */
  readonly distanceKm?: number;
  /** It can be joined online. */
  readonly online: boolean;
}

const earthRadiusKm = 6371.0088;
const toRadians = Math.PI / 180;

/** Everything about a query a listing is checked against, worked out once per query. */
interface Plan {
  readonly now: number;
  /** Sessions must start in [from, to); when the window has begun (from = now) a session under way counts too. */
  readonly from: number;
  readonly to: number;
  readonly started: boolean;
  readonly minuteLo: number;
  readonly minuteHi: number;
  readonly categoryMask: number;
  readonly accessibilityMask: number;
  readonly requiredFlags: number;
  /** Near: the point in radians, or NaN when the query has no point. */
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  readonly maxKm: number;
  /** Whether distance excludes listings (not when only online ones are wanted). */
  readonly filterByDistance: boolean;
}

function planFor(index: ActivityIndex, query: ActivityQuery, now: number): Plan {
  const window = whenWindow(query.when ?? { kind: 'any' }, now);
  const [minuteLo, minuteHi] = query.partOfDay === undefined ? [0, 24 * 60] : partOfDayMinutes[query.partOfDay];
  let categoryMask = 0;
  for (const category of query.categories ?? []) categoryMask |= 1 << activityCategoryIds.indexOf(category);
  let accessibilityMask = 0;
  for (const need of query.accessibility ?? []) accessibilityMask |= 1 << accessibilityIds.indexOf(need);
  const onlineOnly = query.onlineOnly === true;
  const near = query.near;
  return {
    now,
    from: window.from,
    to: Math.min(window.to, index.to),
    started: window.from <= now,
    minuteLo,
    minuteHi,
    categoryMask,
    accessibilityMask,
    requiredFlags: (query.freeOnly === true ? flagFree : 0) | (onlineOnly ? flagOnline : 0) | (near !== undefined && !onlineOnly ? flagPhysical : 0),
    lat: near === undefined ? Number.NaN : near.lat * toRadians,
    lon: near === undefined ? Number.NaN : near.lon * toRadians,
    cosLat: near === undefined ? Number.NaN : Math.cos(near.lat * toRadians),
    maxKm: near?.maxKm ?? defaultNearKm,
    filterByDistance: near !== undefined && !onlineOnly,
  };
}

/** Set by {@link matchEntry} when it returns a session: the distance, or NaN. */
let matchedDistance = Number.NaN;

/**
 * Whether entry `e` of the bucket passes every filter but the text; returns the position of its
 * first matching session, or -1. Cheapest checks first; the sessions are found by binary search.
 */
function matchEntry(bucket: SiteBucket, e: number, plan: Plan): number {
  if (plan.categoryMask !== 0 && ((bucket.categoryMask[e] ?? 0) & plan.categoryMask) === 0) return -1;
  if (((bucket.accessibilityMask[e] ?? 0) & plan.accessibilityMask) !== plan.accessibilityMask) return -1;
  const flags = bucket.flags[e] ?? 0;
  if ((flags & plan.requiredFlags) !== plan.requiredFlags) return -1;

  let distance = Number.NaN;
  if (!Number.isNaN(plan.lat) && (flags & flagPhysical) !== 0) {
    // Haversine to the nearest physical location; a latitude difference alone beyond the limit skips the rest.
    const maxLatDelta = plan.maxKm / earthRadiusKm;
    for (let p = bucket.placeOffset[e] ?? 0, end = bucket.placeOffset[e + 1] ?? 0; p < end; p += 1) {
      const dLat = (bucket.placeLat[p] ?? 0) - plan.lat;
      if (plan.filterByDistance && (dLat > maxLatDelta || dLat < -maxLatDelta)) continue;
      const sinLat = Math.sin(dLat / 2);
      const sinLon = Math.sin(((bucket.placeLon[p] ?? 0) - plan.lon) / 2);
      const h = sinLat * sinLat + plan.cosLat * (bucket.placeCosLat[p] ?? 0) * sinLon * sinLon;
      const km = 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
      if (!(km >= distance)) distance = km;
    }
    if (plan.filterByDistance && !(distance <= plan.maxKm)) return -1;
  }

  const starts = bucket.sessionStart;
  const first = bucket.sessionOffset[e] ?? 0;
  const last = bucket.sessionOffset[e + 1] ?? 0;
  // Sessions starting before `lower` cannot match: before the window, or ended before now.
  const lower = plan.started ? plan.now - (bucket.longestSession[e] ?? 0) : plan.from;
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < lower) lo = mid + 1;
    else hi = mid;
  }
  for (let s = lo; s < last; s += 1) {
    if ((starts[s] ?? 0) >= plan.to) return -1;
    if (plan.started && (bucket.sessionEnd[s] ?? 0) <= plan.now) continue;
    const minute = bucket.sessionMinute[s] ?? 0;
    if (minute < plan.minuteLo || minute >= plan.minuteHi) continue;
    matchedDistance = distance;
    return s;
  }
  return -1;
}

/**
 * The best `size` matches seen so far, kept sorted by four number keys (smaller first, compared
 * in order); anything worse than the last kept is turned away after one comparison.
 */
class TopMatches {
  readonly kept: { readonly bucket: SiteBucket; readonly entry: number; readonly session: number; readonly distance: number }[] = [];
  /** Four keys per kept match, flat. */
  private readonly keys: number[] = [];
  total = 0;

  constructor(private readonly size: number) {}

  offer(bucket: SiteBucket, entry: number, session: number, distance: number, k1: number, k2: number, k3: number, k4: number): void {
    this.total += 1;
    let at = this.kept.length;
    while (at > 0 && this.before(k1, k2, k3, k4, at - 1)) at -= 1;
    if (at >= this.size) return;
    this.kept.splice(at, 0, { bucket, entry, session, distance });
    this.keys.splice(at * 4, 0, k1, k2, k3, k4);
    if (this.kept.length > this.size) {
      this.kept.pop();
      this.keys.length = this.size * 4;
    }
  }

  /** Whether keys (k1..k4) sort before the kept match at `position`. */
  private before(k1: number, k2: number, k3: number, k4: number, position: number): boolean {
    const keys = this.keys;
    const o = position * 4;
    const o1 = keys[o] ?? 0;
    if (k1 !== o1) return k1 < o1;
    const o2 = keys[o + 1] ?? 0;
    if (k2 !== o2) return k2 < o2;
    const o3 = keys[o + 2] ?? 0;
    if (k3 !== o3) return k3 < o3;
    return k4 < (keys[o + 3] ?? 0);
  }
}

/** A distance as a sort key: no distance sorts after every distance. */
function distanceKey(distance: number): number {
  return distance === distance ? distance : Number.POSITIVE_INFINITY;
}

/**
 * Finds listings for a query at `now`, best first, a page at a time.
 *
 * Filters (all that are given): the site; any of the categories; a session starting inside the
 * "when" window ({@link whenWindow}, cut at the index's horizon) and in the part of the day (by
 * its Europe/London start time), where a session already under way counts when the window has
 * begun and a session that has ended never does; near: the nearest physical location within
 * `maxKm` (default 5 km), which leaves out online-only listings, except that with `onlineOnly`
 * the point only gives distances and excludes nothing; online only; free only; every accessibility
 * need; and the text (minisearch, prefix and fuzzy: a listing must match at least one word).
 * Listings not active, or with no session left in the horizon, never appear.
 *
 * Ranking: with text, by text score (highest first; without a site, each site's index scores its
 * own listings), then the soonest matching session; without
 * text, by the soonest matching session, then the distance (nearest first, listings without a
 * distance last), then the name (alphabetical). `offset` (default 0) and `limit` (default 5) page
 * through that order; `total` counts every match.
 */
export function searchActivities(index: ActivityIndex, query: ActivityQuery, now: number): { readonly total: number; readonly results: readonly ActivityResult[] } {
  const plan = planFor(index, query, now);
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(0, Math.floor(query.limit ?? defaultResultLimit));
  const top = new TopMatches(offset + limit);
  const buckets: SiteBucket[] = [];
  if (query.siteId === undefined) buckets.push(...index.buckets.values());
  else {
    const bucket = index.buckets.get(query.siteId);
    if (bucket !== undefined) buckets.push(bucket);
  }
  const text = query.text?.trim() ?? '';

  if (plan.from < plan.to) {
    for (const bucket of buckets) {
      if (text !== '') {
        for (const hit of bucket.text.search(text, textSearchOptions)) {
          const entry: unknown = hit.id;
          if (typeof entry !== 'number') continue;
          const session = matchEntry(bucket, entry, plan);
          if (session < 0) continue;
          top.offer(bucket, entry, session, matchedDistance, -hit.score, bucket.sessionStart[session] ?? 0, distanceKey(matchedDistance), bucket.nameRank[entry] ?? 0);
        }
        continue;
      }
      for (let entry = 0; entry < bucket.count; entry += 1) {
        const session = matchEntry(bucket, entry, plan);
        if (session < 0) continue;
        top.offer(bucket, entry, session, matchedDistance, bucket.sessionStart[session] ?? 0, distanceKey(matchedDistance), bucket.nameRank[entry] ?? 0, 0);
      }
    }
  }

  const results = top.kept.slice(offset).map(({ bucket, entry, session, distance }): ActivityResult => {
    const activity = bucket.activities[entry];
    if (activity === undefined) throw new Error(`activity index: no listing at ${entry}`);
    return {
      activity,
      next: { start: bucket.sessionStart[session] ?? 0, end: bucket.sessionEnd[session] ?? 0 },
      ...(Number.isNaN(distance) ? {} : { distanceKm: distance }),
      online: ((bucket.flags[entry] ?? 0) & flagOnline) !== 0,
    };
  });
  return { total: top.total, results };
}
