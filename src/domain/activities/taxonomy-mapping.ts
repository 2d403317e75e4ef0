import { z } from 'zod';
import { activityCategoryIds, type ActivityCategoryId } from './activity';
import type { SourceTerm } from './source-term';

/**
 * How a directory's taxonomy terms become our activity kinds (categories). Directories tag services
 * with terms from many vocabularies (Open Referral UK's, the LGA's esd lists, Open Eligibility, their
 * own); each site keeps a table from (vocabulary, code) to one of our categories, or to none. A
 * built-in table of well-known terms applies until the site says otherwise.
 */

/** One row of a site's mapping table: `category: null` says "no kind of ours" (the listing needs a kind). */
export const taxonomyMappingSchema = z.strictObject({
  vocabulary: z.string().trim().min(1).max(100),
  code: z.string().trim().min(1).max(200),
  label: z.string().trim().min(1).max(200).optional(),
  category: z.enum(activityCategoryIds).nullable(),
});
export type TaxonomyMapping = z.infer<typeof taxonomyMappingSchema>;

/** A site's own rows, as kept. */
export const siteTaxonomyMappingsSchema = z.strictObject({ mappings: z.array(taxonomyMappingSchema).max(2_000) });
export type SiteTaxonomyMappings = z.infer<typeof siteTaxonomyMappingsSchema>;

/**
 * How vocabularies are compared: lower case, letters and digits only, so "esdServiceTypes",
 * "ESD service types" and "esd-service-types" are one vocabulary.
 */
