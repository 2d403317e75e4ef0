import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { activitySchema, type Activity } from '../domain/activities/activity';
import { listingChanges } from '../domain/activities/listing-changes';
import { listingOverview, type ListingOverview } from '../domain/activities/listing-overview';
import { isReviewDue } from '../domain/activities/listing-review';
import { schedulePreview, type SchedulePreview } from '../domain/activities/schedule-preview';
import type { AdminAuditEntry } from '../domain/admin/admin-audit-entry';
import { AppError, type FieldProblem } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { fieldProblemsOf } from '../domain/field-problems';
import type { SiteId } from '../domain/sites';
import type { ActivityStore, AdminAuditLog } from '../store/ports';
import { activitiesToCsv } from './activity-csv';
import type { ImportPlan } from './activity-import';
import type { AdminActor, AdminAuditRecorder } from './admin-audit';
import type { ListingImporter } from './listing-importer';
import type { ExportQuery, JsonObject, ListingAuditQuery, SchedulePreviewBody } from './admin-requests';
import { activityToHsds } from '../listings/hsds/hsds-export';
import type { HsdsService } from '../listings/hsds/hsds-schema';
import { subObjectId } from '../listings/hsds/hsds-import';
import { isUuid } from '../listings/listing-draft';

export interface AdminApiDependencies {
  readonly activities: ActivityStore;
  readonly clock: Clock;
  /** Records every listing change (who, when, what) after it is saved. */
  readonly audit: AdminAuditRecorder;
  /** The audit trail the recorder writes, read back per listing. */
  readonly auditTrail: AdminAuditLog;
  /** Admin actions are logged by event, site and listing id (listings hold no personal data; tokens never appear). */
  readonly logger: Logger;
  /** Plans and applies imports (the preview and the real thing are one plan). */
  readonly importer: ListingImporter;
}

/** An upload to the import route, as the HTTP layer read it: CSV text, or parsed JSON (checked row by row here). */
export type AdminUpload = { readonly contentType: 'text/csv'; readonly body: string } | { readonly contentType: 'application/json'; readonly body: unknown };

/** A listing as the admin list shows it: the listing and whether it is due for review. */
export type ListedActivity = Activity & { readonly review_due: boolean };

/** A file the export route sends. */
export type AdminExport =
  | { readonly format: 'csv'; readonly fileName: string; readonly text: string }
  | { readonly format: 'json'; readonly fileName: string; readonly body: readonly HsdsService[] };

/** How an import is asked for: a preview (`dryRun`), or applied as `actor`. */
export interface ImportOptions {
  readonly dryRun: boolean;
  readonly actor: AdminActor;
}

/**
 * What the import route answers: the plan's lists (see `ImportPlan`), and, as before the preview
 * existed, how many listings were created and updated and the rows refused.
 */
export type ImportResult = Omit<ImportPlan, 'toSave'> & {
  readonly dryRun: boolean;
  readonly created: number;
  readonly updated: number;
  readonly rejected: ImportPlan['reject'];
};

/**
 * The admin API's handlers: site tokens, and each site's activity listings (list with review flags,
 * overview, create, read, replace, delete, retire, restore, import, export, schedule preview, a
 * listing's audit trail). The caller's token has been checked before a handler runs (the routes'
 * access check, `createAdminAccess`), and the request parts arrive parsed with the schemas in
 * `admin-requests.ts`; a listing's fields are checked here, against the site and id in the path.
 * Every change is recorded in the audit trail with the actor the route passes. Answers are plain
 * values; errors are AppErrors (NOT_FOUND, CONFLICT, BAD_REQUEST with `fields`).
 */
export class AdminApi {
  constructor(private readonly deps: AdminApiDependencies) {}

  /** Every listing of the site, each with `review_due` (last checked more than 6 months ago: `isReviewDue`). */
  async listActivities(siteId: SiteId): Promise<{ siteId: SiteId; total: number; activities: ListedActivity[] }> {
    const now = this.deps.clock.now();
    const activities = (await this.deps.activities.list(siteId)).map((activity) => ({ ...activity, review_due: isReviewDue(activity.assured_date, now) }));
    return { siteId, total: activities.length, activities };
  }

  /** Every listing of the site as a row of the staff app's table: review flags and next session in words, by name. */
  async overview(siteId: SiteId): Promise<{ listings: ListingOverview[] }> {
    const now = this.deps.clock.now();
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    const activities = (await this.deps.activities.list(siteId)).sort((a, b) => collator.compare(a.name, b.name));
    return { listings: activities.map((activity) => listingOverview(activity, now)) };
  }

