import { z } from 'zod';
import { categoryTermId } from './hsds/hsds-taxonomy';
import { openReferralTaxonomies, siteTerm } from './hsds/hsds-vocabulary';
import { activityCategoryIds, type Activity, type ActivityCategoryId } from '../domain/activities/activity';
import { sites, type SiteId } from '../domain/sites';

/**
 * What the feed's `taxonomy_term_id` and `taxonomy_id` parameters name, and whether a listing
 * carries it. A term is named by its id (as `/taxonomy_terms` and the services' attributes carry
 * it) or, for a category, by the category id; `taxonomy_id` also takes a taxonomy's id or name
 * (HSDS: services with any term of that taxonomy, which is every listing, as each has a category
 * and a site).
 */
export type TermMatch =
  | { readonly kind: 'category'; readonly category: ActivityCategoryId }
  | { readonly kind: 'site'; readonly siteId: SiteId }
  | { readonly kind: 'any-term' };

const termsByText: ReadonlyMap<string, TermMatch> = new Map([
  ...activityCategoryIds.flatMap((category): Array<[string, TermMatch]> => [
    [category, { kind: 'category', category }],
    [categoryTermId(category).toLowerCase(), { kind: 'category', category }],
  ]),
  ...sites.map((site): [string, TermMatch] => [siteTerm(site).id.toLowerCase(), { kind: 'site', siteId: site.id }]),
]);

const taxonomiesByText: ReadonlyMap<string, TermMatch> = new Map(
  openReferralTaxonomies.flatMap((taxonomy): Array<[string, TermMatch]> => [
    [taxonomy.id.toLowerCase(), { kind: 'any-term' }],
    [taxonomy.name, { kind: 'any-term' }],
  ]),
);

const termMessage = `a Living Well category (${activityCategoryIds.join(', ')}) or the id of a taxonomy term (see /taxonomy_terms)`;

function termMatchSchema(known: ReadonlyMap<string, TermMatch>, message: string): z.ZodType<TermMatch, string> {
  return z.string().transform((text, context) => {
    const match = known.get(text.trim().toLowerCase());
    if (match === undefined) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return match;
  });
}

/** The `taxonomy_term_id` parameter: a term. */
export const termIdSchema = termMatchSchema(termsByText, termMessage);

/** The `taxonomy_id` parameter: a taxonomy, or (as before HSDS taxonomies were served) a term. */
export const taxonomyIdSchema = termMatchSchema(new Map([...termsByText, ...taxonomiesByText]), `${termMessage}, or the id of a taxonomy (see /taxonomies)`);

/** Whether the listing carries the term. */
export function carriesTerm(activity: Activity, match: TermMatch): boolean {
  if (match.kind === 'category') return activity.categories.includes(match.category);
  if (match.kind === 'site') return activity.site_id === match.siteId;
  return true;
}
