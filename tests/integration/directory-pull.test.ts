import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pullReportSchema, type PullReport } from '../../src/domain/activities/directory-pull';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { startFakeOpenReferralDirectory, type FakeOpenReferralDirectory } from '../support/fake-open-referral-directory';
import { startTestService, type TestService } from '../support/service-harness';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
const directoryPath = '/api/admin/sites/salford/directory';
const mappingsPath = '/api/admin/sites/salford/taxonomy-mappings';

/** Every Open Referral fixture record, as one directory would publish them (7 services; one is refused). */
function fixtureServices(): Array<Record<string, unknown>> {
  const read = (name: string) => z.array(z.record(z.string(), z.unknown())).parse(JSON.parse(readFileSync(path.join(__dirname, `../fixtures/open-referral/${name}.json`), 'utf8')));
  return [...read('hsds3-services'), ...read('oruk-v1-services')];
}

/** Calls the admin API as `token`, answering the status and JSON body. */
async function admin(service: TestService, token: string, method: string, route: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${service.baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

async function siteToken(service: TestService): Promise<string> {
  const issued = await admin(service, adminToken, 'POST', '/api/admin/tokens', { siteId: 'salford' });
  return z.object({ token: z.string() }).parse(issued.body).token;
}

async function report(service: TestService, token: string, action: 'preview' | 'pull'): Promise<PullReport> {
  const answer = await admin(service, token, 'POST', `${directoryPath}/${action}`);
  expect(answer.status).toBe(200);
  return pullReportSchema.parse(answer.body);
}

const viewSchema = z.object({ baseUrl: z.string().nullable(), schedule: z.string(), lastRun: pullReportSchema.optional(), reports: z.array(pullReportSchema) });
const mappingsViewSchema = z.object({
  mappings: z.array(z.object({ vocabulary: z.string(), code: z.string(), category: z.string().nullable() })),
  unmapped: z.array(z.object({ vocabulary: z.string(), code: z.string(), label: z.string().optional(), listings: z.number() })),
});

describe('pulling from an Open Referral directory (a fake one on loopback)', () => {
  let service: TestService;
  let token: string;
  let directory: FakeOpenReferralDirectory;
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00Z'));

  beforeAll(async () => {
    // Redis: no sample listings; a short time limit for the slow-page scenario.
    service = await startTestService({ ADMIN_TOKEN: adminToken, REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), DIRECTORY_FETCH_TIMEOUT_MS: '300' }, { clock });
    token = await siteToken(service);
  });
  afterAll(async () => {
    await service.stop();
  });
  afterEach(async () => {
    await directory.close();
  });

  it('refuses a directory that is not http(s), and a pull with none set up', async () => {
    directory = await startFakeOpenReferralDirectory([]);
    for (const baseUrl of ['ftp://directory.example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      const answer = await admin(service, token, 'PUT', directoryPath, { baseUrl, schedule: 'off' });
      expect(answer.status).toBe(400);
    }
    expect((await admin(service, token, 'POST', `${directoryPath}/pull`)).status).toBe(409);
  });

  it('previews (nothing saved), pulls (only new and changed listings saved, audited), and keeps the reports', async () => {
    directory = await startFakeOpenReferralDirectory(fixtureServices(), { pageSize: 2, summariesOnly: true });
    const set = await admin(service, token, 'PUT', directoryPath, { baseUrl: `${directory.baseUrl}/`, schedule: 'off' });
    expect(viewSchema.parse(set.body)).toMatchObject({ baseUrl: directory.baseUrl, schedule: 'off', reports: [] });

    const preview = await report(service, token, 'preview');
    expect(preview).toMatchObject({ dryRun: true, applied: false, fetched: 7, pages: 4, unchanged: 0, counts: { create: 6, update: 0, reject: 1, needsKind: 2 } });
    expect(preview.reject).toEqual([{ row: 7, errors: expect.arrayContaining([{ field: 'description', message: 'required' }]) }]);
    expect(preview.needsKind.map((entry) => entry.name).sort()).toEqual(["Men's Shed Pendleton", 'Stitch and Natter']);
    // Summaries in the list: each full service read from /services/{id}.
    expect(directory.requests.filter((request) => request.startsWith('/services/'))).toHaveLength(7);
    expect(await service.stores.activities.list('salford')).toEqual([]);
    expect(viewSchema.parse((await admin(service, token, 'GET', directoryPath)).body).reports).toEqual([]);

    const pulled = await report(service, token, 'pull');
    expect(pulled).toMatchObject({ dryRun: false, applied: true, fetched: 7, counts: { create: 6, update: 0, reject: 1, needsKind: 2 } });
    const listings = await service.stores.activities.list('salford');
    expect(listings).toHaveLength(6);
    expect(listings.filter((listing) => listing.categories.length === 0).map((listing) => listing.name).sort()).toEqual(["Men's Shed Pendleton", 'Stitch and Natter']);
    const trail = await service.stores.adminAudit.list('salford', { limit: 100 });
    expect(trail.filter((entry) => entry.action === 'import.applied')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ kind: 'site-token' }), summary: expect.stringContaining(`Pull from ${new URL(directory.baseUrl).host}: 6 new, 0 changed`) }),
    ]);
    expect(trail.filter((entry) => entry.action === 'listing.created')).toHaveLength(6);

    // The same directory again: nothing rewritten.
    const before = await service.stores.activities.version();
    const again = await report(service, token, 'pull');
    expect(again).toMatchObject({ applied: true, unchanged: 6, counts: { create: 0, update: 0 } });
    expect(await service.stores.activities.version()).toBe(before);

    // One service changes: only it is saved, naming the field.
    directory.services = directory.services.map((record) => (record['name'] === 'Stitch and Natter' ? { ...record, description: 'Bring your knitting. Now with tea.' } : record));
    const changed = await report(service, token, 'pull');
    expect(changed.update).toEqual([{ row: 3, id: '5b0f3c74-8e9a-4d3c-9a2b-4c6d8e0f2a33', name: 'Stitch and Natter', changes: ['description'] }]);
    expect(changed.unchanged).toBe(5);

    const view = viewSchema.parse((await admin(service, token, 'GET', directoryPath)).body);
    expect(view.reports.map((kept) => kept.counts.update)).toEqual([1, 0, 0]);
    expect(view.lastRun).toEqual(view.reports[0]);
  });

  it('changes nothing when a page fails or is too slow, and says why in the report', async () => {
    directory = await startFakeOpenReferralDirectory(
      fixtureServices().map((record) => (record['name'] === 'Salford Walking for Health: Peel Park' ? { ...record, description: 'A changed walk that must not land.' } : record)),
      { pageSize: 2, failingPage: 3, shape: 'oruk-v1' },
    );
    await admin(service, token, 'PUT', directoryPath, { baseUrl: directory.baseUrl, schedule: 'off' });
    const before = await service.stores.activities.version();
    const failed = await report(service, token, 'pull');
    expect(failed).toMatchObject({ applied: false, fetched: 0, counts: { create: 0, update: 0 }, error: 'Nothing was changed: page 3 of /services: the directory answered 500' });
    directory.scenario.failingPage = undefined;
    directory.scenario.slowPage = 2;
    const slow = await report(service, token, 'pull');
    expect(slow).toMatchObject({ applied: false, error: 'Nothing was changed: page 2 of /services: no answer within 300 ms' });
    expect(await service.stores.activities.version()).toBe(before);
    expect(viewSchema.parse((await admin(service, token, 'GET', directoryPath)).body).reports.slice(0, 2).map((kept) => kept.error !== undefined)).toEqual([true, true]);
  });

  it('lists unmapped terms with how many listings carry them, and gives listings a kind when a term is mapped', async () => {
    directory = await startFakeOpenReferralDirectory([]);
    const view = mappingsViewSchema.parse((await admin(service, token, 'GET', mappingsPath)).body);
    expect(view.mappings).toEqual(expect.arrayContaining([{ vocabulary: 'esdServiceTypes', code: 'Befriending', category: 'social-befriending' }]));
    expect(view.unmapped).toEqual(expect.arrayContaining([{ vocabulary: "Example Salford Libraries What's On", code: 'LIB-CRAFT', label: 'Craft groups', listings: 1 }]));

    const mapped = await admin(service, token, 'PUT', mappingsPath, { mappings: [{ vocabulary: "Example Salford Libraries What's On", code: 'LIB-CRAFT', label: 'Craft groups', category: 'arts-creative' }] });
    expect(mapped.status).toBe(200);
    const after = mappingsViewSchema.parse(mapped.body);
    expect(after.unmapped.map((term) => term.code)).not.toContain('LIB-CRAFT');
    expect((await service.stores.activities.get('5b0f3c74-8e9a-4d3c-9a2b-4c6d8e0f2a33'))?.categories).toEqual(['arts-creative']);
    const trail = await service.stores.adminAudit.list('salford', { limit: 10 });
    expect(trail.find((entry) => entry.action === 'taxonomy-mapping.updated')).toMatchObject({
      summary: 'Changed 1 taxonomy mapping; 1 listing got a kind',
      changes: [{ field: "Example Salford Libraries What's On LIB-CRAFT", from: 'none', to: 'arts-creative' }],
    });
    expect((await admin(service, token, 'PUT', mappingsPath, { mappings: [{ vocabulary: 'x', code: 'y', category: 'knitting' }] })).status).toBe(400);
  });

  it('pulls on a schedule through the jobs layer, as whoever set the schedule up', async () => {
    directory = await startFakeOpenReferralDirectory(fixtureServices().slice(0, 1));
    const jobs = service.jobs;
    if (!(jobs instanceof InProcessJobs)) {
      // On Redis the jobs are BullMQ's: the repeat is there; its run is BullMQ's (see jobs-contract).
      await admin(service, token, 'PUT', directoryPath, { baseUrl: directory.baseUrl, schedule: 'daily' });
      const counts = await jobs.counts();
      expect(counts.find((queue) => queue.queue === 'directory.pull')?.counts.delayed).toBe(1);
      await admin(service, token, 'PUT', directoryPath, { baseUrl: directory.baseUrl, schedule: 'off' });
      expect((await jobs.counts()).find((queue) => queue.queue === 'directory.pull')?.counts.delayed).toBe(0);
      return;
    }
    throw new Error('this suite runs on Redis');
  });
});

