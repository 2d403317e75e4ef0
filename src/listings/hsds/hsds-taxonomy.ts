import {
  accessibilityIds,
  accessibilityLabels,
  activityCategoryIds,
  activityCategoryLabels,
  type AccessibilityId,
  type ActivityCategoryId,
} from '../../domain/activities/activity';
import type { SiteId } from '../../domain/sites';
import type { HsdsTaxonomyTerm } from './hsds-schema';
import { livingWellNamespace, stableUuid } from './stable-uuid';

/**
 * Our vocabularies as HSDS taxonomies: the Living Well categories (`living-well`) and sites
 * (`living-well-site`), with term ids that are the same in every export, and how free text from
 * imports (a term's code or label, a CSV cell, an accessibility description) is read back.
 */

/** The taxonomy of our category vocabulary. */
export const livingWellTaxonomy = 'living-well';
/** The taxonomy whose term says which Living Well site a listing belongs to. */
export const livingWellSiteTaxonomy = 'living-well-site';

/** The taxonomy term id of a category: the same in every listing and every export. */
export function categoryTermId(category: ActivityCategoryId): string {
  return stableUuid(livingWellNamespace, `${livingWellTaxonomy}:${category}`);
}

/** The taxonomy term id of a site. */
export function siteTermId(siteId: SiteId): string {
  return stableUuid(livingWellNamespace, `${livingWellSiteTaxonomy}:${siteId}`);
}

/** Lower-case, trimmed, without a final full stop: how free-text vocabulary is compared. */
function comparable(value: string): string {
  return value.trim().replace(/\.$/, '').toLowerCase();
}

const categoryByText = new Map<string, ActivityCategoryId>(
  activityCategoryIds.flatMap((id) => [
    [comparable(id), id],
    [comparable(activityCategoryLabels[id]), id],
  ]),
);

const accessibilityByText = new Map<string, AccessibilityId>(
  accessibilityIds.flatMap((id) => [
    [comparable(id), id],
    [comparable(accessibilityLabels[id]), id],
  ]),
);

/** The category `value` names by id or label (any case); undefined if none. */
export function categoryOfText(value: string): ActivityCategoryId | undefined {
  return categoryByText.get(comparable(value));
}

/** The category a `living-well` term names by code, id, or label; undefined if none. */
export function categoryOfTerm(term: HsdsTaxonomyTerm): ActivityCategoryId | undefined {
  for (const candidate of [term.code, term.id, term.term, term.name]) {
    const found = candidate === null || candidate === undefined ? undefined : categoryByText.get(comparable(candidate));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The Living Well category vocabulary ids, for messages. */
export function knownCategoriesText(): string {
  return activityCategoryIds.join(', ');
}

/** The accessibility feature a description names by label or id; undefined if none. */
export function accessibilityOfText(value: string): AccessibilityId | undefined {
  return accessibilityByText.get(comparable(value));
}
