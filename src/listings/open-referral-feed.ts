import { DateTime } from 'luxon';
import { z } from 'zod';
import { activityToHsds, activityToHsdsListEntry } from './hsds/hsds-export';
import type { HsdsService } from './hsds/hsds-schema';
import { defaultPerPage, feedBadRequest, pageOf, pagingQueryFields, wholeNumber, type HsdsPage } from './open-referral-paging';
import { openReferralApiInfo, type OpenReferralApiInfo } from './open-referral-api-info';
import { getTaxonomy, getTaxonomyTerm, listTaxonomies, listTaxonomyTerms } from './open-referral-taxonomies';
import { carriesTerm, taxonomyIdSchema, termIdSchema, type TermMatch } from './open-referral-term-match';
import type { ActivityFinder } from '../domain/activities/activity-finder';
import type { Activity, Schedule } from '../domain/activities/activity';
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
 * HSDS 3.0 API with the Open Referral UK profile (`GET /`, `GET /services` paged,
 * `GET /services/{id}`, the taxonomies and their terms). No HTTP here:
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

/** `proximity` (metres from the postcode's centroid) when a postcode is given without one. */
export const defaultProximityMetres = 5_000;
/** The largest `proximity` allowed, in metres. */
export const maxProximityMetres = 100_000;
/** Longer `search` text is refused. */
const maxSearchLength = 200;
/** Asked of the finder so that every match comes back, in its order (the store holds far fewer listings). */
const everyMatch = 100_000;

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

const unsupported = z.undefined({ error: 'not supported by this feed' });

/** The query string of `GET /services`. Unknown parameters are ignored; HSDS ones this feed cannot honour are refused. */
const listQuerySchema = z.object({
  search: z.string().trim().max(maxSearchLength, `at most ${maxSearchLength} characters`).optional(),
  taxonomy_id: taxonomyIdSchema.optional(),
  taxonomy_term_id: termIdSchema.optional(),
  organization_id: z.string().trim().min(1, 'an organization id').optional(),
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
  full: z.enum(['true', 'false'], { error: 'true or false' }).optional(),
  ...pagingQueryFields,
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
  /** Terms every listing must carry (from `taxonomy_id` and `taxonomy_term_id`). */
  readonly terms: readonly TermMatch[];
  /** The organisation's id, lower case, when `organization_id` is given. */
  readonly organizationId: string | undefined;
  /** Whole compiled services (the default), or `service_list` entries (`full=false`). */
  readonly full: boolean;
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

  /** `GET /`: the HSDS version, profile and OpenAPI file of this feed. */
  about(): OpenReferralApiInfo {
    return openReferralApiInfo;
  }

  /** `GET /taxonomies`, `/taxonomies/{id}`, `/taxonomy_terms`, `/taxonomy_terms/{id}`: see open-referral-taxonomies.ts. */
  readonly listTaxonomies = listTaxonomies;
  readonly getTaxonomy = getTaxonomy;
  readonly listTaxonomyTerms = listTaxonomyTerms;
  readonly getTaxonomyTerm = getTaxonomyTerm;

  /**
   * `GET /services`: the active listings that have a session in the search horizon (the next 60
   * days; what the finder indexes), across all sites, filtered and paged, in the finder's order
   * (soonest session first; best text match first when `search` is given), each as a compiled
   * HSDS service.
   *
   * Parameters (all optional, as text): `search`; `taxonomy_term_id` (a category id, or a term
   * id: a category's or a site's) and `taxonomy_id` (the same, or a taxonomy's id or name);
   * `organization_id`; `full` (`false`: `service_list` entries, without nested lists); `postcode` (full or outward code) with `proximity` (metres,
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
      .filter((activity) => request.terms.every((term) => carriesTerm(activity, term)))
      .filter((activity) => request.organizationId === undefined || activity.organization.id.toLowerCase() === request.organizationId)
      .filter((activity) => matchesSchedules(activity, request.schedules, now));
    return pageOf(matching, request.page, request.perPage, request.full ? activityToHsds : activityToHsdsListEntry);
  }

  /**
   * `GET /services/{id}`: the listing as a compiled HSDS service, whatever its status (the
   * `status` field says whether it is running).
   * @throws AppError BAD_REQUEST when the id is not a UUID; NOT_FOUND when there is no such listing.
   */
  async getService(rawId: unknown): Promise<HsdsService> {
    const id = serviceIdSchema.safeParse(rawId);
    if (!id.success) throw feedBadRequest('The service id is not valid.', [{ field: 'id', message: 'a service id (a UUID)' }]);
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
    if (!parsed.success || problems.length > 0) throw feedBadRequest('The query has problems; see fields.', problems);
    const input = parsed.data;

    const terms = [input.taxonomy_id, input.taxonomy_term_id].filter((term) => term !== undefined);
    const category = terms.find((term) => term.kind === 'category')?.category;
    const text = input.search === undefined || input.search === '' ? undefined : input.search;
    const query: ActivityQuery = {
      ...(text === undefined ? {} : { text }),
      // The finder takes any of its categories; the rest are checked on its results.
      ...(category === undefined ? {} : { categories: [category] }),
      ...(place === undefined ? {} : { near: { lat: place.lat, lon: place.lon, maxKm: (input.proximity ?? defaultProximityMetres) / 1000 } }),
      offset: 0,
      limit: everyMatch,
    };
    return {
      query,
      terms,
      organizationId: input.organization_id?.toLowerCase(),
      full: input.full !== 'false',
      schedules: { weekday: input.day, startTime: input.start_time, endTime: input.end_time },
      page: input.page ?? 1,
      perPage: input.per_page ?? defaultPerPage,
    };
  }
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
