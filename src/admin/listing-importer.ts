import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Activity } from '../domain/activities/activity';
import { categoriesOfTerms, taxonomyMapper } from '../domain/activities/taxonomy-mapping';
import type { AdminActor } from '../domain/admin/admin-actor';
import type { Clock } from '../domain/clock';
import { londonIsoDate } from '../domain/local-date';
import type { SiteId } from '../domain/sites';
import type { ActivityStore, TaxonomyMappingStore } from '../store/ports';
import { changedFields, planImport, type ImportInput, type ImportPlan } from './activity-import';
import type { AdminAuditRecorder } from './admin-audit';

export interface ListingImporterDependencies {
  readonly activities: ActivityStore;
  readonly taxonomyMappings: TaxonomyMappingStore;
  readonly audit: AdminAuditRecorder;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Listings to import: an upload's CSV text or parsed JSON, or the services a directory pull read. */
export interface ImportSource {
  readonly contentType: ImportInput['contentType'];
  readonly body: unknown;
  /** For a directory pull: the namespace of the ids made for its services whose ids are no UUIDs. */
  readonly idNamespace?: string;
}

/** How an applied import is named in the audit trail. */
export interface AppliedBy {
  readonly actor: AdminActor;
  /** "CSV import", "Pull from https://directory.example.org". */
  readonly what: string;
}

/**
 * Plans and applies imports of listings for the import routes and the directory pull: the plan
 * against the site's stored listings and mapping table; applying saves only new and changed
 * listings and records them in the audit trail (one `import.applied` entry, and one
 * `listing.created` / `listing.updated` per listing, naming the fields that changed).
 */
export class ListingImporter {
  constructor(private readonly deps: ListingImporterDependencies) {}

  /** What importing `source` into the site would do; saves nothing. */
  async plan(siteId: SiteId, source: ImportSource): Promise<ImportPlan> {
    const all = await this.deps.activities.list();
    const existing = new Map(all.filter((activity) => activity.site_id === siteId).map((activity) => [activity.id, activity]));
    const idsInOtherSites = new Set(all.filter((activity) => activity.site_id !== siteId).map((activity) => activity.id));
    const rows = (await this.deps.taxonomyMappings.get(siteId))?.mappings ?? [];
    return planImport({
      contentType: source.contentType,
      body: source.body,
      siteId,
      existing,
      idsInOtherSites,
      newId: randomUUID,
      mapper: taxonomyMapper(rows),
      today: londonIsoDate(this.deps.clock.now()),
      ...(source.idNamespace === undefined ? {} : { idNamespace: source.idNamespace }),
    });
  }

  /** Saves a plan's new and changed listings together, then records them in the audit trail. */
  async apply(siteId: SiteId, plan: ImportPlan, by: AppliedBy): Promise<void> {
    if (plan.toSave.length > 0) await this.deps.activities.putMany(plan.toSave);
    const { actor } = by;
    await this.deps.audit.record({
      siteId,
      actor,
      action: 'import.applied',
      subject: { type: 'import' },
      summary: `${by.what}: ${importSummary(plan)}`.slice(0, 500),
    });
    const updates = new Map(plan.update.map((entry) => [entry.id, entry.changes]));
    for (const listing of plan.toSave) {
      const changes = updates.get(listing.id);
      await this.deps.audit.record({
        siteId,
        actor,
        action: changes === undefined ? 'listing.created' : 'listing.updated',
        subject: { type: 'listing', id: listing.id },
        summary: `${changes === undefined ? 'Created' : 'Changed'} ${listing.name.slice(0, 200)} (${by.what})`.slice(0, 500),
        ...(changes === undefined ? {} : { changes: changes.slice(0, 100).map((field) => ({ field })) }),
      });
    }
    this.deps.logger.info(
      { event: 'admin.activities_imported', siteId, created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length, rejected: plan.reject.length, needsKind: plan.needsKind.length },
      'listings imported',
    );
  }

  /**
   * Gives every listing of the site that needs a kind the categories its directory terms map to
   * now (after the mapping table changed); resolves the listings changed.
   */
  async remapListings(siteId: SiteId): Promise<Activity[]> {
    const mapper = taxonomyMapper((await this.deps.taxonomyMappings.get(siteId))?.mappings ?? []);
    const changed: Activity[] = [];
    for (const listing of await this.deps.activities.list(siteId)) {
      if (listing.categories.length > 0 || listing.source_terms === undefined) continue;
      const remapped = { ...listing, categories: categoriesOfTerms(listing.source_terms, mapper).categories };
      if (changedFields(listing, remapped).length > 0) changed.push(remapped);
    }
    if (changed.length > 0) await this.deps.activities.putMany(changed);
    return changed;
  }
}

/** "2 new, 1 changed, 3 unchanged, 1 refused, 1 needs a kind". */
export function importSummary(plan: Pick<ImportPlan, 'create' | 'update' | 'unchanged' | 'reject' | 'needsKind'>): string {
  return `${plan.create.length} new, ${plan.update.length} changed, ${plan.unchanged.length} unchanged, ${plan.reject.length} refused, ${plan.needsKind.length} ${plan.needsKind.length === 1 ? 'needs' : 'need'} a kind`;
}
