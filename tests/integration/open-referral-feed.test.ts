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
});
