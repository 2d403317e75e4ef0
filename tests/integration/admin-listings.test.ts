import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { activitySchema, type Activity } from '../../src/domain/activities/activity';
import { sessionState } from '../../src/domain/activities/activity-reminders';
import { listingFlagIds } from '../../src/domain/activities/listing-flags';
import { adminAuditEntrySchema } from '../../src/domain/admin/admin-audit-entry';
import { activityFixture } from '../support/admin-activity-fixture';
import { call, fieldsOf, newListingBody, siteToken } from '../support/admin-http';
import { startTestService, type TestService } from '../support/service-harness';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'l1st'.repeat(8)}`;

const overviewSchema = z.strictObject({
  listings: z.array(
    z.strictObject({
      id: z.uuid(),
      name: z.string(),
      category: z.string().nullable(),
      status: z.string(),
      organization: z.string(),
      assuredDate: z.iso.date(),
      nextSession: z.string().nullable(),
      flags: z.array(z.enum(listingFlagIds)),
      missingFields: z.array(z.string()),
    }),
  ),
});
const previewSchema = z.strictObject({ description: z.string(), nextSessions: z.array(z.string()) });
const auditSchema = z.strictObject({ entries: z.array(adminAuditEntrySchema) });
/** The public feed's page, as far as these tests read it (people's search: the finder the chat uses). */
const feedPageSchema = z.looseObject({ contents: z.array(z.looseObject({ id: z.string() })) });

const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes))('admin listings for the staff app (%s mode)', (mode) => {
  // Monday 7 December 2026, 9am in London (GMT): the fixture's walk is every Tuesday, 10am to 11:30am.
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00.000Z'));
  let service: TestService;
  let salford: string;
  const activities = '/api/admin/sites/salford/activities';
  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, ...(mode === 'redis' ? modes.redis() : modes.embedded()) }, { clock });
    salford = await siteToken(service, adminToken, 'salford');
  });
  afterAll(async () => {
    await service.stop();
  });

  async function create(overrides: Record<string, unknown> = {}): Promise<Activity> {
    const answer = await call(service, activities, { method: 'POST', token: salford, body: newListingBody(overrides) });
    expect(answer.status).toBe(201);
    return activitySchema.parse(answer.body);
  }

  async function auditOf(id: string, query = ''): Promise<z.infer<typeof auditSchema>['entries']> {
    const answer = await call(service, `${activities}/${id}/audit${query}`, { token: salford });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    return auditSchema.parse(answer.body).entries;
  }

  /** The ids people's search finds for a word (the public feed, over the same finder as the chat). */
  async function peopleFind(word: string): Promise<string[]> {
    const answer = await fetch(`${service.baseUrl}/openreferral/services?search=${encodeURIComponent(word)}&per_page=50`);
    expect(answer.status).toBe(200);
    return feedPageSchema.parse(await answer.json()).contents.map((entry) => entry.id);
  }

  it('lists every listing of the site with its flags and next session in words, sorted by name', async () => {
    const good = await create({ name: 'Aardvark walking group', assured_date: '2026-11-01' });
    const stale = await create({ name: 'Aardvark stale walk', assured_date: '2026-05-01', phones: [], accessibility: [] });
    const [schedule] = activityFixture().schedules;
    const ended = await create({ name: 'Aardvark ended walk', schedules: [{ ...schedule, until: '2026-11-30' }] });
    const answer = await call(service, `${activities}/overview`, { token: salford });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { listings } = overviewSchema.parse(answer.body);
    const names = listings.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true })));
    const row = (id: string) => listings.find((listing) => listing.id === id);
    expect(row(good.id)).toEqual({
      id: good.id,
      name: 'Aardvark walking group',
      category: 'walking-physical',
      status: 'active',
      organization: 'Example Walking Friends',
      assuredDate: '2026-11-01',
      nextSession: 'Tomorrow, 10am to 11:30am',
      flags: [],
      missingFields: [],
    });
    expect(row(stale.id)).toMatchObject({ flags: ['review-due', 'missing-fields'], missingFields: ['contact', 'accessibility'] });
    expect(row(ended.id)).toMatchObject({ flags: ['no-upcoming-session'], nextSession: null });
    expect((await call(service, '/api/admin/sites/lambeth/activities/overview', { token: salford })).status).toBe(403);
    expect((await call(service, `${activities}/overview`)).status).toBe(401);
  });

  it('previews schedules not saved yet: the description and the next five sessions', async () => {
    const schedules = [
      { freq: 'WEEKLY', interval: 1, byday: 'TH', dtstart: '2026-01-01', opens_at: '18:30', closes_at: '20:00' },
      { freq: 'MONTHLY', interval: 1, byday: '-1FR', dtstart: '2026-01-01', opens_at: '10:00', closes_at: '12:00' },
    ];
    const answer = await call(service, `${activities}/schedule-preview`, { method: 'POST', token: salford, body: { schedules } });
    expect(answer.status).toBe(200);
    expect(previewSchema.parse(answer.body)).toEqual({
      description: 'Every Thursday, 6:30pm to 8pm; Last Friday of the month, 10am to 12pm',
      nextSessions: ['Thursday, 6:30pm to 8pm', 'Thu 17 December, 6:30pm to 8pm', 'Thu 24 December, 6:30pm to 8pm', 'Fri 25 December, 10am to 12pm', 'Thu 31 December, 6:30pm to 8pm'],
    });
  });

  it('refuses a bad schedule preview with 400 naming each field, by the listing schema', async () => {
    const bad = await call(service, `${activities}/schedule-preview`, {
      method: 'POST',
      token: salford,
      body: { schedules: [{ freq: 'WEEKLY', interval: 1, byday: 'XX', dtstart: '2026-01-01', opens_at: '18:30', closes_at: '17:00' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(fieldsOf(bad).map((field) => field.field)).toEqual(expect.arrayContaining(['schedules[0].byday']));
    const none = await call(service, `${activities}/schedule-preview`, { method: 'POST', token: salford, body: { schedules: [] } });
    expect(none.status).toBe(400);
    expect(fieldsOf(none).map((field) => field.field)).toEqual(['schedules']);
    const extra = await call(service, `${activities}/schedule-preview`, { method: 'POST', token: salford, body: { schedules: 'weekly', colour: 'blue' } });
    expect(fieldsOf(extra).map((field) => field.field).sort()).toEqual(['colour', 'schedules']);
  });

  it('retires a listing so people no longer find it and planned reminders see it retired; restore brings it back as it was', async () => {
    const listing = await create({ name: 'Quokka pottery circle' });
    expect(await peopleFind('Quokka')).toEqual([listing.id]);

    const retired = await call(service, `${activities}/${listing.id}/retire`, { method: 'POST', token: salford });
    expect(retired.status).toBe(200);
    expect(retired.body).toEqual({ ...listing, status: 'inactive' });
    expect(await peopleFind('Quokka')).toEqual([]);
    const stored = await service.stores.activities.get(listing.id);
    // The reminders' own check: a reminder planned for Tuesday's session now says "no longer running".
    expect(sessionState(stored, Date.parse('2026-12-08T10:00:00.000Z')).state).toBe('retired');
    const again = await call(service, `${activities}/${listing.id}/retire`, { method: 'POST', token: salford });
    expect(again.body).toEqual({ ...listing, status: 'inactive' });

    const restored = await call(service, `${activities}/${listing.id}/restore`, { method: 'POST', token: salford });
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual(listing);
    expect(await peopleFind('Quokka')).toEqual([listing.id]);
    expect(sessionState(await service.stores.activities.get(listing.id), Date.parse('2026-12-08T10:00:00.000Z')).state).toBe('on');

    // Retiring twice recorded once.
    expect((await auditOf(listing.id)).map((entry) => entry.action)).toEqual(['listing.restored', 'listing.retired', 'listing.created']);
    for (const id of [randomUUID(), 'not-a-uuid']) {
      expect((await call(service, `${activities}/${id}/retire`, { method: 'POST', token: salford })).status).toBe(404);
      expect((await call(service, `${activities}/${id}/restore`, { method: 'POST', token: salford })).status).toBe(404);
    }
    expect((await call(service, `/api/admin/sites/lambeth/activities/${listing.id}/retire`, { method: 'POST', token: adminToken })).status).toBe(404);
    expect((await call(service, `/api/admin/sites/lambeth/activities/${listing.id}/retire`, { method: 'POST', token: salford })).status).toBe(403);
    expect((await service.stores.activities.get(listing.id))?.status).toBe('active');
  });

  it('audits every change of a listing with who made it and, for edits, each changed field with its values', async () => {
    const listing = await create({ name: 'Wombat choir' });
    const [schedule] = listing.schedules;
    if (schedule === undefined) throw new Error('expected a schedule');
    const put = await call(service, `${activities}/${listing.id}`, {
      method: 'PUT',
      token: salford,
      body: { ...listing, name: 'Wombat singers', schedules: [{ ...schedule, byday: 'TH' }] },
    });
    expect(put.status).toBe(200);
    expect((await call(service, `${activities}/${listing.id}/retire`, { method: 'POST', token: adminToken })).status).toBe(200);
    expect((await call(service, `${activities}/${listing.id}`, { method: 'DELETE', token: salford })).status).toBe(204);

    const entries = await auditOf(listing.id);
    expect(entries.map((entry) => entry.action)).toEqual(['listing.deleted', 'listing.retired', 'listing.updated', 'listing.created']);
    const [deleted, retired, updated, created] = entries;
    expect(created).toMatchObject({ siteId: 'salford', subject: { type: 'listing', id: listing.id }, summary: 'Added "Wombat choir"', actor: { kind: 'site-token' } });
    expect(created?.at).toBe('2026-12-07T09:00:00.000Z');
    expect(updated?.summary).toBe('Changed 2 fields of "Wombat singers"');
    expect(updated?.changes).toEqual([
      { field: 'name', from: 'Wombat choir', to: 'Wombat singers' },
      { field: 'schedules[0].byday', from: 'TU', to: 'TH' },
    ]);
    expect(retired).toMatchObject({ actor: { kind: 'super' }, summary: 'Retired "Wombat singers"', changes: [{ field: 'status', from: 'active', to: 'inactive' }] });
    expect(deleted).toMatchObject({ actor: { kind: 'site-token' }, summary: 'Deleted "Wombat singers"' });
    expect(await auditOf(listing.id, '?limit=1')).toEqual([deleted]);
    // The site token's id is in the trail; the token itself never is.
    expect(JSON.stringify(entries)).not.toContain(salford);
    expect((await call(service, `${activities}/${listing.id}/audit?limit=0`, { token: salford })).status).toBe(400);
    expect((await call(service, `/api/admin/sites/lambeth/activities/${listing.id}/audit`, { token: adminToken })).body).toEqual({ entries: [] });
  });

  it('records a refused change nowhere', async () => {
    const listing = await create({ name: 'Numbat knitting' });
    const refused = await call(service, `${activities}/${listing.id}`, { method: 'PUT', token: salford, body: { ...listing, categories: ['knitting'] } });
    expect(refused.status).toBe(400);
    expect((await auditOf(listing.id)).map((entry) => entry.action)).toEqual(['listing.created']);
  });

  it('audits an import as one import.applied entry with its counts', async () => {
    const one = activityFixture({ name: 'Imported platypus choir' });
    const broken = { ...activityToHsds(activityFixture()), name: '' };
    const answer = await call(service, `${activities}/import`, { method: 'POST', token: salford, body: [activityToHsds(one), broken] });
    expect(answer.status).toBe(200);
    const [entry] = await service.stores.adminAudit.list('salford', { subjectType: 'import', limit: 1 });
    expect(entry).toMatchObject({ action: 'import.applied', subject: { type: 'import' }, actor: { kind: 'site-token' }, summary: 'HSDS JSON import: 1 new, 0 changed, 0 unchanged, 1 refused, 0 need a kind' });
  });
});