describe('pulling from this service’s own Open Referral feed on a second instance', () => {
  let directoryService: TestService;
  let service: TestService;
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00Z'));

  beforeAll(async () => {
    // B publishes its (sample) listings at /openreferral; A (embedded, in-process jobs) pulls them.
    directoryService = await startTestService({}, { clock });
    service = await startTestService({ ADMIN_TOKEN: adminToken }, { clock });
  });
  afterAll(async () => {
    await service.stop();
    await directoryService.stop();
  });

  it("imports every service of the other instance's feed with its kind, then finds nothing changed; the daily pull runs as a job", async () => {
    const token = await siteToken(service);
    const published = z.object({ total_items: z.number() }).parse(await (await fetch(`${directoryService.baseUrl}/openreferral/services?per_page=100`)).json());
    expect(published.total_items).toBeGreaterThan(0);
    // A's own samples are the same listings in their own sites: take them away, so the pull creates them.
    const own = await service.stores.activities.list();
    for (const listing of own) await service.stores.activities.delete(listing.id);

    await admin(service, token, 'PUT', directoryPath, { baseUrl: `${directoryService.baseUrl}/openreferral`, schedule: 'daily' });
    const pulled = await report(service, token, 'pull');
    expect(pulled).toMatchObject({ applied: true, fetched: published.total_items, counts: { create: published.total_items, update: 0, reject: 0, needsKind: 0 } });
    const listings = await service.stores.activities.list('salford');
    expect(listings).toHaveLength(published.total_items);
    expect(listings.every((listing) => listing.categories.length > 0 && listing.site_id === 'salford')).toBe(true);

    // A day later the scheduled pull runs: nothing changed, recorded as the admin who set it up.
    const jobs = service.jobs;
    if (!(jobs instanceof InProcessJobs)) throw new Error('embedded mode runs jobs in-process');
    clock.advance(24 * 60 * 60 * 1000 + 1000);
    await jobs.runDue();
    const view = viewSchema.parse((await admin(service, token, 'GET', directoryPath)).body);
    expect(view.reports).toHaveLength(2);
    expect(view.lastRun).toMatchObject({ applied: true, unchanged: published.total_items, counts: { create: 0, update: 0 } });
    const scheduled = (await service.stores.adminAudit.list('salford', { limit: 50 })).find((entry) => entry.action === 'import.applied');
    expect(scheduled).toMatchObject({ actor: { kind: 'site-token' }, summary: expect.stringMatching(/^Scheduled pull from 127\.0\.0\.1:\d+ \(set up by .+\): 0 new, 0 changed/) });
  });
});
