import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { siteTerm, taxonomyIdOf } from '../../src/listings/hsds/hsds-vocabulary';
import { siteById } from '../../src/domain/sites';
import { activitySchema, type Activity, type ActivityLocation, type Schedule } from '../../src/domain/activities/activity';
import { type AppError, isAppError } from '../../src/domain/app-error';
import { OpenReferralFeed } from '../../src/listings/open-referral-feed';
import type { HsdsPage } from '../../src/listings/open-referral-paging';
import { StoreActivityFinder } from '../../src/listings/store-activity-finder';
import { MemoryActivityStore } from '../../src/store/memory/memory-activity-store';
import { fixtureUuid, hallNorthOfM6, m6, weeklySchedule } from '../support/listing-builders';

/** Wednesday 11 March 2026, 10:30 in London (GMT). Sunday is the 15th; 15 April is a Wednesday. */
const now = DateTime.fromISO('2026-03-11T10:30', { zone: 'Europe/London' }).toMillis();

function listing(name: string, schedules: Schedule[], locations: ActivityLocation[], categories: Activity['categories'], status: Activity['status'] = 'active'): Activity {
  return activitySchema.parse({
    id: fixtureUuid(),
    site_id: 'salford',
    name,
    description: `${name}: a friendly group.`,
    status,
    organization: { id: fixtureUuid(), name: 'Salford Community Trust' },
    locations,
    schedules,
    cost_options: [],
    categories,
    accessibility: [],
    languages: ['en'],
    phones: [],
    how_to_join: 'Just turn up.',
    assured_date: '2026-03-01',
    sample: false,
  });
}

const walking = listing('Tuesday walking group', [weeklySchedule('TU', '10:00', '11:30')], [hallNorthOfM6(0)], ['walking-physical']);
const peerEvening = listing('Monday evening peer support', [weeklySchedule('MO', '18:30', '20:00')], [hallNorthOfM6(1)], ['peer-support']);
const pottery = listing('Pottery afternoon', [weeklySchedule('TU', '14:00', '16:00')], [hallNorthOfM6(3)], ['arts-creative']);
const sundayOnline = listing('Sunday online natter', [weeklySchedule('SU', '16:00', '17:00')], [{ id: fixtureUuid(), location_type: 'virtual', name: 'Zoom' }], ['social-befriending']);
const moneyAdvice = listing(
  'Money advice surgery',
  [{ id: fixtureUuid(), freq: 'MONTHLY', interval: 1, bymonthday: '15', dtstart: '2026-01-15', opens_at: '13:00', closes_at: '16:00' }],
  [hallNorthOfM6(8)],
  ['housing-money-advice'],
);
const twoDayPeer = listing('Two-day peer group', [weeklySchedule('MO', '10:00', '11:00'), weeklySchedule('TH', '19:00', '20:00')], [hallNorthOfM6(1.5)], ['peer-support', 'social-befriending']);
const artClub = listing('Saturday art club', [weeklySchedule('SA', '11:00', '13:00')], [hallNorthOfM6(6)], ['arts-creative']);
const closedChoir = listing('Closed choir', [weeklySchedule('WE', '19:00', '20:30')], [hallNorthOfM6(0)], ['arts-creative'], 'inactive');
const finishedCourse = listing('Finished course', [weeklySchedule('TU', '10:00', '12:00', { until: '2026-02-24' })], [hallNorthOfM6(0)], ['learning-courses']);

/** The listings the feed shows, soonest session first from `now`. */
const soonestFirst = [twoDayPeer, artClub, moneyAdvice, sundayOnline, peerEvening, walking, pottery];

let feed: OpenReferralFeed;
beforeAll(async () => {
  const store = new MemoryActivityStore();
  await store.putMany([walking, peerEvening, pottery, sundayOnline, moneyAdvice, twoDayPeer, artClub, closedChoir, finishedCourse]);
  const clock = { now: () => now };
  const finder = new StoreActivityFinder({ activities: store, centroids: { M6: { ...m6, site: 'salford' } }, clock });
  feed = new OpenReferralFeed({ finder, activities: store, clock });
});

function names(page: HsdsPage<{ name?: string | null | undefined }>): Array<string | null | undefined> {
  return page.contents.map((service) => service.name);
}

