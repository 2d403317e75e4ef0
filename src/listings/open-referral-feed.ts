import { DateTime } from 'luxon';
import { z } from 'zod';
import { activityToHsds } from './hsds/hsds-export';
import type { HsdsService } from './hsds/hsds-schema';
import { categoryTermId } from './hsds/hsds-taxonomy';
import type { ActivityFinder } from '../domain/activities/activity-finder';
import { activityCategoryIds, type Activity, type ActivityCategoryId, type Schedule } from '../domain/activities/activity';
import { anyTimeDays, type ActivityQuery, type Weekday } from '../domain/activities/activity-query';
import type { PlaceInput } from '../domain/activities/outcode-location';
import { occurrencesBetween } from '../domain/activities/schedule-occurrences';
import { AppError, type FieldProblem } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { fieldProblemsOf } from '../domain/field-problems';
import { dayMs, localTimeSchema, londonZone } from '../domain/local-date';
import { sites } from '../domain/sites';
import type { ActivityStore } from '../store/ports';

/**
 * The public, read-only Open Referral feed: the activity listings as HSDS 3.0 services, in the
 * style of the HSDS 3.0 API (`GET /services` paged, `GET /services/{id}`). No HTTP here:
 * `src/http/open-referral-routes.ts` reads the request and sends what these handlers answer.
 */

export interface OpenReferralFeedDependencies {
  /** The shared search service (the same index the bot searches). */
  readonly finder: ActivityFinder;
  /** Where single services are read from, whatever their status. */
  readonly activities: Pick<ActivityStore, 'get'>;
  /** The clock the finder searches with: "now" for the schedule filters. */
  readonly clock: Clock;
}

/**
 * The HSDS 3.0 API page envelope (`components.schemas.Page` of the HSDS OpenAPI file) with its
 * `contents`. As the specification defines them: `size` is the number of entities in this page
 * (`contents.length`, not the `per_page` asked for), `empty` says this page has no entities.
 */
export interface HsdsPage<T> {
  /** Every entity the query matches, over all pages. */
  readonly total_items: number;
  /** `ceil(total_items / per_page)`; 0 when nothing matches. */
  readonly total_pages: number;
  /** The page asked for, from 1 (also when it is past the last page). */
  readonly page_number: number;
  /** How many entities this page holds. */
  readonly size: number;
  readonly first_page: boolean;
  /** True on the last page, and on any page past it. */
  readonly last_page: boolean;
  /** True when this page holds no entities (nothing matches, or the page is past the last). */
  readonly empty: boolean;
  readonly contents: readonly T[];
}

/** `per_page` when the query does not say. */
export const defaultPerPage = 25;
/** The largest `per_page` allowed. */
export const maxPerPage = 100;
/** `proximity` (metres from the postcode's centroid) when a postcode is given without one. */
export const defaultProximityMetres = 5_000;
/** The largest `proximity` allowed, in metres. */
export const maxProximityMetres = 100_000;
/** Longer `search` text is refused. */
const maxSearchLength = 200;
/** Asked of the finder so that every match comes back, in its order (the store holds far fewer listings). */
const everyMatch = 100_000;

/** A category id, or its taxonomy term id, lower case → the category. */
const categoryByTaxonomyText: ReadonlyMap<string, ActivityCategoryId> = new Map(
  activityCategoryIds.flatMap((category): Array<[string, ActivityCategoryId]> => [
    [category, category],
    [categoryTermId(category).toLowerCase(), category],
  ]),
);

const taxonomyMessage = `a Living Well category (${activityCategoryIds.join(', ')}) or the id of its taxonomy term`;

const weekdayByText: ReadonlyMap<string, Weekday> = new Map(
  (
    [
      ['monday', 'mo', 1],
      ['tuesday', 'tu', 2],
      ['wednesday', 'we', 3],
      ['thursday', 'th', 4],
      ['friday', 'fr', 5],
      ['saturday', 'sa', 6],
      ['sunday', 'su', 7],
    ] as const
  ).flatMap(([name, code, weekday]): Array<[string, Weekday]> => [
    [name, weekday],
    [code, weekday],
  ]),
);

