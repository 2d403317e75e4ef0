import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { callbackFixture } from '../support/callback-fixture';
import { startTestService, type TestService } from '../support/service-harness';
import { createStaffSession, type TestStaffSession } from '../support/staff-sessions';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'c4ll'.repeat(8)}`;

/** Calls the admin API (with a token, or as signed-in staff with the session cookie and CSRF token) and reads the JSON answer. */
async function call(service: TestService, path: string, options: { method?: string; token?: string; staff?: TestStaffSession; body?: unknown } = {}): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.staff !== undefined) {
    headers['cookie'] = options.staff.cookie;
    headers['x-csrf-token'] = options.staff.csrfToken;
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${service.baseUrl}${path}`, { method: options.method ?? 'GET', headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.array(z.object({ field: z.string() })).optional() }) });
const listSchema = z.object({
  total: z.number(),
  counts: z.record(z.string(), z.number()),
  callbacks: z.array(z.looseObject({ id: z.string(), status: z.string(), overdue: z.boolean(), mine: z.boolean() })),
});
const detailsSchema = z.looseObject({
  id: z.string(),
  reference: z.string(),
  phoneE164: z.string(),
  about: z.string().optional(),
  bestTimes: z.array(z.string()),
  safetyReplyInConversation: z.literal(true).optional(),
  overdue: z.boolean(),
  mine: z.boolean(),
  outcome: z.unknown(),
  history: z.array(z.strictObject({ at: z.string(), what: z.string() })),
});

function person(n: number): Pick<CallbackRequest, 'personKey' | 'channelId' | 'phoneE164'> {
  const phone = `+447700900${String(n).padStart(3, '0')}`;
  return { personKey: `sms:${phone}`, channelId: 'sms', phoneE164: phone };
}

