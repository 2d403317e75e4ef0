import type { Logger } from 'pino';
import { z } from 'zod';
import {
  directoryBaseUrlSchema,
  directorySchedules,
  noDirectory,
  reportRowsKept,
  scheduleEveryMs,
  withReport,
  type DirectoryRecord,
  type PullReport,
} from '../domain/activities/directory-pull';
import { actorLabel, type AdminActor } from '../domain/admin/admin-actor';
import { AppError, isAppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import { siteIds, type SiteId } from '../domain/sites';
import { jobType, type Jobs } from '../jobs/jobs';
import { livingWellNamespace, stableUuid } from '../listings/hsds/stable-uuid';
import type { KeyedReference } from '../store/keyed-reference';
import type { DirectoryStore } from '../store/ports';
import type { ImportPlan } from './activity-import';
import type { AdminAuditRecorder } from './admin-audit';
import { readDirectoryServices, type DirectoryFetchLimits } from './directory-client';
import type { ListingImporter } from './listing-importer';

/** The scheduled pull of one site's directory (a repeat per site, id `directory-pull.<siteId>`). */
export const directoryPullJob = jobType('directory.pull', z.object({ siteId: z.enum(siteIds) }));

/** `PUT .../directory`: where the directory is (null: none) and how often to pull it. */
export const directorySettingsBodySchema = z.strictObject({
  baseUrl: directoryBaseUrlSchema.nullable(),
  schedule: z.enum(directorySchedules),
});
export type DirectorySettingsBody = z.infer<typeof directorySettingsBodySchema>;

/** What `GET .../directory` answers: the link, the newest report as `lastRun`, and the last few. */
export interface DirectoryView {
  readonly baseUrl: string | null;
  readonly schedule: DirectoryRecord['schedule'];
  readonly lastRun?: PullReport;
  readonly reports: readonly PullReport[];
}

export interface DirectoryPullsDependencies {
  readonly directories: DirectoryStore;
  readonly importer: ListingImporter;
  readonly audit: AdminAuditRecorder;
  readonly jobs: Jobs;
  readonly references: KeyedReference;
  readonly limits: DirectoryFetchLimits;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Pulling a site's listings from an Open Referral directory: the link's settings, a preview (the
 * plan, nothing saved), a pull (the plan applied: new and changed listings saved, unchanged ones
 * left, audited), and the scheduled pulls through the jobs layer. A read that fails anywhere
 * changes nothing; every pull, failed or not, is kept in the site's last reports.
 */
export class DirectoryPulls {
  constructor(private readonly deps: DirectoryPullsDependencies) {}

  /** The site's directory link and its last reports. */
  async settings(siteId: SiteId): Promise<DirectoryView> {
    return viewOf((await this.deps.directories.get(siteId)) ?? noDirectory);
  }

  /** Sets where the directory is and how often it is pulled (the repeat job follows); audited as `directory.updated`. */
  async configure(siteId: SiteId, body: DirectorySettingsBody, actor: AdminActor): Promise<DirectoryView> {
    const before = (await this.deps.directories.get(siteId)) ?? noDirectory;
    const saved = await this.deps.directories.update(siteId, (current) => ({ ...(current ?? noDirectory), baseUrl: body.baseUrl, schedule: body.schedule, setBy: actor }));
    await this.schedule(siteId, saved);
    const changes = [
      ...(before.baseUrl === saved.baseUrl ? [] : [{ field: 'baseUrl', ...(before.baseUrl === null ? {} : { from: before.baseUrl.slice(0, 300) }), ...(saved.baseUrl === null ? {} : { to: saved.baseUrl.slice(0, 300) }) }]),
      ...(before.schedule === saved.schedule ? [] : [{ field: 'schedule', from: before.schedule, to: saved.schedule }]),
    ];
    await this.deps.audit.record({
      siteId,
      actor,
      action: 'directory.updated',
      subject: { type: 'directory' },
      summary: saved.baseUrl === null ? 'Removed the Open Referral directory link' : `Set the Open Referral directory to ${hostOf(saved.baseUrl)}, pulled ${saved.schedule === 'off' ? 'only on request' : saved.schedule}`,
      ...(changes.length === 0 ? {} : { changes }),
    });
    return viewOf(saved);
  }

  /** What a pull would do now; nothing saved (the report is not kept either). */
  async preview(siteId: SiteId): Promise<PullReport> {
    const { baseUrl } = await this.linked(siteId);
    return (await this.run(siteId, baseUrl, undefined)).report;
  }

  /** Pulls now as `actor`: the report is kept, and an applied pull is audited. */
  async pull(siteId: SiteId, actor: AdminActor): Promise<PullReport> {
    const { baseUrl } = await this.linked(siteId);
    return this.pullAndKeep(siteId, baseUrl, { actor, what: `Pull from ${hostOf(baseUrl)}` });
  }

  /** Registers the scheduled pull's handler (before the jobs start). */
  handleJobs(): void {
    this.deps.jobs.handle(directoryPullJob, async ({ data }) => {
      const record = await this.deps.directories.get(data.siteId);
      // Unlinked or switched off since the job was scheduled: nothing to do.
      if (record === undefined || record.baseUrl === null || record.schedule === 'off' || record.setBy === undefined) return;
      // A failed read is in the report; retrying at once would not help a directory that is down.
      await this.pullAndKeep(data.siteId, record.baseUrl, { actor: record.setBy, what: `Scheduled pull from ${hostOf(record.baseUrl)} (set up by ${actorLabel(record.setBy)})` });
    });
  }

  /** Schedules the repeat of every site with a schedule (at start: in-process jobs do not outlive the process). */
  async scheduleAll(): Promise<void> {
    for (const siteId of siteIds) {
      const record = await this.deps.directories.get(siteId);
      if (record !== undefined && record.schedule !== 'off' && record.baseUrl !== null) await this.schedule(siteId, record);
    }
  }

  private async schedule(siteId: SiteId, record: DirectoryRecord): Promise<void> {
    const id = `directory-pull.${siteId}`;
    if (record.baseUrl === null || record.schedule === 'off') {
      await this.deps.jobs.cancel(directoryPullJob, id);
      return;
    }
    await this.deps.jobs.schedule(directoryPullJob, {
      id,
      person: this.deps.references('person', `system:directory-pull:${siteId}`),
      data: { siteId },
      timing: { everyMs: scheduleEveryMs(record.schedule) },
    });
  }

  private async linked(siteId: SiteId): Promise<{ baseUrl: string }> {
    const baseUrl = (await this.deps.directories.get(siteId))?.baseUrl ?? null;
    if (baseUrl === null) throw new AppError('CONFLICT', 'This site has no Open Referral directory set up: PUT its baseUrl first.');
    return { baseUrl };
  }

  private async pullAndKeep(siteId: SiteId, baseUrl: string, by: { actor: AdminActor; what: string }): Promise<PullReport> {
    const { report, plan } = await this.run(siteId, baseUrl, by);
    if (plan !== undefined) await this.deps.importer.apply(siteId, plan, by);
    await this.deps.directories.update(siteId, (current) => withReport(current ?? noDirectory, report));
    this.deps.logger.info({ event: 'admin.directory_pulled', siteId, applied: report.applied, fetched: report.fetched, failed: report.error !== undefined }, 'directory pulled');
    return report;
  }

  /** Reads the directory and plans the import; `by` undefined: a preview. The plan only when it is to be applied. */
  private async run(siteId: SiteId, baseUrl: string, by: { actor: AdminActor } | undefined): Promise<{ report: PullReport; plan?: ImportPlan }> {
    const at = isoNow(this.deps.clock);
    const dryRun = by === undefined;
    try {
      const read = await readDirectoryServices(baseUrl, this.deps.limits);
      const plan = await this.deps.importer.plan(siteId, { contentType: 'application/json', body: read.services, idNamespace: stableUuid(livingWellNamespace, `directory:${baseUrl}`) });
      const report = reportOf(plan, { at, dryRun, applied: !dryRun, fetched: read.services.length, pages: read.pages });
      return dryRun ? { report } : { report, plan };
    } catch (error) {
      if (!isAppError(error, 'UPSTREAM_UNAVAILABLE')) throw error;
      const empty = { create: [], update: [], unchanged: [], reject: [], needsKind: [] };
      return { report: { ...reportOf(empty, { at, dryRun, applied: false, fetched: 0, pages: 0 }), error: `Nothing was changed: ${error.message}`.slice(0, 500) } };
    }
  }
}

/** A report from a plan: its lists (the first rows of each), the counts, and the read's numbers. */
function reportOf(
  plan: Pick<ImportPlan, 'create' | 'update' | 'unchanged' | 'reject' | 'needsKind'>,
  read: { at: string; dryRun: boolean; applied: boolean; fetched: number; pages: number },
): PullReport {
  const first = <T>(rows: readonly T[]) => rows.slice(0, reportRowsKept);
  const row = (entry: { row: number; id: string; name: string }) => ({ row: entry.row, id: entry.id, name: entry.name });
  return {
    ...read,
    create: first(plan.create).map(row),
    update: first(plan.update).map((entry) => ({ ...row(entry), changes: entry.changes.slice(0, 40) })),
    unchanged: plan.unchanged.length,
    reject: first(plan.reject).map((entry) => ({ row: entry.row, errors: entry.errors.slice(0, 50).map((error) => ({ field: error.field.slice(0, 300), message: error.message.slice(0, 500) })) })),
    needsKind: first(plan.needsKind).map((entry) => ({ ...row(entry), terms: entry.terms.slice(0, 30).map((term) => term.slice(0, 300)) })),
    counts: { create: plan.create.length, update: plan.update.length, reject: plan.reject.length, needsKind: plan.needsKind.length },
  };
}

function viewOf(record: DirectoryRecord): DirectoryView {
  const [lastRun] = record.reports;
  return { baseUrl: record.baseUrl, schedule: record.schedule, ...(lastRun === undefined ? {} : { lastRun }), reports: record.reports };
}

/** The directory's host, for summaries ("directory.example.org"). */
function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}