function namesOf(activities: readonly Activity[]): string[] {
  return activities.map((activity) => activity.name);
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function badFields(query: Record<string, string>): Promise<string[]> {
  const error = await failure(feed.listServices(query));
  expect(error.code).toBe('BAD_REQUEST');
  return (error.fields ?? []).map((field) => field.field);
}

describe('Open Referral feed: GET /services', () => {
  it('lists active listings with a session coming up, soonest first, as HSDS services', async () => {
    const page = await feed.listServices({});
    expect(names(page)).toEqual(namesOf(soonestFirst));
    expect(page.contents[0]).toEqual(activityToHsds(twoDayPeer));
    expect(page).toMatchObject({ total_items: 7, total_pages: 1, page_number: 1, size: 7, first_page: true, last_page: true, empty: false });
  });

  it('pages: total_pages, first, middle, last and past the end', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => feed.listServices({ per_page: '3', page: String(page) })));
    const [first, middle, last, past] = pages;
    expect(first).toMatchObject({ total_items: 7, total_pages: 3, page_number: 1, size: 3, first_page: true, last_page: false, empty: false });
    expect(middle).toMatchObject({ total_items: 7, total_pages: 3, page_number: 2, size: 3, first_page: false, last_page: false, empty: false });
    expect(last).toMatchObject({ total_items: 7, total_pages: 3, page_number: 3, size: 1, first_page: false, last_page: true, empty: false });
    expect(past).toEqual({ total_items: 7, total_pages: 3, page_number: 4, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
    expect(pages.flatMap((page) => names(page))).toEqual(namesOf(soonestFirst));
  });

  it('pages exactly full: per_page equal to the total is one page', async () => {
    expect(await feed.listServices({ per_page: '7' })).toMatchObject({ total_pages: 1, size: 7, first_page: true, last_page: true });
    expect(await feed.listServices({ per_page: '1', page: '7' })).toMatchObject({ total_pages: 7, size: 1, first_page: false, last_page: true });
    expect(await feed.listServices({ per_page: '100' })).toMatchObject({ total_pages: 1, size: 7 });
  });

  it('answers an empty first page when nothing matches', async () => {
    expect(await feed.listServices({ taxonomy_id: 'employment-advice' })).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });

  it('refuses page and per_page out of range or not whole numbers', async () => {
    for (const bad of ['0', '101', 'ten', '2.5', '-1', '', '1e1']) expect(await badFields({ per_page: bad })).toEqual(['per_page']);
    for (const bad of ['0', '-1', 'x', '1.5', '']) expect(await badFields({ page: bad })).toEqual(['page']);
    const error = await failure(feed.listServices({ per_page: '101' }));
    expect(error.fields).toEqual([{ field: 'per_page', message: 'a whole number from 1 to 100' }]);
  });

  it('leaves out inactive listings and those with no session in the horizon', async () => {
    expect(names(await feed.listServices({ search: 'choir' }))).not.toContain('Closed choir');
    expect(names(await feed.listServices({ search: 'finished course' }))).not.toContain('Finished course');
  });

  it('searches free text, best match first', async () => {
    const page = await feed.listServices({ search: 'pottery' });
    expect(page.contents[0]?.name).toBe('Pottery afternoon');
    expect(page.total_items).toBe(page.contents.length);
    expect(names(await feed.listServices({ search: '   ' }))).toEqual(namesOf(soonestFirst));
    expect(await badFields({ search: 'x'.repeat(201) })).toEqual(['search']);
  });

  it('filters by category id or by the taxonomy term id the services carry', async () => {
    expect(names(await feed.listServices({ taxonomy_id: 'peer-support' }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    const term = activityToHsds(peerEvening).attributes?.find((attribute) => attribute.taxonomy_term?.taxonomy === 'living-well')?.taxonomy_term;
    expect(term?.code).toBe('peer-support');
    const termId = term?.id ?? '';
    expect(names(await feed.listServices({ taxonomy_id: termId }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    expect(names(await feed.listServices({ taxonomy_id: termId.toUpperCase() }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    expect(names(await feed.listServices({ taxonomy_term_id: 'Peer-Support' }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    // Both given: both must hold.
    expect(names(await feed.listServices({ taxonomy_id: 'peer-support', taxonomy_term_id: 'social-befriending' }))).toEqual(['Two-day peer group']);
    expect(await badFields({ taxonomy_id: 'gardening' })).toEqual(['taxonomy_id']);
    expect(await badFields({ taxonomy_term_id: randomUUID() })).toEqual(['taxonomy_term_id']);
  });

  it("filters by a site's term, by any term of one of our taxonomies, and by organization_id", async () => {
    expect(names(await feed.listServices({ taxonomy_term_id: siteTerm(siteById('salford')).id }))).toEqual(namesOf(soonestFirst));
    expect((await feed.listServices({ taxonomy_term_id: siteTerm(siteById('lambeth')).id })).total_items).toBe(0);
    expect(names(await feed.listServices({ taxonomy_id: taxonomyIdOf('living-well') }))).toEqual(namesOf(soonestFirst));
    expect(names(await feed.listServices({ taxonomy_id: 'living-well-site', taxonomy_term_id: 'arts-creative' }))).toEqual(namesOf([artClub, pottery]));
    // A taxonomy is not a term.
    expect(await badFields({ taxonomy_term_id: taxonomyIdOf('living-well') })).toEqual(['taxonomy_term_id']);
    expect(names(await feed.listServices({ organization_id: walking.organization.id.toUpperCase() }))).toEqual(['Tuesday walking group']);
    expect((await feed.listServices({ organization_id: randomUUID() })).total_items).toBe(0);
    expect(await badFields({ organization_id: ' ' })).toEqual(['organization_id']);
  });

  it('answers service_list entries (one-to-one fields and the organisation) with full=false', async () => {
    const page = await feed.listServices({ full: 'false', per_page: '1' });
    const full = activityToHsds(twoDayPeer);
    expect(page.contents).toEqual([
      {
        id: full.id,
        organization_id: full.organization_id,
        name: full.name,
        description: full.description,
        status: full.status,
        application_process: full.application_process,
        assured_date: full.assured_date,
        organization: full.organization,
      },
    ]);
    expect((await feed.listServices({ full: 'true', per_page: '1' })).contents).toEqual([full]);
  });

  it('filters by postcode and proximity in metres (default 5000), leaving out online-only listings', async () => {
    expect(names(await feed.listServices({ postcode: 'M6', proximity: '2000' }))).toEqual(namesOf([twoDayPeer, peerEvening, walking]));
    expect(names(await feed.listServices({ postcode: 'm6 5ab', proximity: '2000' }))).toEqual(namesOf([twoDayPeer, peerEvening, walking]));
    expect(names(await feed.listServices({ postcode: 'M6' }))).toEqual(namesOf([twoDayPeer, peerEvening, walking, pottery]));
    expect(names(await feed.listServices({ postcode: 'M6', proximity: '100000' }))).toEqual(
      namesOf(soonestFirst.filter((activity) => activity !== sundayOnline)),
    );
  });

  it('refuses an unreadable or unplaceable postcode, and proximity without one or out of range', async () => {
    const unreadable = await failure(feed.listServices({ postcode: 'hello' }));
    expect(unreadable.fields).toEqual([{ field: 'postcode', message: 'not a UK postcode, e.g. M6 5AB or M6' }]);
    const elsewhere = await failure(feed.listServices({ postcode: 'EH1 1EE' }));
    expect(elsewhere.fields?.[0]?.field).toBe('postcode');
    expect(elsewhere.fields?.[0]?.message).toContain('outside the areas');
    expect(await badFields({ postcode: '' })).toEqual(['postcode']);
    expect(await badFields({ proximity: '2000' })).toEqual(['proximity']);
    for (const bad of ['0', '100001', 'far', '1.5']) expect(await badFields({ postcode: 'M6', proximity: bad })).toEqual(['proximity']);
  });

  it('filters by day of the week: a session on that weekday in the horizon', async () => {
    expect(names(await feed.listServices({ day: 'sunday' }))).toEqual(namesOf([moneyAdvice, sundayOnline]));
    expect(names(await feed.listServices({ day: 'SU' }))).toEqual(namesOf([moneyAdvice, sundayOnline]));
    expect(names(await feed.listServices({ day: 'Monday' }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    expect(names(await feed.listServices({ day: 'mo' }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    // The 15th of the month is a Sunday in March and a Wednesday in April; the inactive Wednesday choir stays out.
    expect(names(await feed.listServices({ day: 'wednesday' }))).toEqual(['Money advice surgery']);
    expect(await badFields({ day: 'funday' })).toEqual(['day']);
  });

  it('filters by start and end time, on the same schedule as the day', async () => {
    expect(names(await feed.listServices({ start_time: '18:00' }))).toEqual(namesOf([twoDayPeer, peerEvening]));
    expect(names(await feed.listServices({ day: 'monday', start_time: '18:00' }))).toEqual(['Monday evening peer support']);
    expect(names(await feed.listServices({ start_time: '10:00', end_time: '11:30' }))).toEqual(namesOf([twoDayPeer, walking]));
    expect(names(await feed.listServices({ end_time: '12:00' }))).toEqual(namesOf([twoDayPeer, walking]));
    expect(names(await feed.listServices({ day: 'tuesday', start_time: '13:00' }))).toEqual(['Pottery afternoon']);
    expect(names(await feed.listServices({ day: 'tuesday', start_time: '13:00', end_time: '15:00' }))).toEqual([]);
  });

  it('refuses times that are not HH:MM, or an end not after the start', async () => {
    expect(await badFields({ start_time: '25:00' })).toEqual(['start_time']);
    expect(await badFields({ end_time: '9am' })).toEqual(['end_time']);
    expect(await badFields({ start_time: '12:00', end_time: '12:00' })).toEqual(['end_time']);
    expect(await badFields({ start_time: '12:00', end_time: '09:00' })).toEqual(['end_time']);
  });

  it('names every bad parameter at once, refuses HSDS parameters it cannot honour and ignores unknown ones', async () => {
    expect(await badFields({ page: '0', per_page: '500', day: 'funday' })).toEqual(['day', 'page', 'per_page']);
    expect(await badFields({ minimal: 'true' })).toEqual(['minimal']);
    expect(await badFields({ full: 'yes' })).toEqual(['full']);
    expect(await badFields({ modified_after: '2026-01-01T00:00:00Z' })).toEqual(['modified_after']);
    expect(await badFields({ format: 'ndjson' })).toEqual(['format']);
    expect((await feed.listServices({ format: 'json', full: 'true', _: '12345' })).total_items).toBe(7);
  });

  it('names the whole-query problems (postcode, proximity, time order) in the same answer as the rest', async () => {
    const error = await failure(
      feed.listServices({ per_page: '0', taxonomy_id: 'gardening', minimal: 'true', postcode: 'hello', start_time: '12:00', end_time: '09:00' }),
    );
    expect(error.fields).toEqual([
      { field: 'taxonomy_id', message: expect.stringContaining('a Living Well category') },
      { field: 'per_page', message: 'a whole number from 1 to 100' },
      { field: 'minimal', message: 'not supported by this feed' },
      { field: 'postcode', message: 'not a UK postcode, e.g. M6 5AB or M6' },
      { field: 'end_time', message: 'must be later than start_time' },
    ]);
    expect(await badFields({ page: 'x', postcode: 'EH1 1EE' })).toEqual(['page', 'postcode']);
    expect(await badFields({ day: 'funday', proximity: '2000' })).toEqual(['day', 'proximity']);
    // A parameter wrong by itself is not also judged by the whole-query rules.
    expect(await badFields({ postcode: ' ', proximity: '2000' })).toEqual(['postcode']);
    expect(await badFields({ start_time: '25:00', end_time: '09:00' })).toEqual(['start_time']);
  });
});

describe('Open Referral feed: GET /services/{id}', () => {
  it('answers the compiled service, whatever its status', async () => {
    expect(await feed.getService(walking.id)).toEqual(activityToHsds(walking));
    expect(await feed.getService(walking.id.toUpperCase())).toEqual(activityToHsds(walking));
    expect(await feed.getService(closedChoir.id)).toMatchObject({ id: closedChoir.id, status: 'inactive' });
  });

  it('answers NOT_FOUND for an unknown id and BAD_REQUEST naming id for one that is not a UUID', async () => {
    expect((await failure(feed.getService(randomUUID()))).code).toBe('NOT_FOUND');
    const bad = await failure(feed.getService('abc'));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fields?.map((field) => field.field)).toEqual(['id']);
    expect((await failure(feed.getService(undefined))).code).toBe('BAD_REQUEST');
  });
});
