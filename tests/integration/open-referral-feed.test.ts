import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { anyTimeDays } from '../../src/domain/activities/activity-query';
import type { Activity } from '../../src/domain/activities/activity';
import { distanceKm } from '../../src/domain/activities/outcode-location';
import { nextOccurrence } from '../../src/domain/activities/schedule-occurrences';
import { loadOutcodeCentroids } from '../../src/data/reference-data';
import { loadSampleActivities } from '../../src/data/sample-data';
import { compileHsdsSchemas, hsdsProblems, type HsdsApiPath } from '../support/hsds-schemas';
import { startTestService, type TestService } from '../support/service-harness';

const pageSchema = z.strictObject({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      status: z.string(),
      attributes: z.array(z.looseObject({ taxonomy_term: z.looseObject({ taxonomy: z.string(), code: z.string() }) })),
    }),
  ),
});
type Page = z.infer<typeof pageSchema>;

const errorSchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), fields: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional() }),
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function get(service: TestService, path: string): Promise<Answer> {
  const response = await fetch(`${service.baseUrl}${path}`);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function page(service: TestService, query: string): Promise<Page> {
  const answer = await get(service, `/openreferral/services${query}`);
  expect(answer.status).toBe(200);
  return pageSchema.parse(answer.body);
}

/** Every service the query matches, walking the pages. */
async function everyService(service: TestService, query: string, perPage: number): Promise<Page['contents']> {
  const contents: Page['contents'] = [];
  for (let number = 1; ; number += 1) {
    const current = await page(service, `?${query}${query === '' ? '' : '&'}per_page=${perPage}&page=${number}`);
    contents.push(...current.contents);
    if (current.last_page) return contents;
  }
}

describe('Open Referral feed (embedded mode, sample listings)', () => {
  let service: TestService;
  let samples: Activity[];
  /** The sample listings the feed should show: active, with a session in the next 60 days. */
  let shown: Activity[];
  beforeAll(async () => {
    // Before the server starts: compiling holds up this process for seconds.
    compileHsdsSchemas();
    service = await startTestService();
    samples = await loadSampleActivities();
    const now = Date.now();
    shown = samples.filter((activity) => {
      const next = nextOccurrence(activity, now);
      return next !== undefined && next.start < now + anyTimeDays * 86_400_000;
    });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('walks every page once, seeing each listing once, with the envelope consistent', async () => {
    const first = await page(service, '?per_page=10');
    expect(first.total_items).toBe(shown.length);
    expect(first.total_pages).toBe(Math.ceil(shown.length / 10));
    expect(first).toMatchObject({ page_number: 1, size: 10, first_page: true, last_page: false, empty: false });

    const seen: string[] = [];
    for (let number = 1; number <= first.total_pages; number += 1) {
      const current = await page(service, `?per_page=10&page=${number}`);
      expect(current).toMatchObject({ total_items: shown.length, page_number: number, first_page: number === 1, last_page: number === first.total_pages });
      expect(current.size).toBe(current.contents.length);
      expect(current.size).toBe(number < first.total_pages ? 10 : shown.length - 10 * (first.total_pages - 1));
      seen.push(...current.contents.map((entry) => entry.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(shown.map((activity) => activity.id).sort());
    expect(shown.length).toBeLessThan(samples.length); // the inactive samples are left out

    const past = await page(service, `?per_page=10&page=${first.total_pages + 1}`);
    expect(past).toMatchObject({ total_items: shown.length, size: 0, empty: true, last_page: true, first_page: false, contents: [] });
  });

  it('filters by taxonomy', async () => {
    const peer = await everyService(service, 'taxonomy_id=peer-support', 100);
    expect(peer.map((entry) => entry.id).sort()).toEqual(shown.filter((activity) => activity.categories.includes('peer-support')).map((activity) => activity.id).sort());
    for (const entry of peer) {
      expect(entry.attributes.some((attribute) => attribute.taxonomy_term.taxonomy === 'living-well' && attribute.taxonomy_term.code === 'peer-support')).toBe(true);
    }
  });

  it('filters by postcode M6 and proximity 2000: only listings with a place within 2 km', async () => {
    const m6 = loadOutcodeCentroids()['M6'];
    if (m6 === undefined) throw new Error('no M6 centroid');
    const nearestKm = (activity: Activity): number =>
      Math.min(
        ...activity.locations.map((location) =>
          location.location_type === 'physical' ? distanceKm(m6, { lat: location.latitude, lon: location.longitude }) : Number.POSITIVE_INFINITY,
        ),
      );
    const near = await everyService(service, 'postcode=M6&proximity=2000', 5);
    expect(near.length).toBeGreaterThan(0);
    const byId = new Map(samples.map((activity) => [activity.id, activity]));
    for (const entry of near) {
      const activity = byId.get(entry.id);
      expect(activity).toBeDefined();
      if (activity !== undefined) expect(nearestKm(activity)).toBeLessThanOrEqual(2);
    }
    expect(near.map((entry) => entry.id).sort()).toEqual(shown.filter((activity) => nearestKm(activity) <= 2).map((activity) => activity.id).sort());
    // Wider, the same postcode written in full finds more.
    const wider = await page(service, '?postcode=M6%205AB&proximity=5000');
    expect(wider.total_items).toBeGreaterThan(near.length);
  });

  it('filters by day: sunday', async () => {
    const sunday = await everyService(service, 'day=sunday', 100);
    const names = sunday.map((entry) => entry.name);
    expect(names).toContain('Salford Sunday Striders walking group');
    expect(names).toContain('Online Sunday natter');
    expect(names).not.toContain('Salford Saturday drawing club');
    const byId = new Map(samples.map((activity) => [activity.id, activity]));
    for (const entry of sunday) {
      const schedules = byId.get(entry.id)?.schedules ?? [];
      // Weekly Sunday schedules, or ones (monthly) that can fall on a Sunday.
      expect(schedules.some((schedule) => schedule.byday === undefined || schedule.byday.includes('SU'))).toBe(true);
    }
  });

  it('answers one service by id, 404 for an unknown one, 400 for one that is not a UUID', async () => {
    const sample = shown[0];
    if (sample === undefined) throw new Error('no samples');
    const found = await get(service, `/openreferral/services/${sample.id}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual(JSON.parse(JSON.stringify(activityToHsds(sample))));
    expect(found.headers.get('cache-control')).toBe('public, max-age=60');

    const unknown = await get(service, `/openreferral/services/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(errorSchema.parse(unknown.body).error.code).toBe('NOT_FOUND');

    const notUuid = await get(service, '/openreferral/services/not-a-uuid');
    expect(notUuid.status).toBe(400);
    expect(errorSchema.parse(notUuid.body).error.fields?.map((field) => field.field)).toEqual(['id']);
  });

  it('answers 400 naming the field for a bad postcode and a bad page', async () => {
    const postcode = await get(service, '/openreferral/services?postcode=hello');
    expect(postcode.status).toBe(400);
    expect(errorSchema.parse(postcode.body)).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.any(String), fields: [{ field: 'postcode', message: 'not a UK postcode, e.g. M6 5AB or M6' }] },
    });
    const badPage = await get(service, '/openreferral/services?page=0');
    expect(badPage.status).toBe(400);
    expect(errorSchema.parse(badPage.body).error.fields?.map((field) => field.field)).toEqual(['page']);
    expect(badPage.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 400 naming every bad parameter at once', async () => {
    const answer = await get(service, '/openreferral/services?page=0&day=funday&postcode=hello&start_time=18:00&end_time=09:00');
    expect(answer.status).toBe(400);
    expect(errorSchema.parse(answer.body).error.fields?.map((field) => field.field)).toEqual(['day', 'page', 'postcode', 'end_time']);
  });

  it('is open to any origin and cacheable for a minute', async () => {
    const answer = await get(service, '/openreferral/services?per_page=1');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    expect(answer.headers.get('content-type')).toContain('application/json');
  });

  it('answers GET /openreferral and /openreferral/ with the HSDS version, profile and OpenAPI file', async () => {
    for (const path of ['/openreferral', '/openreferral/']) {
      const answer = await get(service, path);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        version: '3.0',
        profile: 'https://github.com/openreferral/uk-profile',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    }
  });

  it('answers every endpoint with what the HSDS 3.0 and Open Referral UK schemas accept', async () => {
    const taxonomies = await get(service, '/openreferral/taxonomies');
    const terms = await get(service, '/openreferral/taxonomy_terms?per_page=100');
    const taxonomyId = z.object({ contents: z.array(z.object({ id: z.string() })).min(1) }).parse(taxonomies.body).contents[0]?.id ?? '';
    const termId = z.object({ contents: z.array(z.object({ id: z.string() })).min(1) }).parse(terms.body).contents[0]?.id ?? '';
    const sample = shown[0];
    if (sample === undefined) throw new Error('no samples');
    const answers: Array<[HsdsApiPath, string]> = [
      ['/', '/openreferral/'],
      ['/services', '/openreferral/services?per_page=100'],
      ['/services', '/openreferral/services?per_page=100&full=false'],
      ['/services', '/openreferral/services?per_page=5&page=1000'],
      ['/services/{id}', `/openreferral/services/${sample.id}`],
      ['/taxonomies', '/openreferral/taxonomies'],
      ['/taxonomies/{id}', `/openreferral/taxonomies/${taxonomyId}`],
      ['/taxonomy_terms', '/openreferral/taxonomy_terms?per_page=100'],
      ['/taxonomy_terms/{id}', `/openreferral/taxonomy_terms/${termId}`],
    ];
    for (const [apiPath, path] of answers) {
      const answer = await get(service, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      for (const standard of ['hsds', 'uk'] as const) expect({ path, standard, problems: hsdsProblems(standard, apiPath, answer.body) }).toEqual({ path, standard, problems: [] });
    }
  });

  it('pages the taxonomy terms and filters them by taxonomy', async () => {
    const first = await get(service, '/openreferral/taxonomy_terms?per_page=10');
    expect(first.body).toMatchObject({ total_items: 13, total_pages: 2, page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
    const second = await get(service, '/openreferral/taxonomy_terms?per_page=10&page=2');
    expect(second.body).toMatchObject({ total_items: 13, page_number: 2, size: 3, first_page: false, last_page: true });
    const sites = await get(service, '/openreferral/taxonomy_terms?taxonomy_id=living-well-site');
    expect(z.object({ contents: z.array(z.object({ code: z.string() })) }).parse(sites.body).contents.map((term) => term.code)).toEqual([
      'lambeth',
      'edinburgh',
      'luton',
      'salford',
      'tameside-glossop',
    ]);
    const bad = await get(service, '/openreferral/taxonomies?per_page=0');
    expect(bad.status).toBe(400);
    expect(errorSchema.parse(bad.body).error.fields?.map((field) => field.field)).toEqual(['per_page']);
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 for an unknown taxonomy or term and 400 for an id that is not a UUID', async () => {
    for (const path of [`/openreferral/taxonomies/${randomUUID()}`, `/openreferral/taxonomy_terms/${randomUUID()}`]) {
      const answer = await get(service, path);
      expect(answer.status).toBe(404);
      expect(errorSchema.parse(answer.body).error.code).toBe('NOT_FOUND');
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    }
    const notUuid = await get(service, '/openreferral/taxonomy_terms/peer-support');
    expect(notUuid.status).toBe(400);
    expect(errorSchema.parse(notUuid.body).error.fields).toEqual([{ field: 'id', message: 'a taxonomy term id (a UUID)' }]);
  });

  it("filters services by a site's taxonomy term and by organisation", async () => {
    const salford = shown.filter((activity) => activity.site_id === 'salford');
    const terms = z.object({ contents: z.array(z.object({ id: z.string(), code: z.string() })) }).parse((await get(service, '/openreferral/taxonomy_terms?per_page=100')).body);
    const salfordTerm = terms.contents.find((term) => term.code === 'salford')?.id ?? '';
    const bySite = await everyService(service, `taxonomy_term_id=${salfordTerm}`, 100);
    expect(bySite.map((entry) => entry.id).sort()).toEqual(salford.map((activity) => activity.id).sort());
    const organizationId = salford[0]?.organization.id ?? '';
    const byOrganization = await everyService(service, `organization_id=${organizationId}`, 100);
    expect(byOrganization.map((entry) => entry.id).sort()).toEqual(shown.filter((activity) => activity.organization.id === organizationId).map((activity) => activity.id).sort());
  });
});
