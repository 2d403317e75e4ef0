import { z } from 'zod';
import {
  categoriesOfTerms,
  defaultTaxonomyMappings,
  effectiveMappings,
  mappingKey,
  taxonomyMapper,
  taxonomyMappingSchema,
  type TaxonomyMapping,
} from '../domain/activities/taxonomy-mapping';
import type { SourceTerm } from '../domain/activities/source-term';
import type { AdminActor } from '../domain/admin/admin-actor';
import type { SiteId } from '../domain/sites';
import type { ActivityStore, TaxonomyMappingStore } from '../store/ports';
import type { AdminAuditRecorder } from './admin-audit';
import type { ListingImporter } from './listing-importer';

/** `PUT .../taxonomy-mappings`: the whole table as the site wants it. */
export const taxonomyMappingsBodySchema = z.strictObject({ mappings: z.array(taxonomyMappingSchema).max(2_000) });
export type TaxonomyMappingsBody = z.infer<typeof taxonomyMappingsBodySchema>;

/** A directory term on the site's listings that maps to no kind, and how many listings carry it. */
export type UnmappedTerm = SourceTerm & { readonly listings: number };

/** What the mapping routes answer: the effective table (the site's rows, then built-in ones) and the unmapped terms. */
export interface TaxonomyMappingsView {
  readonly mappings: readonly TaxonomyMapping[];
  readonly unmapped: readonly UnmappedTerm[];
}

export interface TaxonomyMappingsApiDependencies {
  readonly taxonomyMappings: TaxonomyMappingStore;
  readonly activities: ActivityStore;
  readonly importer: ListingImporter;
  readonly audit: AdminAuditRecorder;
}

/**
 * A site's taxonomy mapping table: read it with the terms its listings carry that map to no kind,
 * and replace it; listings that need a kind get the kinds their terms map to at once.
 */
export class TaxonomyMappingsApi {
  constructor(private readonly deps: TaxonomyMappingsApiDependencies) {}

  async view(siteId: SiteId): Promise<TaxonomyMappingsView> {
    const rows = (await this.deps.taxonomyMappings.get(siteId))?.mappings ?? [];
    const mapper = taxonomyMapper(rows);
    const unmapped = new Map<string, { term: SourceTerm; listings: number }>();
    for (const listing of await this.deps.activities.list(siteId)) {
      for (const term of categoriesOfTerms(listing.source_terms ?? [], mapper).unmapped) {
        const key = mappingKey(term.vocabulary, term.code);
        const seen = unmapped.get(key);
        unmapped.set(key, { term: seen?.term ?? term, listings: (seen?.listings ?? 0) + 1 });
      }
    }
    return {
      mappings: effectiveMappings(rows),
      unmapped: [...unmapped.values()].sort((a, b) => b.listings - a.listings).map(({ term, listings }) => ({ ...term, listings })),
    };
  }

  /**
   * Replaces the site's table with `body.mappings` (rows the same as a built-in one are not kept
   * apart; a later row for the same vocabulary and code wins), gives listings that need a kind the
   * kinds now mapped, and records `taxonomy-mapping.updated` with each row that changed.
   */
  async replace(siteId: SiteId, body: TaxonomyMappingsBody, actor: AdminActor): Promise<TaxonomyMappingsView> {
    const before = taxonomyMapper((await this.deps.taxonomyMappings.get(siteId))?.mappings ?? []);
    const byKey = new Map<string, TaxonomyMapping>();
    for (const row of body.mappings) byKey.set(mappingKey(row.vocabulary, row.code), row);
    const builtIn = new Map(defaultTaxonomyMappings.map((row) => [mappingKey(row.vocabulary, row.code), row]));
    const own = [...byKey.entries()].filter(([key, row]) => builtIn.get(key)?.category !== row.category).map(([, row]) => row);
    await this.deps.taxonomyMappings.update(siteId, () => ({ mappings: own }));
    const changes = [...byKey.values()]
      .filter((row) => (before.rowOf({ vocabulary: row.vocabulary, code: row.code })?.category ?? null) !== row.category)
      .map((row) => ({
        field: `${row.vocabulary} ${row.code}`.slice(0, 100),
        from: before.rowOf({ vocabulary: row.vocabulary, code: row.code })?.category ?? 'none',
        to: row.category ?? 'none',
      }));
    const remapped = await this.deps.importer.remapListings(siteId);
    for (const listing of remapped) {
      await this.deps.audit.record({
        siteId,
        actor,
        action: 'listing.updated',
        subject: { type: 'listing', id: listing.id },
        summary: `Gave ${listing.name.slice(0, 200)} a kind through the taxonomy mapping`,
        changes: [{ field: 'categories', to: listing.categories.join(', ') }],
      });
    }
    await this.deps.audit.record({
      siteId,
      actor,
      action: 'taxonomy-mapping.updated',
      subject: { type: 'taxonomy-mapping' },
      summary: `Changed ${changes.length} taxonomy ${changes.length === 1 ? 'mapping' : 'mappings'}; ${remapped.length} ${remapped.length === 1 ? 'listing' : 'listings'} got a kind`,
      ...(changes.length === 0 ? {} : { changes: changes.slice(0, 100) }),
    });
    return this.view(siteId);
  }
}