/** A whole number written in digits, within [min, max]. */
function wholeNumber(min: number, max: number): z.ZodType<number, string> {
  const message = max >= Number.MAX_SAFE_INTEGER ? `a whole number, ${min} or more` : `a whole number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

const taxonomySchema = z.string().transform((text, context) => {
  const category = categoryByTaxonomyText.get(text.trim().toLowerCase());
  if (category === undefined) {
    context.addIssue({ code: 'custom', message: taxonomyMessage });
    return z.NEVER;
  }
  return category;
});

const unsupported = z.undefined({ error: 'not supported by this feed' });

/** The query string of `GET /services`. Unknown parameters are ignored; HSDS ones this feed cannot honour are refused. */
const listQuerySchema = z.object({
  search: z.string().trim().max(maxSearchLength, `at most ${maxSearchLength} characters`).optional(),
  taxonomy_id: taxonomySchema.optional(),
  /** HSDS names a single term `taxonomy_term_id`; it takes the same values here. */
  taxonomy_term_id: taxonomySchema.optional(),
  postcode: z.string().trim().min(1, 'not a UK postcode, e.g. M6 5AB or M6').optional(),
  proximity: wholeNumber(1, maxProximityMetres).optional(),
  day: z
    .string()
    .transform((text, context) => {
      const weekday = weekdayByText.get(text.trim().toLowerCase());
      if (weekday === undefined) {
        context.addIssue({ code: 'custom', message: 'a day of the week: monday to sunday, or MO to SU' });
        return z.NEVER;
      }
      return weekday;
    })
    .optional(),
  start_time: localTimeSchema.optional(),
  end_time: localTimeSchema.optional(),
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  per_page: wholeNumber(1, maxPerPage).optional(),
  format: z.enum(['json'], { error: 'only json (this feed has no ndjson stream)' }).optional(),
  organization_id: unsupported.optional(),
  modified_after: unsupported.optional(),
  minimal: unsupported.optional(),
});

/**
 * The parameters that the whole-query rules read (a postcode to place, proximity only with a
 * postcode, times in order), each left out when it is wrong by itself: it is then reported by
 * `listQuerySchema`, and the rules still run on the rest, so one answer names every problem.
 */
const wholeQuerySchema = z
  .object({
    postcode: z.string().optional().catch(undefined),
    proximity: z.string().optional().catch(undefined),
    start_time: localTimeSchema.optional().catch(undefined),
    end_time: localTimeSchema.optional().catch(undefined),
  })
  .catch({});

const serviceIdSchema = z.uuid({ error: 'a service id (a UUID)' });

/** When a listing's schedules must fall: a weekday and/or times of day (Europe/London). */
interface ScheduleFilter {
  readonly weekday: Weekday | undefined;
  /** A schedule must open at or after this (`HH:MM`). */
  readonly startTime: string | undefined;
  /** A schedule must close at or before this (`HH:MM`). */
  readonly endTime: string | undefined;
}

/** A list query, checked and with its postcode placed. */
interface ListRequest {
  readonly query: ActivityQuery;
  /** Categories every listing must have (from `taxonomy_id` and `taxonomy_term_id`). */
  readonly categories: readonly ActivityCategoryId[];
  readonly schedules: ScheduleFilter;
  readonly page: number;
  readonly perPage: number;
}

/**
 * The feed's handlers. Inputs arrive as the HTTP layer received them and are checked here with
 * zod; answers are plain values; errors are AppErrors (BAD_REQUEST with `fields` naming each bad
 * query or path parameter, NOT_FOUND).
 */
export class OpenReferralFeed {
  constructor(private readonly deps: OpenReferralFeedDependencies) {}

  /**
   * `GET /services`: the active listings that have a session in the search horizon (the next 60
   * days; what the finder indexes), across all sites, filtered and paged, in the finder's order
   * (soonest session first; best text match first when `search` is given), each as a compiled
   * HSDS service.
   *
   * Parameters (all optional, as text): `search`; `taxonomy_id` / `taxonomy_term_id` (a category
   * id or its taxonomy term id); `postcode` (full or outward code) with `proximity` (metres,
   * 1..100000, default 5000; only with a postcode): a physical location within that distance of
   * the postcode district's centroid; `day` (monday..sunday or MO..SU): a schedule with a session
   * on that weekday within the horizon; `start_time` / `end_time` (`HH:MM`): a schedule that opens
   * at or after / closes at or before them, the same schedule as `day` when both are given;
   * `page` (from 1, default 1); `per_page` (1..100, default 25).
   * @throws AppError BAD_REQUEST with `fields` for each parameter that is wrong.
   */
  async listServices(rawQuery: unknown): Promise<HsdsPage<HsdsService>> {
    const request = this.listRequest(rawQuery);
    const found = await this.deps.finder.search(request.query);
    const now = this.deps.clock.now();
    const matching = found.results
      .map((result) => result.activity)
      .filter((activity) => request.categories.every((category) => activity.categories.includes(category)))
      .filter((activity) => matchesSchedules(activity, request.schedules, now));
    return pageOf(matching, request.page, request.perPage, activityToHsds);
  }

  /**
   * `GET /services/{id}`: the listing as a compiled HSDS service, whatever its status (the
   * `status` field says whether it is running).
   * @throws AppError BAD_REQUEST when the id is not a UUID; NOT_FOUND when there is no such listing.
   */
  async getService(rawId: unknown): Promise<HsdsService> {
    const id = serviceIdSchema.safeParse(rawId);
    if (!id.success) throw badRequest('The service id is not valid.', [{ field: 'id', message: 'a service id (a UUID)' }]);
    const activity = await this.deps.activities.get(id.data.toLowerCase());
    if (activity === undefined) throw new AppError('NOT_FOUND', 'There is no such service.');
    return activityToHsds(activity);
  }

  /**
   * The query checked parameter by parameter and as a whole (the postcode placed, proximity only
   * with a postcode, times in order); every problem found is reported together.
   */
  private listRequest(rawQuery: unknown): ListRequest {
    const parsed = listQuerySchema.safeParse(rawQuery ?? {});
    const problems: FieldProblem[] = parsed.success ? [] : fieldProblemsOf(parsed.error, 'query');
    const whole = wholeQuerySchema.parse(rawQuery ?? {});
    let place: Extract<PlaceInput, { ok: true }> | undefined;
    if (whole.postcode === undefined) {
      if (whole.proximity !== undefined) problems.push({ field: 'proximity', message: 'only with a postcode' });
    } else if (whole.postcode.trim() !== '') {
      // An empty postcode is refused by listQuerySchema.
      const located = this.deps.finder.locate(whole.postcode.trim());
      if (located.ok) place = located;
      else problems.push({ field: 'postcode', message: postcodeProblem(located.reason) });
    }
    if (whole.start_time !== undefined && whole.end_time !== undefined && whole.end_time <= whole.start_time) {
      problems.push({ field: 'end_time', message: 'must be later than start_time' });
    }
    if (!parsed.success || problems.length > 0) throw badRequest('The query has problems; see fields.', problems);
    const input = parsed.data;

    const categories = [...new Set([input.taxonomy_id, input.taxonomy_term_id].filter((category) => category !== undefined))];
    const text = input.search === undefined || input.search === '' ? undefined : input.search;
    const query: ActivityQuery = {
      ...(text === undefined ? {} : { text }),
      // The finder takes any of its categories; the rest are checked on its results.
      ...(categories[0] === undefined ? {} : { categories: [categories[0]] }),
      ...(place === undefined ? {} : { near: { lat: place.lat, lon: place.lon, maxKm: (input.proximity ?? defaultProximityMetres) / 1000 } }),
      offset: 0,
      limit: everyMatch,
    };
    return {
      query,
      categories,
      schedules: { weekday: input.day, startTime: input.start_time, endTime: input.end_time },
      page: input.page ?? 1,
      perPage: input.per_page ?? defaultPerPage,
    };
  }
}

/**
 * One page of `items` (pages of `perPage`, numbered from 1) in the HSDS page envelope, each item
 * mapped with `map`. A page past the last is empty (and `last_page`).
 */
export function pageOf<T, U>(items: readonly T[], page: number, perPage: number, map: (item: T) => U): HsdsPage<U> {
  const totalPages = Math.ceil(items.length / perPage);
  const start = (page - 1) * perPage;
  const contents = items.slice(start, start + perPage).map(map);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * Whether one of the listing's schedules has a session in the horizon (from `now`, as the finder
 * indexes) that satisfies the filter: on its weekday (Europe/London) if one is given, and with
 * the schedule's opening times inside [startTime, endTime]. True when the filter asks nothing.
 */
function matchesSchedules(activity: Activity, filter: ScheduleFilter, now: number): boolean {
  if (filter.weekday === undefined && filter.startTime === undefined && filter.endTime === undefined) return true;
  return activity.schedules.some((schedule) => scheduleMatches(schedule, filter, now));
}

function scheduleMatches(schedule: Schedule, filter: ScheduleFilter, now: number): boolean {
  if (filter.startTime !== undefined && schedule.opens_at < filter.startTime) return false;
  if (filter.endTime !== undefined && schedule.closes_at > filter.endTime) return false;
  const sessions = occurrencesBetween(schedule, now, now + anyTimeDays * dayMs);
  if (filter.weekday === undefined) return sessions.length > 0;
  return sessions.some((session) => DateTime.fromMillis(session.start, { zone: londonZone }).weekday === filter.weekday);
}

function postcodeProblem(reason: Extract<PlaceInput, { ok: false }>['reason']): string {
  return reason === 'unknown-area'
    ? `a UK postcode, but outside the areas this feed covers (${sites.map((site) => site.name).join(', ')})`
    : 'not a UK postcode, e.g. M6 5AB or M6';
}

function badRequest(message: string, fields: readonly FieldProblem[]): AppError {
  return new AppError('BAD_REQUEST', message, { fields });
}
