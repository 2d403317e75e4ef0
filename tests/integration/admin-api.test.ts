import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activitiesToCsv } from '../../src/admin/activity-csv';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { activitySchema, type Activity } from '../../src/domain/activities/activity';
import { loadSampleActivities } from '../../src/data/sample-data';
import { activityFixture } from '../support/admin-activity-fixture';
import { call, fieldsOf, newListingBody, siteToken as issueSiteToken, tokenAnswerSchema, type AdminAnswer as Answer } from '../support/admin-http';
import { startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
/** The import route's own limit in these tests: above MAX_BODY_BYTES (256 KiB), small enough to exceed cheaply. */
const maxImportBytes = 1_048_576;

const listAnswerSchema = z.strictObject({
  siteId: z.string(),
  total: z.number(),
  activities: z.array(z.looseObject({ review_due: z.boolean() })),
});

/** A site token issued by the super admin. */
const siteToken = (service: TestService, siteId: string) => issueSiteToken(service, adminToken, siteId);

/** The listings in a list answer, each checked against the listing schema. */
function listed(answer: Answer): Array<Activity & { review_due: boolean }> {
  return listAnswerSchema.parse(answer.body).activities.map(({ review_due, ...rest }) => ({ ...activitySchema.parse(rest), review_due }));
}

const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes))('admin API (%s mode)', (mode) => {
  let service: TestService;
  let salford: string;
  beforeAll(async () => {
    const storeEnv = mode === 'redis' ? modes.redis() : modes.embedded();
    service = await startTestService({ ADMIN_TOKEN: adminToken, MAX_IMPORT_BYTES: String(maxImportBytes), ...storeEnv });
    salford = await siteToken(service, 'salford');
  });
  afterAll(async () => {
    await service.stop();
  });

  const salfordList = '/api/admin/sites/salford/activities';

  it('refuses a request with no token, a wrong token or a garbled header (401)', async () => {
    expect((await call(service, salfordList)).status).toBe(401);
    expect((await call(service, salfordList, { token: 'wrong-token' })).status).toBe(401);
    expect((await call(service, salfordList, { token: `lwc_site_${'A'.repeat(43)}` })).status).toBe(401);
    const garbled = await fetch(`${service.baseUrl}${salfordList}`, { headers: { authorization: `Basic ${adminToken}` } });
    expect(garbled.status).toBe(401);
    expect(await garbled.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect((await call(service, '/api/admin/tokens', { method: 'POST', body: { siteId: 'salford' } })).status).toBe(401);
  });

  it('lets the super admin issue a site token, shown once and never logged', async () => {
    const answer = await call(service, '/api/admin/tokens', { method: 'POST', token: adminToken, body: { siteId: 'luton' } });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ token: expect.stringMatching(/^lwc_site_[A-Za-z0-9_-]{43}$/), siteId: 'luton', id: expect.stringMatching(/^[0-9a-f]{16}$/), name: '', createdAt: expect.any(String), expiresAt: null, revokedAt: null });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { token } = tokenAnswerSchema.parse(answer.body);
    expect(service.logText()).not.toContain(token);
    expect(service.logText()).not.toContain(adminToken);
    expect(service.logText()).toContain('admin.token_issued');
  });

  it('refuses a token request for an unknown site, naming the field (400)', async () => {
    const answer = await call(service, '/api/admin/tokens', { method: 'POST', token: adminToken, body: { siteId: 'atlantis' } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer).map((field) => field.field)).toEqual(['siteId']);
  });

  it("lists the site token's own site, with samples only in embedded mode", async () => {
    const answer = await call(service, salfordList, { token: salford });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ siteId: 'salford', total: expect.any(Number) });
    const activities = listed(answer);
    expect(listAnswerSchema.parse(answer.body).total).toBe(activities.length);
    expect(activities.every((activity) => activity.site_id === 'salford')).toBe(true);
    if (mode === 'embedded') {
      const samples = (await loadSampleActivities()).filter((activity) => activity.site_id === 'salford');
      expect(activities.filter((activity) => activity.sample).map((activity) => activity.id).sort()).toEqual(samples.map((activity) => activity.id).sort());
    } else {
      expect(activities.filter((activity) => activity.sample)).toEqual([]);
    }
  });

  it('forbids a site token another site and the super-admin routes (403)', async () => {
    expect((await call(service, '/api/admin/sites/lambeth/activities', { token: salford })).status).toBe(403);
    expect((await call(service, '/api/admin/sites/lambeth/activities/export?format=csv', { token: salford })).status).toBe(403);
    const issue = await call(service, '/api/admin/tokens', { method: 'POST', token: salford, body: { siteId: 'salford' } });
    expect(issue.status).toBe(403);
    expect(issue.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers 404 for an unknown site, once the token is good', async () => {
    expect((await call(service, '/api/admin/sites/atlantis/activities', { token: adminToken })).status).toBe(404);
    expect((await call(service, '/api/admin/sites/atlantis/activities', { token: salford })).status).toBe(404);
    expect((await call(service, '/api/admin/sites/atlantis/activities')).status).toBe(401);
  });

  it('creates, reads, replaces and deletes a listing, bumping the listings version each time', async () => {
    const versions = [await service.stores.activities.version()];
    const created = await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ name: 'Pottery for beginners' }) });
    expect(created.status).toBe(201);
    const listing = activitySchema.parse(created.body);
    expect(listing).toMatchObject({ site_id: 'salford', name: 'Pottery for beginners', sample: false });
    versions.push(await service.stores.activities.version());

    const read = await call(service, `${salfordList}/${listing.id}`, { token: salford });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(listing);

    const replaced = await call(service, `${salfordList}/${listing.id}`, { method: 'PUT', token: salford, body: { ...listing, name: 'Pottery for everyone' } });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ ...listing, name: 'Pottery for everyone' });
    expect((await call(service, `${salfordList}/${listing.id}`, { token: salford })).body).toMatchObject({ name: 'Pottery for everyone' });
    versions.push(await service.stores.activities.version());

    const names = listed(await call(service, salfordList, { token: salford })).map((activity) => activity.name);
    expect(names).toContain('Pottery for everyone');

    const deleted = await call(service, `${salfordList}/${listing.id}`, { method: 'DELETE', token: salford });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    versions.push(await service.stores.activities.version());
    expect((await call(service, `${salfordList}/${listing.id}`, { token: salford })).status).toBe(404);
    for (let i = 1; i < versions.length; i += 1) expect(versions[i]).toBeGreaterThan(versions[i - 1] ?? Infinity);
  });

  it('keeps the id given on create, and refuses it a second time (409)', async () => {
    const id = randomUUID();
    const first = await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ id }) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id });
    const again = await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ id }) });
    expect(again.status).toBe(409);
  });

  it('answers 404 to GET, PUT and DELETE of an unknown id, or of a listing of another site', async () => {
    const lambeth = await call(service, '/api/admin/sites/lambeth/activities', { method: 'POST', token: adminToken, body: newListingBody() });
    expect(lambeth.status).toBe(201);
    const lambethId = activitySchema.parse(lambeth.body).id;
    for (const id of [randomUUID(), 'not-a-uuid', lambethId]) {
      const path = `${salfordList}/${id}`;
      expect((await call(service, path, { token: salford })).status).toBe(404);
      expect((await call(service, path, { method: 'PUT', token: salford, body: newListingBody() })).status).toBe(404);
      expect((await call(service, path, { method: 'DELETE', token: salford })).status).toBe(404);
    }
    // Untouched by the attempts.
    expect(await service.stores.activities.get(lambethId)).toMatchObject({ site_id: 'lambeth' });
  });

  it('refuses an invalid listing with 400 naming each field, saving nothing', async () => {
    const before = await service.stores.activities.list('salford');
    const [schedule] = activityFixture().schedules;
    const answer = await call(service, salfordList, {
      method: 'POST',
      token: salford,
      body: newListingBody({ schedules: [{ ...schedule, byday: 'XX' }], categories: ['knitting'], colour: 'blue' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    const fields = fieldsOf(answer).map((field) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['schedules[0].byday', 'categories[0]', 'colour']));
    expect(fieldsOf(answer).every((field) => field.message.length > 0)).toBe(true);
    expect(await service.stores.activities.list('salford')).toEqual(before);
  });

  it('refuses a body naming another site, and a PUT naming another id (400)', async () => {
    const otherSite = await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ site_id: 'lambeth' }) });
    expect(otherSite.status).toBe(400);
    expect(fieldsOf(otherSite).map((field) => field.field)).toEqual(['site_id']);
    const created = activitySchema.parse((await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody() })).body);
    const otherId = await call(service, `${salfordList}/${created.id}`, { method: 'PUT', token: salford, body: { ...created, id: randomUUID() } });
    expect(otherId.status).toBe(400);
    expect(fieldsOf(otherId).map((field) => field.field)).toEqual(['id']);
  });

  it('refuses malformed JSON (400) and a body that is not JSON (415)', async () => {
    const malformed = await call(service, salfordList, { method: 'POST', token: salford, text: '{"name":', contentType: 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({
      error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.', fields: [{ field: 'body', message: 'The request body is not valid JSON.' }] },
    });
    const notJson = await call(service, salfordList, { method: 'POST', token: salford, text: 'name=x', contentType: 'application/x-www-form-urlencoded' });
    expect(notJson.status).toBe(415);
  });

  it('flags listings not checked for more than 6 months for review', async () => {
    const stale = activitySchema.parse(
      (await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ name: 'Stale listing', assured_date: '2025-01-15' }) })).body,
    );
    const today = new Date().toISOString().slice(0, 10);
    const fresh = activitySchema.parse(
      (await call(service, salfordList, { method: 'POST', token: salford, body: newListingBody({ name: 'Fresh listing', assured_date: today }) })).body,
    );
    const activities = listed(await call(service, salfordList, { token: salford }));
    expect(activities.find((activity) => activity.id === stale.id)?.review_due).toBe(true);
    expect(activities.find((activity) => activity.id === fresh.id)?.review_due).toBe(false);
  });

  it('imports HSDS JSON: one service, then an array', async () => {
    const one = activityFixture({ name: 'Imported choir' });
    const single = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, body: activityToHsds(one) });
    expect(single.status).toBe(200);
    expect(single.body).toMatchObject({ dryRun: false, created: 1, updated: 0, rejected: [] });
    expect(await service.stores.activities.get(one.id)).toMatchObject({ name: 'Imported choir', site_id: 'salford' });

    const two = activityFixture({ name: 'Imported book club' });
    const many = await call(service, `${salfordList}/import`, {
      method: 'POST',
      token: salford,
      body: [activityToHsds({ ...one, name: 'Imported choir (renamed)' }), activityToHsds(two)],
    });
    expect(many.status).toBe(200);
    expect(many.body).toMatchObject({ created: 1, updated: 1, rejected: [], update: [{ row: 1, id: one.id, name: 'Imported choir (renamed)', changes: ['name'] }] });
    expect((await service.stores.activities.get(one.id))?.name).toBe('Imported choir (renamed)');
  });

  it('previews an import (?dryRun=true): the same plan, row by row, and nothing saved or audited', async () => {
    const stored = activityFixture({ name: 'Preview walk' });
    await service.stores.activities.putMany([stored]);
    const fresh = activityFixture({ name: 'Preview choir' });
    const upload = [activityToHsds({ ...stored, description: 'New words for the walk.' }), activityToHsds(fresh), { ...activityToHsds(fresh), id: 'not-a-uuid', name: null }];
    const auditBefore = (await service.stores.adminAudit.list('salford', { limit: 500 })).length;
    const preview = await call(service, `${salfordList}/import?dryRun=true`, { method: 'POST', token: salford, body: upload });
    expect(preview.status).toBe(200);
    const expected = {
      create: [{ row: 2, id: fresh.id, name: 'Preview choir' }],
      update: [{ row: 1, id: stored.id, name: 'Preview walk', changes: ['description'] }],
      unchanged: [],
      reject: [{ row: 3, errors: [{ field: 'name', message: 'required' }] }],
      needsKind: [],
      created: 1,
      updated: 1,
    };
    expect(preview.body).toEqual({ dryRun: true, ...expected, rejected: expected.reject });
    expect(await service.stores.activities.get(fresh.id)).toBeUndefined();
    expect((await service.stores.activities.get(stored.id))?.description).toBe(stored.description);
    expect((await service.stores.adminAudit.list('salford', { limit: 500 })).length).toBe(auditBefore);

    const applied = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, body: upload });
    expect(applied.body).toEqual({ dryRun: false, ...expected, rejected: expected.reject });
    expect((await service.stores.activities.get(stored.id))?.description).toBe('New words for the walk.');
    const trail = await service.stores.adminAudit.list('salford', { limit: 500 });
    expect(trail.slice(0, 3).map((entry) => [entry.action, entry.actor.kind, entry.subject.id ?? null])).toEqual(
      expect.arrayContaining([
        ['import.applied', 'site-token', null],
        ['listing.created', 'site-token', fresh.id],
        ['listing.updated', 'site-token', stored.id],
      ]),
    );
    expect(trail.find((entry) => entry.subject.id === stored.id)?.changes).toEqual([{ field: 'description' }]);
    expect((await call(service, `${salfordList}/import?dryRun=maybe`, { method: 'POST', token: salford, body: upload })).status).toBe(400);
  });

  it('imports CSV: good rows land, a bad row is reported with its row and field', async () => {
    const good = [activityFixture({ name: 'CSV walk one' }), activityFixture({ name: 'CSV walk two' })];
    const [header, first, second] = activitiesToCsv(good).split('\r\n');
    if (header === undefined || first === undefined || second === undefined) throw new Error('expected a header and two rows');
    // By hand: a third listing like the first, with a weekday that does not exist.
    const brokenId = randomUUID();
    const broken = first.replace(good[0]!.id, brokenId).replace(',TU,', ',XX,');
    expect(broken).not.toBe(first);
    const csv = [header, first, broken, second, ''].join('\r\n');
    const answer = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: csv });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 2, updated: 0, rejected: [{ row: 3, errors: [{ field: 'byday', message: expect.any(String) }] }] });
    expect(await service.stores.activities.get(good[0]!.id)).toMatchObject({ name: 'CSV walk one', site_id: 'salford' });
    expect(await service.stores.activities.get(good[1]!.id)).toMatchObject({ name: 'CSV walk two', site_id: 'salford' });
    expect(await service.stores.activities.get(brokenId)).toBeUndefined();
  });

  it('imports CSV rows without an id as new listings, reporting every bad row in one answer, whatever the line ends', async () => {
    const listings = [activityFixture({ name: 'No-id walk' }), activityFixture({ name: 'No-id broken one' }), activityFixture({ name: 'No-id broken two' })];
    const [header = '', ...rows] = activitiesToCsv(listings).split('\r\n');
    // Each row without its id (the first cell); the second with a weekday that does not exist, the third with no name.
    const [good = '', badDay = '', noName = ''] = rows.map((row) => row.slice(row.indexOf(',')));
    const csv = `${header}\r\n${good}\n${badDay.replace(',TU,', ',XX,')}\r${noName.replace(',No-id broken two,', ',,')}\r\n`;
    const before = (await service.stores.activities.list('salford')).length;
    const answer = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: csv });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      created: 1,
      updated: 0,
      rejected: [
        { row: 3, errors: [{ field: 'byday', message: expect.any(String) }] },
        { row: 4, errors: [{ field: 'name', message: 'required' }] },
      ],
    });
    const after = await service.stores.activities.list('salford');
    expect(after).toHaveLength(before + 1);
    const created = after.filter((activity) => activity.name === 'No-id walk');
    expect(created).toHaveLength(1);
    expect(listings.map((listing) => listing.id)).not.toContain(created[0]?.id);
  });

  it('refuses an import over MAX_IMPORT_BYTES (413) and one that is not CSV or JSON (415), but takes one over MAX_BODY_BYTES', async () => {
    const huge = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: `name\r\n${'x'.repeat(maxImportBytes + 10)}\r\n` });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    const plain = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: 'hello', contentType: 'text/plain' });
    expect(plain.status).toBe(415);
    const malformed = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: '[{"id":', contentType: 'application/json' });
    expect(malformed.status).toBe(400);
    // 300 KB of JSON: too big for any other route (MAX_BODY_BYTES is 256 KiB), fine for the import.
    const padded = `${JSON.stringify(activityToHsds(activityFixture({ name: 'Padded import' })))}${' '.repeat(300_000)}`;
    const big = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: padded, contentType: 'application/json' });
    expect(big.status).toBe(200);
    expect(big.body).toMatchObject({ created: 1 });
  });

  it('exports CSV that re-imports with every listing made here unchanged (none rewritten)', async () => {
    const listings = await service.stores.activities.list('salford');
    // Sample listings (embedded mode) become real ones (and lose what CSV has no column for): those change.
    const samples = listings.filter((listing) => listing.sample);
    const total = listings.length - samples.length;
    const exported = await call(service, `${salfordList}/export?format=csv`, { token: salford });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="salford-activities.csv"');
    const reimported = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, text: exported.text });
    expect(reimported.body).toMatchObject({ created: 0, updated: samples.length, rejected: [] });
    const updates = z.object({ update: z.array(z.object({ id: z.string(), changes: z.array(z.string()) })) }).parse(reimported.body).update;
    expect(updates.map((entry) => entry.id).sort()).toEqual(samples.map((listing) => listing.id).sort());
    for (const entry of updates) expect(entry.changes).toContain('sample');
    expect(z.object({ unchanged: z.array(z.unknown()) }).parse(reimported.body).unchanged).toHaveLength(total);
  });

  it('exports HSDS JSON that re-imports with every listing unchanged (none rewritten)', async () => {
    const total = (await service.stores.activities.list('salford')).length;
    const exported = await call(service, `${salfordList}/export?format=json`, { token: salford });
    expect(exported.status).toBe(200);
    expect(z.array(z.looseObject({ id: z.uuid() })).parse(exported.body)).toHaveLength(total);
    const reimported = await call(service, `${salfordList}/import`, { method: 'POST', token: salford, body: exported.body });
    expect(reimported.body).toMatchObject({ created: 0, updated: 0, rejected: [], update: [] });
    expect(z.object({ unchanged: z.array(z.unknown()) }).parse(reimported.body).unchanged).toHaveLength(total);
    expect((await call(service, `${salfordList}/export?format=xml`, { token: salford })).status).toBe(400);
  });

  it('keeps the existing error shape for other routes', async () => {
    const response = await fetch(`${service.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(await response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' } });
  });
});

describe('admin API without ADMIN_TOKEN', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('says so at start-up and refuses every request (401)', async () => {
    expect(service.logText()).toContain('admin API disabled: no ADMIN_TOKEN');
    expect((await call(service, '/api/admin/sites/salford/activities', { token: adminToken })).status).toBe(401);
    expect((await call(service, '/api/admin/tokens', { method: 'POST', token: adminToken, body: { siteId: 'salford' } })).status).toBe(401);
  });
});