const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes))('callback admin API for the staff app (%s mode)', (mode) => {
  let service: TestService;
  let salford: string;
  const clock = new TestClock(Date.parse('2027-02-01T09:00:00.000Z'));

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, ...(mode === 'redis' ? modes.redis() : modes.embedded()) }, { clock });
    const answer = await call(service, '/api/admin/tokens', { method: 'POST', token: adminToken, body: { siteId: 'salford' } });
    salford = z.object({ token: z.string() }).parse(answer.body).token;
  });
  afterAll(async () => {
    await service.stop();
  });

  const list = async (query: string) => listSchema.parse((await call(service, `/api/admin/sites/salford/callbacks${query}`, { token: salford })).body);

  it('filters the work list by view, with counts; overdue by the Teams nudge rule (4 opening hours); "mine" empty for a token', async () => {
    clock.set('2027-02-01T09:00:00.000Z');
    const old = callbackFixture({ ...person(1), requestedAt: '2027-01-20T09:00:00.000Z', updatedAt: '2027-01-20T09:00:00.000Z' });
    const fresh = callbackFixture({ ...person(2), requestedAt: '2027-02-01T08:30:00.000Z', updatedAt: '2027-02-01T08:30:00.000Z' });
    const done = callbackFixture({ ...person(3), requestedAt: '2027-01-25T09:00:00.000Z', updatedAt: '2027-01-25T09:00:00.000Z' });
    for (const request of [old, fresh, done]) await service.stores.callbacks.create(request);
    expect((await call(service, `/api/admin/sites/salford/callbacks/${done.id}/contacted`, { method: 'POST', token: salford, body: { by: 'Jo' } })).status).toBe(200);

    const all = await list('');
    expect(all.counts).toMatchObject({ new: 2, overdue: 1, mine: 0, contacted: 1 });
    expect(all.callbacks.find((item) => item.id === old.id)).toMatchObject({ overdue: true, mine: false });
    expect(all.callbacks.find((item) => item.id === fresh.id)).toMatchObject({ overdue: false });
    expect((await list('?view=overdue')).callbacks.map((item) => item.id)).toEqual([old.id]);
    expect((await list('?view=new')).callbacks.map((item) => item.id)).toEqual([fresh.id, old.id]);
    expect((await list('?view=contacted')).callbacks.map((item) => item.id)).toEqual([done.id]);
    expect((await list('?view=mine')).callbacks).toEqual([]);
    // The status filter still works, alone or with a view.
    expect((await list('?status=requested&view=overdue')).callbacks.map((item) => item.id)).toEqual([old.id]);
    const bad = await call(service, '/api/admin/sites/salford/callbacks?view=urgent', { token: salford });
    expect(bad.status).toBe(400);
    expect(errorSchema.parse(bad.body).error.fields?.map((field) => field.field)).toEqual(['view']);
  });

  it('shows a request\'s details and records the opening in the audit trail by reference code only', async () => {
    clock.set('2027-02-02T10:00:00.000Z');
    const request = callbackFixture({ ...person(10), name: 'Robin Quillfeather', about: 'Zanzibar-orchid-secret', safetyReplyInConversation: true, requestedAt: clock.iso(), updatedAt: clock.iso() });
    await service.stores.callbacks.create(request);
    clock.advance(12 * 60_000);
    await call(service, `/api/admin/sites/salford/callbacks/${request.id}/claim`, { method: 'POST', token: salford, body: { by: 'Sam Jones' } });

    const answer = await call(service, `/api/admin/sites/salford/callbacks/${request.id}`, { token: salford });
    expect(answer.status).toBe(200);
    const details = detailsSchema.parse(answer.body);
    expect(details).toMatchObject({ reference: request.reference, phoneE164: request.phoneE164, about: 'Zanzibar-orchid-secret', bestTimes: ['morning', 'evening'], safetyReplyInConversation: true, outcome: null });
    expect(details.history).toEqual([
      { at: '2027-02-02T10:00:00.000Z', what: 'Requested' },
      { at: '2027-02-02T10:12:00.000Z', what: 'Claimed by Sam' },
    ]);

    const trail = await service.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: request.id, limit: 10 });
    expect(trail.map((entry) => entry.action)).toEqual(['callback.details_opened', 'callback.claimed']);
    expect(trail[0]).toMatchObject({ actor: { kind: 'site-token' }, subject: { type: 'callback', id: request.id }, summary: `Opened the details of ${request.reference}` });
    expect(trail[1]?.summary).toBe(`Claimed ${request.reference}`);
    const text = JSON.stringify(trail);
    for (const personal of ['Quillfeather', 'Zanzibar', request.phoneE164]) expect(text).not.toContain(personal);

    expect((await call(service, `/api/admin/sites/salford/callbacks/${callbackFixture().id}`, { token: salford })).status).toBe(404);
    expect((await call(service, '/api/admin/sites/salford/callbacks/not-an-id', { token: salford })).status).toBe(404);
    expect((await call(service, `/api/admin/sites/salford/callbacks/${request.id}`)).status).toBe(401);
  });

  it('says who got there first when a step is refused, and audits each step', async () => {
    clock.set('2027-02-03T10:42:00.000Z');
    const request = callbackFixture({ ...person(20), requestedAt: clock.iso(), updatedAt: clock.iso() });
    await service.stores.callbacks.create(request);
    const path = (step: string) => `/api/admin/sites/salford/callbacks/${request.id}/${step}`;
    expect((await call(service, path('claim'), { method: 'POST', token: salford, body: { by: 'Sam' } })).status).toBe(200);
    clock.advance(60_000);
    const again = await call(service, path('claim'), { method: 'POST', token: salford, body: { by: 'Priya' } });
    expect(again.status).toBe(409);
    expect(errorSchema.parse(again.body).error.message).toBe('Already claimed by Sam at 10:42: it cannot be claimed again.');
    // A token must say who did it; signed-in staff act as themselves.
    const nobody = await call(service, path('contacted'), { method: 'POST', token: salford, body: {} });
    expect(nobody.status).toBe(400);
    expect(errorSchema.parse(nobody.body).error.fields?.map((field) => field.field)).toEqual(['by']);
    expect((await call(service, path('close'), { method: 'POST', token: salford, body: { by: 'Sam', reason: 'Zanzibar-orchid-secret' } })).status).toBe(200);
    const trail = await service.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: request.id, limit: 10 });
    expect(trail.map((entry) => entry.summary)).toEqual([`Closed ${request.reference}`, `Claimed ${request.reference}`]);
    expect(JSON.stringify(trail)).not.toContain('Zanzibar');
  });

  it('takes an outcome only from signed-in staff (403 for a token), with the prompt\'s codes (400 otherwise)', async () => {
    const request = callbackFixture({ ...person(30) });
    await service.stores.callbacks.create(request);
    const path = `/api/admin/sites/salford/callbacks/${request.id}/outcome`;
    const bad = await call(service, path, { method: 'POST', token: salford, body: { contactOutcome: 'spoke', supportOffered: ['listening'], goalsAgreed: 9 } });
    expect(bad.status).toBe(400);
    expect(errorSchema.parse(bad.body).error.fields?.map((field) => field.field).sort()).toEqual(['contactOutcome', 'goalsAgreed']);
    const token = await call(service, path, { method: 'POST', token: salford, body: { contactOutcome: 'reached', supportOffered: ['listening'], goalsAgreed: 2 } });
    expect(token.status).toBe(403);
    expect(await service.stores.callbackOutcomes.get('salford', request.id)).toBeUndefined();
    expect((await call(service, `/api/admin/sites/salford/callbacks/${callbackFixture().id}/outcome`, { method: 'POST', token: salford, body: { contactOutcome: 'reached', supportOffered: [], goalsAgreed: 0 } })).status).toBe(404);
  });

  it('knows "mine" by the signed-in member of staff, takes their outcome, and lets practitioners read but not change the team details', async () => {
    clock.set('2027-02-04T10:00:00.000Z');
    const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const jo = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', name: 'Jo Reid' };
    const sam = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b3', name: 'Sam Patel' };
    for (const who of [jo, sam]) await service.stores.practitioners.put('salford', { tenantId, aadObjectId: who.aadObjectId, role: 'practitioner', updatedAt: clock.iso() });
    const joIn = await createStaffSession(service.stores, jo, { clock });
    const samIn = await createStaffSession(service.stores, sam, { clock });
    const request = callbackFixture({ ...person(40), requestedAt: clock.iso(), updatedAt: clock.iso() });
    await service.stores.callbacks.create(request);
    const path = (step: string) => `/api/admin/sites/salford/callbacks/${request.id}/${step}`;

    const claimed = await call(service, path('claim'), { method: 'POST', staff: joIn, body: {} });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', claimedBy: 'Jo', claimedByStaff: { tenantId, aadObjectId: jo.aadObjectId } });
    const mine = async (who: TestStaffSession) => listSchema.parse((await call(service, '/api/admin/sites/salford/callbacks?view=mine', { staff: who })).body);
    expect((await mine(joIn)).callbacks.map((item) => item.id)).toEqual([request.id]);
    expect((await mine(joIn)).counts['mine']).toBe(1);
    expect((await mine(samIn)).callbacks).toEqual([]);

    // The outcome before contact is refused; after, it is Jo's (the review prompt goes to Jo).
    expect((await call(service, path('outcome'), { method: 'POST', staff: joIn, body: { contactOutcome: 'reached', supportOffered: [], goalsAgreed: 1 } })).status).toBe(409);
    expect((await call(service, path('contacted'), { method: 'POST', staff: joIn, body: {} })).status).toBe(200);
    const outcome = await call(service, path('outcome'), { method: 'POST', staff: joIn, body: { contactOutcome: 'reached', supportOffered: ['peer-support'], goalsAgreed: 1 } });
    expect(outcome.status).toBe(200);
    expect(await service.stores.callbackOutcomes.get('salford', request.id)).toMatchObject({ contactOutcome: 'reached', recordedBy: { tenantId, aadObjectId: jo.aadObjectId } });
    const trail = await service.stores.adminAudit.list('salford', { subjectType: 'callback', subjectId: request.id, limit: 10 });
    expect(trail.map((entry) => entry.action)).toEqual(['callback.outcome_recorded', 'callback.contacted', 'callback.claimed']);
    expect(trail.every((entry) => entry.actor.kind === 'staff' && entry.actor.aadObjectId === jo.aadObjectId)).toBe(true);
    // A change without the CSRF token is refused, and changes nothing.
    const noCsrf = await fetch(`${service.baseUrl}${path('close')}`, { method: 'POST', headers: { cookie: joIn.cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(noCsrf.status).toBe(403);
    expect((await service.stores.callbacks.get(request.id))?.status).toBe('contacted');

    // Practitioners read the team details (404 only while none are saved) but cannot change them.
    expect([200, 404]).toContain((await call(service, '/api/admin/sites/salford', { staff: joIn })).status);
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', staff: joIn, body: {} })).status).toBe(403);
  });
});
