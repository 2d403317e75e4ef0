import { describe, expect, it } from 'vitest';
import { accessibilityLabels } from '../../src/domain/activities/activity';
import { activityToHsds, activityToHsdsListEntry } from '../../src/listings/hsds/hsds-export';
import { categoryTermId, siteTermId } from '../../src/listings/hsds/hsds-taxonomy';
import { categoryTerm, openReferralTaxonomies, openReferralTaxonomyTerms, siteTerm, taxonomyIdOf } from '../../src/listings/hsds/hsds-vocabulary';
import { siteById } from '../../src/domain/sites';
import { onlineArts, walkingGroup } from '../support/listing-import-fixtures';

/** The export's fields that HSDS 3.0 requires and the Open Referral UK profile adds. */

function firstAddress(service: ReturnType<typeof activityToHsds>): unknown {
  return service.service_at_locations?.[0]?.location?.addresses?.[0];
}

describe('HSDS export: the fields the official schemas require', () => {
  it('gives the organisation a description naming it', () => {
    expect(activityToHsds(walkingGroup()).organization).toEqual({
      id: walkingGroup().organization.id,
      name: 'Example Walking Friends',
      description: 'Example Walking Friends runs community activities listed by Living Well.',
      website: 'https://walking.example.org/',
    });
  });

  it("writes the site's nation as the address's state_province: England, or Scotland for Edinburgh", () => {
    expect(firstAddress(activityToHsds(walkingGroup()))).toMatchObject({
      city: 'Salford',
      state_province: 'England',
      country: 'GB',
      address_type: 'physical',
    });
    const edinburgh = walkingGroup({ site_id: 'edinburgh' });
    expect(firstAddress(activityToHsds(edinburgh))).toMatchObject({
      state_province: 'Scotland',
      country: 'GB',
    });
    // An online location has no address.
    expect(activityToHsds(onlineArts()).service_at_locations?.[0]?.location?.addresses).toBeUndefined();
  });

  it('writes accessibility as description (HSDS 3.0) and accessibility (Open Referral UK)', () => {
    const accessibility = activityToHsds(walkingGroup()).service_at_locations?.[0]?.location?.accessibility ?? [];
    expect(accessibility.map((entry) => [entry.description, entry.accessibility])).toEqual([
      [accessibilityLabels['step-free'], accessibilityLabels['step-free']],
      [accessibilityLabels['accessible-toilet'], accessibilityLabels['accessible-toilet']],
    ]);
  });

  it('links the terms /taxonomy_terms answers, each with description, term and taxonomy_id', () => {
    const terms = (activityToHsds(walkingGroup()).attributes ?? []).map((attribute) => attribute.taxonomy_term);
    expect(terms).toEqual([categoryTerm('walking-physical'), categoryTerm('social-befriending'), siteTerm(siteById('salford'))]);
    expect(terms[0]).toEqual({
      id: categoryTermId('walking-physical'),
      code: 'walking-physical',
      name: 'Walking & physical activity',
      term: 'Walking & physical activity',
      description: 'Walking groups, sport, gardening and other physical activity.',
      taxonomy: 'living-well',
      taxonomy_id: taxonomyIdOf('living-well'),
    });
    expect(terms[2]).toMatchObject({
      id: siteTermId('salford'),
      code: 'salford',
      description: 'Activities listed by Living Well Salford.',
      taxonomy: 'living-well-site',
    });
  });

  it('lists service_list entries without the nested lists', () => {
    const entry = activityToHsdsListEntry(walkingGroup());
    expect(Object.keys(entry).sort()).toEqual(
      ['application_process', 'assured_date', 'description', 'id', 'name', 'organization', 'organization_id', 'status'].sort(),
    );
    expect(entry.organization).toEqual(activityToHsds(walkingGroup()).organization);
  });
});

describe('HSDS vocabulary records', () => {
  it('has two taxonomies with stable ids, and 13 terms with unique ids, each in one of them', () => {
    expect(openReferralTaxonomies.map((taxonomy) => [taxonomy.name, taxonomy.id])).toEqual([
      ['living-well', 'bd3f84ff-aaaf-5656-9888-087651d2030b'],
      ['living-well-site', '4943db86-7e0a-508e-a89e-77717c58aa4f'],
    ]);
    expect(openReferralTaxonomyTerms).toHaveLength(13);
    expect(new Set(openReferralTaxonomyTerms.map((term) => term.id)).size).toBe(13);
    const taxonomyIds = new Set(openReferralTaxonomies.map((taxonomy) => taxonomy.id));
    for (const term of openReferralTaxonomyTerms) {
      expect(taxonomyIds.has(term.taxonomy_id)).toBe(true);
      expect(term.description.length).toBeGreaterThan(10);
      expect(term.term).toBe(term.name);
    }
  });
});