  /** The schedules in words and their next five sessions, for the schedule editor (nothing is saved). */
  previewSchedules({ schedules }: SchedulePreviewBody): SchedulePreview {
    return schedulePreview(schedules, this.deps.clock.now());
  }

  /**
   * Adds a listing. `id` may be left out (a new UUID is given), as may the ids of the organisation,
   * locations, schedules and cost options, and `sample` (false); `site_id` comes from the path.
   * @throws AppError CONFLICT when a listing with the given id exists already (PUT replaces).
   */
  async createActivity(siteId: SiteId, body: JsonObject, actor: AdminActor): Promise<Activity> {
    const listing = listingFromBody(body, siteId, undefined);
    if ((await this.deps.activities.get(listing.id)) !== undefined) {
      throw new AppError('CONFLICT', 'A listing with this id exists already; use PUT to replace it.');
    }
    await this.deps.activities.putMany([listing]);
    this.deps.logger.info({ event: 'admin.activity_created', siteId, activityId: listing.id }, 'listing created');
    await this.recordListing(siteId, actor, 'created', listing, `Added "${listing.name}"`);
    return listing;
  }

  /** One listing of the site. */
  async getActivity(siteId: SiteId, id: string): Promise<Activity> {
    return this.existing(siteId, id);
  }

  /** Replaces a listing of the site with the body (same rules as create; an `id` in the body must match the path). */
  async replaceActivity(siteId: SiteId, id: string, body: JsonObject, actor: AdminActor): Promise<Activity> {
    const current = await this.existing(siteId, id);
    const listing = listingFromBody(body, siteId, current.id);
    await this.deps.activities.putMany([listing]);
    this.deps.logger.info({ event: 'admin.activity_replaced', siteId, activityId: listing.id }, 'listing replaced');
    const changes = listingChanges(current, listing);
    const summary = changes.length === 0 ? `Saved "${listing.name}" unchanged` : `Changed ${plural(changes.length, 'field')} of "${listing.name}"`;
    await this.recordListing(siteId, actor, 'updated', listing, summary, changes);
    return listing;
  }

  /** Removes a listing of the site. */
  async deleteActivity(siteId: SiteId, id: string, actor: AdminActor): Promise<void> {
    const current = await this.existing(siteId, id);
    if (!(await this.deps.activities.delete(current.id))) throw notFound();
    this.deps.logger.info({ event: 'admin.activity_deleted', siteId, activityId: current.id }, 'listing deleted');
    await this.recordListing(siteId, actor, 'deleted', current, `Deleted "${current.name}"`);
  }

  /**
   * Retires a listing: status `inactive`, so people no longer find it and reminders already planned
   * say it is no longer running (`isShownToPeople`). Nothing else changes, so restoring undoes it.
   * Retiring a retired listing changes nothing and records nothing.
   */
  async retireActivity(siteId: SiteId, id: string, actor: AdminActor): Promise<Activity> {
    return this.setStatus(siteId, id, actor, 'inactive');
  }

  /**
   * Restores a listing: status `active` again, shown to people. `assured_date` is left as it was:
   * restoring is not checking, so a listing retired long ago comes back flagged for review.
   */
  async restoreActivity(siteId: SiteId, id: string, actor: AdminActor): Promise<Activity> {
    return this.setStatus(siteId, id, actor, 'active');
  }

  /** A listing's audit trail, newest first (also after the listing is deleted: the trail outlives it). */
  async listingAudit(siteId: SiteId, id: string, { limit }: ListingAuditQuery): Promise<{ entries: AdminAuditEntry[] }> {
    if (!isUuid(id)) throw notFound();
    return { entries: await this.deps.auditTrail.list(siteId, { subjectType: 'listing', subjectId: id, limit }) };
  }

  /**
   * Imports CSV rows or HSDS services, or previews the import (`dryRun`: nothing saved): new
   * listings are created and changed ones replaced together, unchanged ones left alone, bad rows
   * reported with their field problems, listings whose terms map to no kind of ours flagged. The
   * plan (`planImport`, through the importer) is the same either way.
   */
  async importActivities(siteId: SiteId, { contentType, body }: AdminUpload, options: ImportOptions): Promise<ImportResult> {
    const { toSave, ...plan } = await this.deps.importer.plan(siteId, { contentType, body });
    if (!options.dryRun) await this.deps.importer.apply(siteId, { toSave, ...plan }, { actor: options.actor, what: contentType === 'text/csv' ? 'CSV import' : 'HSDS JSON import' });
    return { dryRun: options.dryRun, ...plan, created: plan.create.length, updated: plan.update.length, rejected: plan.reject };
  }

