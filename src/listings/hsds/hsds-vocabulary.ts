import { activityCategoryIds, activityCategoryLabels, type ActivityCategoryId } from '../../domain/activities/activity';
import { sites, type Site } from '../../domain/sites';
import { categoryTermId, livingWellSiteTaxonomy, livingWellTaxonomy, siteTermId } from './hsds-taxonomy';
import { livingWellNamespace, stableUuid } from './stable-uuid';

/**
 * Our two vocabularies written out as HSDS 3.0 `taxonomy` and `taxonomy_term` records, as the
 * export's attributes carry them and the feed's `/taxonomies` and `/taxonomy_terms` answer them.
 * Every term has the fields both HSDS 3.0 (`name`, `description`) and the Open Referral UK
 * profile (`term`) require. Flat: no term has a parent.
 */

/** An HSDS 3.0 taxonomy (`schema/taxonomy.json`). */
export interface OpenReferralTaxonomy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** An HSDS 3.0 taxonomy term (`schema/taxonomy_term.json`), with the Open Referral UK `term`. */
export interface OpenReferralTaxonomyTerm {
  readonly id: string;
  readonly code: string;
  /** The term's text (HSDS 3.0). */
  readonly name: string;
  /** The same text, as the Open Referral UK profile names it. */
  readonly term: string;
  readonly description: string;
  /** The taxonomy's name (HSDS: "which taxonomy is in use"). */
  readonly taxonomy: string;
  readonly taxonomy_id: string;
}

/** What each category covers, in a sentence (the term's `description`). */
const categoryDescriptions: Readonly<Record<ActivityCategoryId, string>> = {
  'peer-support': 'Groups where people with lived experience of mental health problems support each other.',
  'arts-creative': 'Art, craft, music, writing and other creative activities.',
  'walking-physical': 'Walking groups, sport, gardening and other physical activity.',
  volunteering: 'Chances to volunteer and help in the community.',
  'learning-courses': 'Courses, workshops and other ways to learn something new.',
  'employment-advice': 'Help with finding, keeping or returning to work.',
  'housing-money-advice': 'Advice on housing, benefits, debt and money.',
  'social-befriending': 'Social groups, befriending and places to meet people.',
};

/** The taxonomy id of one of our vocabularies (the same in every answer). */
export function taxonomyIdOf(taxonomy: string): string {
  return stableUuid(livingWellNamespace, `taxonomy:${taxonomy}`);
}

const categoryTaxonomy: OpenReferralTaxonomy = {
  id: taxonomyIdOf(livingWellTaxonomy),
  name: livingWellTaxonomy,
  description: 'The Living Well activity categories: what kind of activity a listing is.',
};

const siteTaxonomy: OpenReferralTaxonomy = {
  id: taxonomyIdOf(livingWellSiteTaxonomy),
  name: livingWellSiteTaxonomy,
  description: 'The Living Well sites: which local Living Well service lists the activity.',
};

/** The term of a category. */
export function categoryTerm(category: ActivityCategoryId): OpenReferralTaxonomyTerm {
  const label = activityCategoryLabels[category];
  return {
    id: categoryTermId(category),
    code: category,
    name: label,
    term: label,
    description: categoryDescriptions[category],
    taxonomy: categoryTaxonomy.name,
    taxonomy_id: categoryTaxonomy.id,
  };
}

/** The term of a site. */
export function siteTerm(site: Site): OpenReferralTaxonomyTerm {
  return {
    id: siteTermId(site.id),
    code: site.id,
    name: site.name,
    term: site.name,
    description: `Activities listed by Living Well ${site.name}.`,
    taxonomy: siteTaxonomy.name,
    taxonomy_id: siteTaxonomy.id,
  };
}

/** Both taxonomies, categories first. */
export const openReferralTaxonomies: readonly OpenReferralTaxonomy[] = [categoryTaxonomy, siteTaxonomy];

/** Every term of both taxonomies: the categories in their order, then the sites in theirs. */
export const openReferralTaxonomyTerms: readonly OpenReferralTaxonomyTerm[] = [...activityCategoryIds.map(categoryTerm), ...sites.map(siteTerm)];
