import type { ActivityCategoryId } from '../../../../src/domain/activities/activity';
import type { TaxonomyMapping, UnmappedTerm } from './taxonomy-schemas';

/** One row of the mapping table: a term, the category chosen for it, and (for unmapped terms) how many listings use it. */
export interface TaxonomyRow {
  readonly key: string;
  readonly vocabulary: string;
  readonly code: string;
  readonly label?: string;
  readonly category: ActivityCategoryId | null;
  /** Set for terms no mapping covered when the table was loaded. */
  readonly listings?: number;
}

/** A term's key in the table: vocabulary and code. */
export function termKey(term: { readonly vocabulary: string; readonly code: string }): string {
  return `${term.vocabulary}\u0000${term.code}`;
}

/**
 * The table's rows: unmapped terms first (most-used first), then the site's mappings by
 * vocabulary and code. A term in both lists is shown once, as unmapped.
 */
export function taxonomyRows(answer: { readonly mappings: readonly TaxonomyMapping[]; readonly unmapped: readonly UnmappedTerm[] }): TaxonomyRow[] {
  const unmappedKeys = new Set(answer.unmapped.map(termKey));
  const byTerm = (a: TaxonomyRow, b: TaxonomyRow) => a.vocabulary.localeCompare(b.vocabulary, 'en-GB') || a.code.localeCompare(b.code, 'en-GB');
  const unmapped = answer.unmapped
    .map((term): TaxonomyRow => ({ key: termKey(term), vocabulary: term.vocabulary, code: term.code, ...labelOf(term.label), category: null, listings: term.listings }))
    .sort((a, b) => (b.listings ?? 0) - (a.listings ?? 0) || byTerm(a, b));
  const mapped = answer.mappings
    .filter((mapping) => !unmappedKeys.has(termKey(mapping)))
    .map((mapping): TaxonomyRow => ({ key: termKey(mapping), vocabulary: mapping.vocabulary, code: mapping.code, ...labelOf(mapping.label), category: mapping.category }))
    .sort(byTerm);
  return [...unmapped, ...mapped];
}

/** The rows whose vocabulary, code or label contains every word searched for (any case). */
export function matchingRows(rows: readonly TaxonomyRow[], search: string): TaxonomyRow[] {
  const words = search.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return rows.filter((row) => {
    const text = `${row.vocabulary} ${row.code} ${row.label ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The rows with one term's category changed. */
export function withCategory(rows: readonly TaxonomyRow[], key: string, category: ActivityCategoryId | null): TaxonomyRow[] {
  return rows.map((row) => (row.key === key ? { ...row, category } : row));
}

/** The `PUT taxonomy-mappings` body: every mapped term, and each unmapped one given a category. */
export function mappingsToSave(rows: readonly TaxonomyRow[]): { mappings: TaxonomyMapping[] } {
  return {
    mappings: rows
      .filter((row) => row.listings === undefined || row.category !== null)
      .map((row) => ({ vocabulary: row.vocabulary, code: row.code, ...labelOf(row.label), category: row.category })),
  };
}

function labelOf(label: string | undefined): { label?: string } {
  return label === undefined ? {} : { label };
}