  /** The site's listings as CSV (the import's columns) or as a JSON array of HSDS services (`?format=csv|json`, default json). */
  async exportActivities(siteId: SiteId, { format }: ExportQuery): Promise<AdminExport> {
    const activities = await this.deps.activities.list(siteId);
    if (format === 'csv') return { format: 'csv', fileName: `${siteId}-activities.csv`, text: activitiesToCsv(activities) };
    return { format: 'json', fileName: `${siteId}-activities.json`, body: activities.map(activityToHsds) };
  }

  /** Retire or restore: the status changes, nothing else; recorded only when it changed. */
  private async setStatus(siteId: SiteId, id: string, actor: AdminActor, status: 'active' | 'inactive'): Promise<Activity> {
    const current = await this.existing(siteId, id);
    if (current.status === status) return current;
    const listing = { ...current, status };
    await this.deps.activities.putMany([listing]);
    const verb = status === 'active' ? 'restored' : 'retired';
    this.deps.logger.info({ event: `admin.activity_${verb}`, siteId, activityId: listing.id }, `listing ${verb}`);
    const summary = `${status === 'active' ? 'Restored' : 'Retired'} "${listing.name}"`;
    await this.recordListing(siteId, actor, verb, listing, summary, listingChanges(current, listing));
    return listing;
  }

  /** One listing change in the audit trail (after it is saved); `changes` only when there are some. */
  private async recordListing(siteId: SiteId, actor: AdminActor, verb: string, listing: Activity, summary: string, changes?: AdminAuditEntry['changes']): Promise<void> {
    await this.deps.audit.record({
      siteId,
      actor,
      action: `listing.${verb}`,
      subject: { type: 'listing', id: listing.id },
      summary,
      ...(changes === undefined || changes.length === 0 ? {} : { changes }),
    });
  }

  /** The listing with this id in this site; 404 when there is none (also when it belongs to another site, or the id is no UUID). */
  private async existing(siteId: SiteId, id: string): Promise<Activity> {
    if (!isUuid(id)) throw notFound();
    const activity = await this.deps.activities.get(id);
    if (activity === undefined || activity.site_id !== siteId) throw notFound();
    return activity;
  }
}

/**
 * A listing from a request body, for the site in the path.
 * @param id the listing's id when replacing (the body's `id`, if any, must match); undefined when creating.
 * @throws AppError BAD_REQUEST naming every field that is wrong.
 */
export function listingFromBody(body: JsonObject, siteId: SiteId, id: string | undefined): Activity {
  const problems: FieldProblem[] = [];
  if (body['site_id'] !== undefined && body['site_id'] !== siteId) {
    problems.push({ field: 'site_id', message: `must be ${siteId} (the site in the path), or left out` });
  }
  if (id !== undefined && body['id'] !== undefined && body['id'] !== id) {
    problems.push({ field: 'id', message: 'must be the id in the path, or left out' });
  }
  const listingId: unknown = id ?? body['id'] ?? randomUUID();
  const candidate = { sample: false, ...withSubRecordIds(body, typeof listingId === 'string' ? listingId : ''), id: listingId, site_id: siteId };
  const parsed = activitySchema.safeParse(candidate);
  if (!parsed.success) problems.push(...fieldProblemsOf(parsed.error, 'body'));
  if (problems.length > 0 || !parsed.success) throw invalidBody('The listing has problems; see fields.', problems);
  return parsed.data;
}

/**
 * Gives the organisation, locations, schedules and cost options that the body sends without an id
 * the name-based one the imports give them (from the listing id and the position), so sending the
 * same listing again keeps them.
 */
function withSubRecordIds(body: JsonObject, listingId: string): Record<string, unknown> {
  const withId = (kind: string) => (value: unknown, index: number): unknown =>
    isRecord(value) && value['id'] === undefined ? { ...value, id: subObjectId(listingId, kind, index, undefined) } : value;
  const eachWithId = (kind: string, value: unknown): unknown => (Array.isArray(value) ? value.map(withId(kind)) : value);
  return {
    ...body,
    ...(body['organization'] === undefined ? {} : { organization: withId('organization')(body['organization'], 0) }),
    ...(body['locations'] === undefined ? {} : { locations: eachWithId('location', body['locations']) }),
    ...(body['schedules'] === undefined ? {} : { schedules: eachWithId('schedule', body['schedules']) }),
    ...(body['cost_options'] === undefined ? {} : { cost_options: eachWithId('cost_option', body['cost_options']) }),
  };
}

/** "1 field", "3 fields". */
function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function invalidBody(message: string, fields: readonly FieldProblem[]): AppError {
  return new AppError('BAD_REQUEST', message, { fields });
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'There is no such listing in this site.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