export function vocabularyKey(vocabulary: string): string {
  return vocabulary.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** How codes and labels are compared: trimmed, lower case, single spaces, `&` as "and". */
function codeKey(code: string): string {
  return code.trim().toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ');
}

/** The key of a mapping row (vocabulary and code). */
export function mappingKey(vocabulary: string, code: string): string {
  return `${vocabularyKey(vocabulary)}\u0000${codeKey(code)}`;
}

/** Rows for the same labels in several vocabularies (the well-known ones publish labels, not stable codes). */
function seeded(vocabularies: readonly string[], rows: ReadonlyArray<readonly [string, ActivityCategoryId]>): TaxonomyMapping[] {
  return vocabularies.flatMap((vocabulary) => rows.map(([code, category]) => ({ vocabulary, code, label: code, category })));
}

/**
 * The built-in rows: common labels of the esd service type and needs lists (as Open Referral UK
 * feeds publish them), Open Eligibility, and Open Referral UK's own categories. A row matches a
 * term by its code or its label, so a term published as `{ id: "esd:1234", name: "Befriending" }`
 * maps too. A site's own row for the same (vocabulary, code) wins.
 */
export const defaultTaxonomyMappings: readonly TaxonomyMapping[] = [
  ...seeded(
    ['esdServiceTypes', 'esdNeeds', 'esd', 'Open Referral UK', 'oruk'],
    [
      ['Befriending', 'social-befriending'],
      ['Befriending services', 'social-befriending'],
      ['Social activities', 'social-befriending'],
      ['Social groups', 'social-befriending'],
      ['Lunch clubs', 'social-befriending'],
      ['Loneliness and social isolation', 'social-befriending'],
      ['Social isolation', 'social-befriending'],
      ['Peer support', 'peer-support'],
      ['Support groups', 'peer-support'],
      ['Mental health support groups', 'peer-support'],
      ['Walking groups', 'walking-physical'],
      ['Walking', 'walking-physical'],
      ['Physical activity', 'walking-physical'],
      ['Exercise and fitness', 'walking-physical'],
      ['Sport and leisure', 'walking-physical'],
      ['Arts and crafts', 'arts-creative'],
      ['Arts', 'arts-creative'],
      ['Music', 'arts-creative'],
      ['Creative activities', 'arts-creative'],
      ['Volunteering', 'volunteering'],
      ['Volunteering opportunities', 'volunteering'],
      ['Adult learning', 'learning-courses'],
      ['Adult education', 'learning-courses'],
      ['Courses and training', 'learning-courses'],
      ['Employment support', 'employment-advice'],
      ['Employment and training', 'employment-advice'],
      ['Job search', 'employment-advice'],
      ['Debt advice', 'housing-money-advice'],
      ['Money advice', 'housing-money-advice'],
      ['Welfare benefits advice', 'housing-money-advice'],
      ['Benefits advice', 'housing-money-advice'],
      ['Housing advice', 'housing-money-advice'],
    ],
  ),
  ...seeded(
    ['Open Eligibility', 'openEligibility'],
    [
      ['Peer Support', 'peer-support'],
      ['Support Groups', 'peer-support'],
      ['Support Network', 'peer-support'],
      ['Arts and Culture', 'arts-creative'],
      ['Recreation', 'walking-physical'],
      ['Physical Fitness', 'walking-physical'],
      ['Sports & Recreation', 'walking-physical'],
      ['Volunteers', 'volunteering'],
      ['Education', 'learning-courses'],
      ['Adult Education', 'learning-courses'],
      ['Skills & Training', 'learning-courses'],
      ['Employment', 'employment-advice'],
      ['Help Find Work', 'employment-advice'],
      ['Job Placement', 'employment-advice'],
      ['Financial Education', 'housing-money-advice'],
      ['Benefits', 'housing-money-advice'],
      ['Housing Advice', 'housing-money-advice'],
      ['Help Pay for Housing', 'housing-money-advice'],
      ['Companionship', 'social-befriending'],
      ['Social Events', 'social-befriending'],
    ],
  ),
];

/** A mapping table ready to look terms up in: the site's rows over the built-in ones. */
export interface TaxonomyMapper {
  /** The row for a term (by its code, then its label), or undefined when no row names it. */
  rowOf(term: SourceTerm): TaxonomyMapping | undefined;
}

/** The effective table of a site: its own rows, then the built-in rows it has not replaced. */
export function effectiveMappings(siteRows: readonly TaxonomyMapping[]): TaxonomyMapping[] {
  const own = new Set(siteRows.map((row) => mappingKey(row.vocabulary, row.code)));
  return [...siteRows, ...defaultTaxonomyMappings.filter((row) => !own.has(mappingKey(row.vocabulary, row.code)))];
}

/** A mapper over the site's rows and the built-in ones. */
export function taxonomyMapper(siteRows: readonly TaxonomyMapping[]): TaxonomyMapper {
  const byKey = new Map<string, TaxonomyMapping>();
  // Site rows first: they win over built-in rows of the same key.
  for (const row of effectiveMappings(siteRows)) if (!byKey.has(mappingKey(row.vocabulary, row.code))) byKey.set(mappingKey(row.vocabulary, row.code), row);
  return {
    rowOf: (term) => byKey.get(mappingKey(term.vocabulary, term.code)) ?? (term.label === undefined ? undefined : byKey.get(mappingKey(term.vocabulary, term.label))),
  };
}

/** The categories a listing's terms map to (each once, in term order), and the terms that map to none. */
export function categoriesOfTerms(terms: readonly SourceTerm[], mapper: TaxonomyMapper): { categories: ActivityCategoryId[]; unmapped: SourceTerm[] } {
  const categories: ActivityCategoryId[] = [];
  const unmapped: SourceTerm[] = [];
  for (const term of terms) {
    const category = mapper.rowOf(term)?.category ?? undefined;
    if (category === undefined) unmapped.push(term);
    else if (!categories.includes(category)) categories.push(category);
  }
  return { categories, unmapped };
}

/** A term in words for lists and reports: "Befriending (esdServiceTypes 1234)". */
export function termInWords(term: SourceTerm): string {
  return term.label === undefined || term.label === term.code ? `${term.code} (${term.vocabulary})` : `${term.label} (${term.vocabulary} ${term.code})`;
}
