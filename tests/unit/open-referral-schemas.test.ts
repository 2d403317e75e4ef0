import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityIds, activityCategoryIds, type Activity } from '../../src/domain/activities/activity';
import { siteIds } from '../../src/domain/sites';
import { loadSampleActivities } from '../../src/data/sample-data';
import { openReferralTaxonomies, openReferralTaxonomyTerms } from '../../src/listings/hsds/hsds-vocabulary';
import { OpenReferralFeed } from '../../src/listings/open-referral-feed';
import { StoreActivityFinder } from '../../src/listings/store-activity-finder';
import { loadOutcodeCentroids } from '../../src/data/reference-data';
import { MemoryActivityStore } from '../../src/store/memory/memory-activity-store';
import { hsdsProblems, type HsdsApiPath, type HsdsStandard } from '../support/hsds-schemas';
import { onlineArts, walkingGroup } from '../support/listing-import-fixtures';

/**
 * Every answer of the feed's handlers, over the sample listings of all five sites and the mapping
 * fixtures, checked against the official HSDS 3.0 and Open Referral UK schemas
 * (data/hsds-schemas/) as each OpenAPI file defines the endpoint's 200 answer.
 */

const standards: readonly HsdsStandard[] = ['hsds', 'uk'];

/** As the answer goes over the wire. */
function wire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function expectValid(apiPath: HsdsApiPath, body: unknown): void {
  for (const standard of standards)
    expect({
      standard,
      apiPath,
      problems: hsdsProblems(standard, apiPath, wire(body)),
    }).toEqual({ standard, apiPath, problems: [] });
}

let listings: Activity[];
let feed: OpenReferralFeed;
beforeAll(async () => {
  // The fixtures add what the samples may lack: a virtual location with a public link, a paid
  // cost, a listing with no accessibility, several phones and languages.
  listings = [...(await loadSampleActivities()), walkingGroup(), onlineArts()];
  const store = new MemoryActivityStore();
  await store.putMany(listings);
  const clock = { now: () => Date.parse('2026-12-07T12:00:00Z') };
  feed = new OpenReferralFeed({
    finder: new StoreActivityFinder({
      activities: store,
      centroids: loadOutcodeCentroids(),
      clock,
    }),
    activities: store,
    clock,
  });
}, 60_000);

describe('the listings checked are realistic', () => {
  it('cover every kind of schedule, location, cost, accessibility, site and status', () => {
    const schedules = listings.flatMap((listing) => listing.schedules);
    const locations = listings.flatMap((listing) => listing.locations);
    const coverage: Record<string, boolean> = {
      weekly: schedules.some((schedule) => schedule.freq === 'WEEKLY' && schedule.interval === 1),
      fortnightly: schedules.some((schedule) => schedule.freq === 'WEEKLY' && schedule.interval > 1),
      monthlyByDay: schedules.some((schedule) => schedule.freq === 'MONTHLY' && schedule.byday !== undefined),
      monthlyByDate: schedules.some((schedule) => schedule.freq === 'MONTHLY' && schedule.bymonthday !== undefined),
      until: schedules.some((schedule) => schedule.until !== undefined),
      physical: locations.some((location) => location.location_type === 'physical'),
      virtualWithLink: locations.some((location) => location.location_type === 'virtual' && location.url !== undefined),
      virtualWithoutLink: locations.some((location) => location.location_type === 'virtual' && location.url === undefined),
      onlineAndInPerson: listings.some((listing) => new Set(listing.locations.map((location) => location.location_type)).size === 2),
      free: listings.some((listing) => listing.cost_options.length === 0),
      paid: listings.some((listing) => listing.cost_options.some((cost) => cost.amount > 0)),
      noAccessibility: listings.some((listing) => listing.accessibility.length === 0),
      otherLanguages: listings.some((listing) => listing.languages.some((code) => code !== 'en')),
      phones: listings.some((listing) => listing.phones.length > 0),
      inactive: listings.some((listing) => listing.status !== 'active'),
    };
    expect(Object.keys(coverage).filter((kind) => !coverage[kind])).toEqual([]);
    expect(new Set(listings.flatMap((listing) => listing.accessibility))).toEqual(new Set(accessibilityIds));
    expect(new Set(listings.flatMap((listing) => listing.categories))).toEqual(new Set(activityCategoryIds));
    expect(new Set(listings.map((listing) => listing.site_id))).toEqual(new Set(siteIds));
  });
});

describe('every feed answer validates against the HSDS 3.0 and Open Referral UK schemas', () => {
  it('GET /', () => {
    expectValid('/', feed.about());
  });

  it('GET /services/{id}: every listing, whatever its status', { timeout: 120_000 }, async () => {
    for (const listing of listings) expectValid('/services/{id}', await feed.getService(listing.id));
  });

  it('GET /services: every page, full and service_list entries, and an empty page', { timeout: 120_000 }, async () => {
    const first = await feed.listServices({ per_page: '100' });
    expect(first.total_items).toBeGreaterThan(20);
    for (let page = 1; page <= first.total_pages + 1; page += 1) {
      expectValid('/services', await feed.listServices({ per_page: '100', page: String(page) }));
      expectValid(
        '/services',
        await feed.listServices({
          per_page: '100',
          page: String(page),
          full: 'false',
        }),
      );
    }
    // Each entry of a /services page is a whole service too (the feed answers them compiled).
    for (const service of first.contents) expectValid('/services/{id}', service);
  });

  it('GET /taxonomies, /taxonomies/{id}, /taxonomy_terms, /taxonomy_terms/{id}', () => {
    expectValid('/taxonomies', feed.listTaxonomies({}));
    expectValid('/taxonomies', feed.listTaxonomies({ per_page: '1', page: '3' }));
    for (const taxonomy of openReferralTaxonomies) expectValid('/taxonomies/{id}', feed.getTaxonomy(taxonomy.id));
    expectValid('/taxonomy_terms', feed.listTaxonomyTerms({}));
    expectValid(
      '/taxonomy_terms',
      feed.listTaxonomyTerms({
        parent_id: openReferralTaxonomyTerms[0]?.id ?? '',
      }),
    );
    for (const term of openReferralTaxonomyTerms) expectValid('/taxonomy_terms/{id}', feed.getTaxonomyTerm(term.id));
  });
});

describe('the schema check is real', () => {
  it('finds what the feed used to leave out', async () => {
    const service = wire(await feed.getService(walkingGroup().id));
    if (typeof service !== 'object' || service === null || !('organization' in service)) throw new Error('no organization');
    const broken = {
      ...service,
      organization: {
        id: walkingGroup().organization.id,
        name: 'Example Walking Friends',
      },
    };
    expect(hsdsProblems('hsds', '/services/{id}', broken)).toEqual(["/organization: must have required property 'description'"]);
    expect(
      hsdsProblems('uk', '/taxonomy_terms/{id}', {
        id: 'not-a-uuid',
        name: 'x',
      }),
    ).toEqual(["/: must have required property 'description'", '/id: must match format "uuid"']);
    expect(
      hsdsProblems('hsds', '/taxonomies', {
        ...feed.listTaxonomies({}),
        total_items: 'two',
      }),
    ).toEqual(['/total_items: must be integer']);
  });
});
