import { z } from 'zod';
import { openReferralTaxonomies, openReferralTaxonomyTerms, type OpenReferralTaxonomy, type OpenReferralTaxonomyTerm } from './hsds/hsds-vocabulary';
import { defaultPerPage, feedBadRequest, pageOf, pagingQueryFields, type HsdsPage } from './open-referral-paging';
import { AppError } from '../domain/app-error';
import { fieldProblemsOf } from '../domain/field-problems';

/**
 * The feed's `/taxonomies` and `/taxonomy_terms` endpoints (HSDS 3.0 API): our two vocabularies
 * (`hsds-vocabulary.ts`), paged, with the filters the HSDS OpenAPI file lists for them. Pure: the
 * vocabularies are fixed in code.
 */

/** A taxonomy as the feed answers it: with its terms, as the Open Referral UK profile adds. */
export interface OpenReferralTaxonomyWithTerms extends OpenReferralTaxonomy {
  readonly taxonomy_terms: readonly OpenReferralTaxonomyTerm[];
}

const maxSearchLength = 200;
const searchField = z.string().trim().max(maxSearchLength, `at most ${maxSearchLength} characters`).optional();
const booleanText = z.enum(['true', 'false'], { error: 'true or false' });

const taxonomiesQuerySchema = z.object({ search: searchField, ...pagingQueryFields });

const termsQuerySchema = z.object({
  search: searchField,
  taxonomy_id: z.string().trim().min(1, 'a taxonomy id (see /taxonomies)').optional(),
  /** Our terms are all top level: `true` and `false` both give every term. */
  top_only: booleanText.optional(),
  /** Our terms have no parents: a parent id matches none. */
  parent_id: z.string().trim().min(1, 'a taxonomy term id').optional(),
  ...pagingQueryFields,
});

const idSchema = z.uuid();

/** Whether `search` (trimmed, any case) is in one of the texts; true when there is no search. */
function found(search: string | undefined, texts: readonly string[]): boolean {
  if (search === undefined || search === '') return true;
  const wanted = search.toLowerCase();
  return texts.some((text) => text.toLowerCase().includes(wanted));
}

function parsed<T>(schema: z.ZodType<T>, rawQuery: unknown): T {
  const result = schema.safeParse(rawQuery ?? {});
  if (!result.success) throw feedBadRequest('The query has problems; see fields.', fieldProblemsOf(result.error, 'query'));
  return result.data;
}

function withTerms(taxonomy: OpenReferralTaxonomy): OpenReferralTaxonomyWithTerms {
  return { ...taxonomy, taxonomy_terms: openReferralTaxonomyTerms.filter((term) => term.taxonomy_id === taxonomy.id) };
}

/** The checked path id, lower case. @throws AppError BAD_REQUEST naming `id` when it is not a UUID. */
function pathId(rawId: unknown, what: string): string {
  const id = idSchema.safeParse(rawId);
  if (!id.success) throw feedBadRequest(`The ${what} id is not valid.`, [{ field: 'id', message: `a ${what} id (a UUID)` }]);
  return id.data.toLowerCase();
}

/**
 * `GET /taxonomies`: both taxonomies, each with its terms, paged. Parameters: `search` (in the
 * name or description), `page`, `per_page`, `format` (json only).
 * @throws AppError BAD_REQUEST with `fields` for each parameter that is wrong.
 */
export function listTaxonomies(rawQuery: unknown): HsdsPage<OpenReferralTaxonomyWithTerms> {
  const query = parsed(taxonomiesQuerySchema, rawQuery);
  const matching = openReferralTaxonomies.filter((taxonomy) => found(query.search, [taxonomy.name, taxonomy.description]));
  return pageOf(matching, query.page ?? 1, query.per_page ?? defaultPerPage, withTerms);
}

/**
 * `GET /taxonomies/{id}`: one taxonomy with its terms.
 * @throws AppError BAD_REQUEST when the id is not a UUID; NOT_FOUND when there is no such taxonomy.
 */
export function getTaxonomy(rawId: unknown): OpenReferralTaxonomyWithTerms {
  const id = pathId(rawId, 'taxonomy');
  const taxonomy = openReferralTaxonomies.find((candidate) => candidate.id === id);
  if (taxonomy === undefined) throw new AppError('NOT_FOUND', 'There is no such taxonomy.');
  return withTerms(taxonomy);
}

/**
 * `GET /taxonomy_terms`: the terms of both taxonomies, paged. Parameters: `search` (in the
 * code, name or description), `taxonomy_id` (a taxonomy's id or name), `top_only`, `parent_id`,
 * `page`, `per_page`, `format` (json only).
 * @throws AppError BAD_REQUEST with `fields` for each parameter that is wrong.
 */
export function listTaxonomyTerms(rawQuery: unknown): HsdsPage<OpenReferralTaxonomyTerm> {
  const query = parsed(termsQuerySchema, rawQuery);
  const taxonomy = query.taxonomy_id?.toLowerCase();
  const matching = openReferralTaxonomyTerms
    .filter((term) => taxonomy === undefined || term.taxonomy_id === taxonomy || term.taxonomy === taxonomy)
    .filter(() => query.parent_id === undefined)
    .filter((term) => found(query.search, [term.code, term.name, term.description]));
  return pageOf(matching, query.page ?? 1, query.per_page ?? defaultPerPage, (term) => term);
}

/**
 * `GET /taxonomy_terms/{id}`: one term.
 * @throws AppError BAD_REQUEST when the id is not a UUID; NOT_FOUND when there is no such term.
 */
export function getTaxonomyTerm(rawId: unknown): OpenReferralTaxonomyTerm {
  const id = pathId(rawId, 'taxonomy term');
  const term = openReferralTaxonomyTerms.find((candidate) => candidate.id === id);
  if (term === undefined) throw new AppError('NOT_FOUND', 'There is no such taxonomy term.');
  return term;
}
