import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../src/domain/app-error';
import { siteById } from '../../src/domain/sites';
import { categoryTerm, siteTerm, taxonomyIdOf } from '../../src/listings/hsds/hsds-vocabulary';
import { getTaxonomy, getTaxonomyTerm, listTaxonomies, listTaxonomyTerms } from '../../src/listings/open-referral-taxonomies';

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const categories = taxonomyIdOf('living-well');
const sitesTaxonomy = taxonomyIdOf('living-well-site');

describe('Open Referral feed: GET /taxonomies and /taxonomies/{id}', () => {
  it('lists both taxonomies, each with its terms, in the page envelope', () => {
    const page = listTaxonomies({});
    expect(page).toMatchObject({
      total_items: 2,
      total_pages: 1,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(page.contents.map((taxonomy) => [taxonomy.name, taxonomy.taxonomy_terms.length])).toEqual([
      ['living-well', 8],
      ['living-well-site', 5],
    ]);
    expect(page.contents[1]?.taxonomy_terms[0]).toEqual(siteTerm(siteById('lambeth')));
  });

  it('pages and searches', () => {
    expect(listTaxonomies({ per_page: '1', page: '2' })).toMatchObject({
      total_pages: 2,
      size: 1,
      first_page: false,
      last_page: true,
      contents: [{ id: sitesTaxonomy }],
    });
    expect(listTaxonomies({ per_page: '1', page: '3' })).toMatchObject({
      size: 0,
      empty: true,
      contents: [],
    });
    expect(listTaxonomies({ search: 'SITES' }).contents.map((taxonomy) => taxonomy.id)).toEqual([sitesTaxonomy]);
    expect(failure(() => listTaxonomies({ page: '0', per_page: '101', format: 'ndjson' })).fields?.map((field) => field.field)).toEqual([
      'page',
      'per_page',
      'format',
    ]);
  });

  it('answers one taxonomy by id (any case), 404 for an unknown one, 400 for one that is not a UUID', () => {
    expect(getTaxonomy(categories.toUpperCase())).toMatchObject({
      id: categories,
      name: 'living-well',
      taxonomy_terms: expect.arrayContaining([categoryTerm('volunteering')]),
    });
    expect(failure(() => getTaxonomy(randomUUID())).code).toBe('NOT_FOUND');
    const bad = failure(() => getTaxonomy('living-well'));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields).toEqual([{ field: 'id', message: 'a taxonomy id (a UUID)' }]);
  });
});

describe('Open Referral feed: GET /taxonomy_terms and /taxonomy_terms/{id}', () => {
  it('lists every term, categories first, paged', () => {
    const all = listTaxonomyTerms({});
    expect(all.total_items).toBe(13);
    expect(all.contents[0]).toEqual(categoryTerm('peer-support'));
    const pages = [1, 2, 3].map((page) => listTaxonomyTerms({ per_page: '5', page: String(page) }));
    expect(pages.map((page) => page.size)).toEqual([5, 5, 3]);
    expect(pages.flatMap((page) => page.contents)).toEqual(all.contents);
  });

  it('filters by taxonomy (id or name), search, top_only and parent_id', () => {
    expect(listTaxonomyTerms({ taxonomy_id: sitesTaxonomy }).contents.map((term) => term.code)).toEqual([
      'lambeth',
      'edinburgh',
      'luton',
      'salford',
      'tameside-glossop',
    ]);
    expect(listTaxonomyTerms({ taxonomy_id: 'living-well' }).total_items).toBe(8);
    expect(listTaxonomyTerms({ taxonomy_id: randomUUID() }).total_items).toBe(0);
    expect(listTaxonomyTerms({ search: 'money' }).contents.map((term) => term.code)).toEqual(['housing-money-advice']);
    // Every term is top level; none has a parent.
    expect(listTaxonomyTerms({ top_only: 'true' }).total_items).toBe(13);
    expect(listTaxonomyTerms({ parent_id: categoryTerm('peer-support').id }).total_items).toBe(0);
    expect(failure(() => listTaxonomyTerms({ top_only: 'yes', taxonomy_id: ' ' })).fields?.map((field) => field.field)).toEqual(['taxonomy_id', 'top_only']);
  });

  it('answers one term by id, 404 for an unknown one, 400 for one that is not a UUID', () => {
    expect(getTaxonomyTerm(categoryTerm('arts-creative').id)).toEqual(categoryTerm('arts-creative'));
    expect(failure(() => getTaxonomyTerm(randomUUID())).code).toBe('NOT_FOUND');
    expect(failure(() => getTaxonomyTerm('arts-creative')).fields).toEqual([{ field: 'id', message: 'a taxonomy term id (a UUID)' }]);
  });
});
