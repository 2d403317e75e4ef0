import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callbackRequestSchema, type CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { teamDirectoryEntrySchema } from '../../src/domain/team/team-directory';
import { loadSampleTeams } from '../../src/data/sample-data';
import { callbackFixture } from '../support/callback-fixture';
import { startTestService, type TestService } from '../support/service-harness';
import { TestClock } from '../support/test-clock';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const adminToken = `test-super-admin-${'t3am'.repeat(8)}`;

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Calls the admin API and reads the JSON answer. */
async function call(service: TestService, path: string, options: { method?: string; token?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${service.baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.array(z.object({ field: z.string(), message: z.string() })).optional() }) });
const fieldsOf = (answer: Answer) => (errorSchema.parse(answer.body).error.fields ?? []).map((problem) => problem.field);
const openNowSchema = z.strictObject({ open: z.boolean(), closesAt: z.number().optional(), nextOpensAt: z.number().optional(), exceptionReason: z.string().optional() });
const siteViewSchema = z.looseObject({ openNow: openNowSchema, weeklyHours: z.array(z.string()), upcomingBankHolidays: z.array(z.strictObject({ date: z.string(), name: z.string() })) });
const listSchema = z.strictObject({
  siteId: z.string(),
  total: z.number(),
  counts: z.strictObject({ new: z.number(), mine: z.number(), overdue: z.number(), contacted: z.number(), closed: z.number() }),
  callbacks: z.array(z.looseObject({ waitingTimeMs: z.number().nullable(), overdue: z.boolean(), mine: z.boolean() })),
});

/** The callbacks of a list answer, each checked against the request schema. */
function listed(answer: Answer): Array<CallbackRequest & { waitingTimeMs: number | null }> {
  return listSchema.parse(answer.body).callbacks.map(({ waitingTimeMs, overdue: _overdue, mine: _mine, ...rest }) => ({ ...callbackRequestSchema.parse(rest), waitingTimeMs }));
}

/** Another fictional person, with their own drama mobile number. */
function person(n: number): Pick<CallbackRequest, 'personKey' | 'channelId' | 'phoneE164'> {
  const phone = `+447700900${String(n).padStart(3, '0')}`;
  return { personKey: `sms:${phone}`, channelId: 'sms', phoneE164: phone };
}


const modes = {
  embedded: () => ({}),
  redis: () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() }),
};

describe.each(Object.keys(modes))('team admin API (%s mode)', (mode) => {
  let service: TestService;
  let salford: string;
  let lambeth: string;
  const clock = new TestClock(Date.parse('2026-12-24T11:00:00.000Z'));

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, ...(mode === 'redis' ? modes.redis() : modes.embedded()) }, { clock });
    const issue = async (siteId: string) => {
      const answer = await call(service, '/api/admin/tokens', { method: 'POST', token: adminToken, body: { siteId } });
      return z.object({ token: z.string() }).parse(answer.body).token;
    };
    salford = await issue('salford');
    lambeth = await issue('lambeth');
  });
  afterAll(async () => {
    await service.stop();
  });

  const sampleSalford = async () => {
    const entry = (await loadSampleTeams()).find((candidate) => candidate.siteId === 'salford');
    if (entry === undefined) throw new Error('no salford sample');
    return entry;
  };

  it('shows the team details with whether it is open now (sample details only in embedded mode)', async () => {
    clock.set('2026-12-24T11:00:00.000Z');
    const answer = await call(service, '/api/admin/sites/salford', { token: salford });
    if (mode === 'redis') {
      expect(answer.status).toBe(404);
      const put = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: await sampleSalford() });
      expect(put.status).toBe(200);
    } else {
      expect(answer.status).toBe(200);
    }
    const read = await call(service, '/api/admin/sites/salford', { token: salford });
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    const view = siteViewSchema.parse(read.body);
    // Christmas Eve: the short day's hours, until noon.
    expect(view.openNow).toEqual({ open: true, closesAt: Date.parse('2026-12-24T12:00:00.000Z'), exceptionReason: 'Christmas Eve' });
    expect(view.weeklyHours).toEqual([
      'Monday to Wednesday: 9am to 5pm',
      'Thursday: 9am to 8pm',
      'Friday: 9am to 5pm',
      'Saturday: 10am to 1pm',
      'Sunday: closed',
    ]);
    // Its nation's bank holidays of the coming year, for the staff app's team page.
    expect(view.upcomingBankHolidays.slice(0, 4)).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
      { date: '2027-01-01', name: "New Year's Day" },
    ]);
    expect(view.upcomingBankHolidays.every((holiday) => holiday.date >= '2026-12-24' && holiday.date < '2027-12-24')).toBe(true);
    const { openNow: _open, weeklyHours: _hours, upcomingBankHolidays: _holidays, ...entry } = view;
    expect(teamDirectoryEntrySchema.parse(entry)).toMatchObject({ siteId: 'salford', teamName: expect.stringMatching(/\(sample\)$/) });

    // Christmas Day: closed; Boxing Day is a Saturday and the Monday is its substitute, so Tuesday.
    clock.set('2026-12-25T10:00:00.000Z');
    const closed = siteViewSchema.parse((await call(service, '/api/admin/sites/salford', { token: adminToken })).body);
    expect(closed.openNow).toEqual({ open: false, nextOpensAt: Date.parse('2026-12-29T09:00:00.000Z'), exceptionReason: 'Christmas Day' });
  });

  it('takes the closed-on-bank-holidays switch: off, the weekly hours hold on Christmas Day', async () => {
    const entry = await sampleSalford();
    clock.set('2026-12-25T10:00:00.000Z');
    const off = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: { ...entry, closedOnBankHolidays: false } });
    expect(off.status).toBe(200);
    const open = siteViewSchema.parse((await call(service, '/api/admin/sites/salford', { token: salford })).body);
    expect(open.openNow).toEqual({ open: true, closesAt: Date.parse('2026-12-25T17:00:00.000Z') });
    const wrong = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: { ...entry, closedOnBankHolidays: 'yes' } });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['closedOnBankHolidays']);
    const on = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: entry });
    expect(on.status).toBe(200);
    const closed = siteViewSchema.parse((await call(service, '/api/admin/sites/salford', { token: salford })).body);
    expect(closed.openNow).toEqual({ open: false, nextOpensAt: Date.parse('2026-12-29T09:00:00.000Z'), exceptionReason: 'Christmas Day' });
  });

  it('takes the review cadence in weeks (1 to 52), kept with the details; absent, the default applies', async () => {
    const entry = await sampleSalford();
    const set = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: { ...entry, reviewCadenceWeeks: 8 } });
    expect(set.status).toBe(200);
    expect((await call(service, '/api/admin/sites/salford', { token: salford })).body).toMatchObject({ reviewCadenceWeeks: 8 });
    for (const weeks of [0, 53, 4.5]) {
      const wrong = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: { ...entry, reviewCadenceWeeks: weeks } });
      expect(wrong.status).toBe(400);
      expect(fieldsOf(wrong)).toEqual(['reviewCadenceWeeks']);
    }
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: entry })).status).toBe(200);
    expect((await call(service, '/api/admin/sites/salford', { token: salford })).body).not.toHaveProperty('reviewCadenceWeeks');
  });

  it('refuses team details that do not fit, naming the fields (400)', async () => {
    const entry = await sampleSalford();
    const bad = {
      ...entry,
      siteId: 'luton',
      phone: 'call us',
      email: 'not an email',
      fax: '0161 496 0999',
      openingHours: [{ weekday: 8, opens: '09:00', closes: '17:00' }],
    };
    const answer = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: bad });
    expect(answer.status).toBe(400);
    expect(errorSchema.parse(answer.body).error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(answer).sort()).toEqual(['email', 'fax', 'openingHours[0].weekday', 'phone', 'siteId']);
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: [entry] })).status).toBe(400);
    const notJson = await fetch(`${service.baseUrl}/api/admin/sites/salford`, { method: 'PUT', headers: { authorization: `Bearer ${salford}`, 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('replaces the team details, stamping updatedAt, and shows them after (a GET can be sent back)', async () => {
    clock.set('2027-01-05T10:30:00.000Z');
    const { siteId: _site, updatedAt: _updated, ...body } = await sampleSalford();
    const replacement = { ...body, teamName: 'Salford Living Well Team (sample, renamed)', languages: ['en', 'ar', 'pl'], openingHours: body.openingHours.filter((period) => period.weekday !== 6) };
    const put = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: replacement });
    expect(put.status).toBe(200);
    const saved = teamDirectoryEntrySchema.parse(put.body);
    expect(saved).toEqual({ ...replacement, siteId: 'salford', updatedAt: clock.iso() });
    const read = await call(service, '/api/admin/sites/salford', { token: salford });
    const view = siteViewSchema.parse(read.body);
    expect(view).toMatchObject({ ...saved, openNow: { open: true, closesAt: Date.parse('2027-01-05T17:00:00.000Z') } });
    expect(view.weeklyHours.at(-1)).toBe('Saturday and Sunday: closed');

    clock.advance(60_000);
    const again = await call(service, '/api/admin/sites/salford', { method: 'PUT', token: salford, body: read.body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...saved, updatedAt: clock.iso() });
    expect(service.logText()).toContain('admin.team_replaced');
  });

  it('scopes tokens: none is 401, another site 403, an unknown site 404', async () => {
    expect((await call(service, '/api/admin/sites/salford')).status).toBe(401);
    expect((await call(service, '/api/admin/sites/salford/callbacks')).status).toBe(401);
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', body: {} })).status).toBe(401);
    expect((await call(service, `/api/admin/sites/salford/callbacks/${callbackFixture().id}/claim`, { method: 'POST', body: { by: 'Sam' } })).status).toBe(401);
    expect((await call(service, '/api/admin/sites/salford', { token: lambeth })).status).toBe(403);
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', token: lambeth, body: await sampleSalford() })).status).toBe(403);
    expect((await call(service, '/api/admin/sites/salford/callbacks', { token: lambeth })).status).toBe(403);
    const forbidden = await call(service, `/api/admin/sites/salford/callbacks/${callbackFixture().id}/claim`, { method: 'POST', token: lambeth, body: { by: 'Sam' } });
    expect(forbidden.status).toBe(403);
    expect((await call(service, '/api/admin/sites/atlantis', { token: adminToken })).status).toBe(404);
    expect((await call(service, '/api/admin/sites/atlantis/callbacks', { token: salford })).status).toBe(404);
  });

  it('lists the callbacks of the site, newest first, optionally by status', async () => {
    const times = ['2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z', '2026-11-22T09:00:00.000Z'];
    const requests = times.map((time, i) => callbackFixture({ ...person(100 + i), requestedAt: time, updatedAt: time }));
    for (const request of requests) expect(await service.stores.callbacks.create(request)).toEqual({ created: true });
    await service.stores.callbacks.create(callbackFixture({ ...person(110), siteId: 'lambeth' }));
    const claim = await call(service, `/api/admin/sites/salford/callbacks/${requests[0]?.id ?? ''}/claim`, { method: 'POST', token: salford, body: { by: 'Jo' } });
    expect(claim.status).toBe(200);

    const all = await call(service, '/api/admin/sites/salford/callbacks', { token: salford });
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('no-store');
    const ids = listed(all).map((request) => request.id);
    expect(ids.filter((id) => requests.some((request) => request.id === id))).toEqual([requests[2]?.id, requests[1]?.id, requests[0]?.id]);
    expect(listSchema.parse(all.body)).toMatchObject({ siteId: 'salford', total: ids.length });
    expect(listed(all).every((request) => request.siteId === 'salford')).toBe(true);
    // The team's own work list shows who to call.
    expect(listed(all).find((request) => request.id === requests[1]?.id)).toMatchObject({ name: 'Alex Example', phoneE164: requests[1]?.phoneE164, waitingTimeMs: null });

    const requested = listed(await call(service, '/api/admin/sites/salford/callbacks?status=requested', { token: salford }));
    expect(requested.every((request) => request.status === 'requested')).toBe(true);
    expect(requested.map((request) => request.id)).toEqual(expect.arrayContaining([requests[1]?.id, requests[2]?.id]));
    expect(requested.map((request) => request.id)).not.toContain(requests[0]?.id);
    expect(listed(await call(service, '/api/admin/sites/salford/callbacks?status=claimed', { token: adminToken })).map((request) => request.id)).toContain(requests[0]?.id);

    const bad = await call(service, '/api/admin/sites/salford/callbacks?status=done', { token: salford });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['status']);
  });

  it('takes a request through claim, contacted and close, recording who and when, with the waiting time', async () => {
    clock.set('2027-01-06T09:00:00.000Z');
    const request = callbackFixture({ ...person(200), requestedAt: clock.iso(), updatedAt: clock.iso(), about: 'Would like to hear about the walking group.' });
    await service.stores.callbacks.create(request);
    const path = (action: string) => `/api/admin/sites/salford/callbacks/${request.id}/${action}`;

    clock.advance(30 * 60_000);
    const claimed = await call(service, path('claim'), { method: 'POST', token: salford, body: { by: 'Sam (duty worker)' } });
    expect(claimed.status).toBe(200);
    expect(callbackRequestSchema.parse(claimed.body)).toMatchObject({ status: 'claimed', claimedBy: 'Sam (duty worker)', claimedAt: clock.iso() });

    clock.advance(90 * 60_000);
    const contacted = await call(service, path('contacted'), { method: 'POST', token: salford, body: { by: 'Sam (duty worker)' } });
    expect(contacted.status).toBe(200);
    expect(callbackRequestSchema.parse(contacted.body)).toMatchObject({ status: 'contacted', contactedBy: 'Sam (duty worker)', contactedAt: clock.iso() });

    clock.advance(5 * 60_000);
    const closed = await call(service, path('close'), { method: 'POST', token: salford, body: { by: 'Priya', reason: 'Joined the Tuesday walk' } });
    expect(closed.status).toBe(200);
    expect(callbackRequestSchema.parse(closed.body)).toMatchObject({ status: 'closed', closedBy: 'Priya', closedAt: clock.iso(), closeReason: 'Joined the Tuesday walk' });

    const onList = listed(await call(service, '/api/admin/sites/salford/callbacks?status=closed', { token: salford })).find((item) => item.id === request.id);
    expect(onList?.waitingTimeMs).toBe(2 * 60 * 60_000);
    expect(await service.stores.callbacks.get(request.id)).toEqual(callbackRequestSchema.parse(closed.body));

    // Closed is final: the message says what it is now.
    const again = await call(service, path('claim'), { method: 'POST', token: salford, body: { by: 'Sam (duty worker)' } });
    expect(again.status).toBe(409);
    expect(errorSchema.parse(again.body).error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('closed') });

    // The outbox has the team's steps, with ids and codes only.
    const events = (await service.stores.events.read('0', 1_000)).filter((entry) => entry.event.callbackId === request.id).map((entry) => entry.event);
    expect(events.map((event) => event.type)).toEqual(['callback.claimed', 'callback.contacted', 'callback.closed']);
    expect(events.every((event) => event.reference === request.reference && event.siteId === 'salford')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Alex');

    // The logs have ids and events, never the person's details.
    const logs = service.logText();
    expect(logs).toContain('admin.callback_claimed');
    expect(logs).toContain(request.id);
    for (const personal of [request.name, request.phoneE164, '7700 900200', request.about ?? '', 'Joined the Tuesday walk']) expect(logs).not.toContain(personal);
  });

  it('lists a request whose person deleted their data as cancelled, with no personal details, and refuses steps on it (409)', async () => {
    clock.set('2027-01-07T10:00:00.000Z');
    const request = callbackFixture({ ...person(400), requestedAt: clock.iso(), updatedAt: clock.iso() });
    await service.stores.callbacks.create(request);
    clock.advance(20 * 60_000);
    await service.stores.callbacks.eraseFor(request.personKey, clock.iso());

    const cancelled = await call(service, '/api/admin/sites/salford/callbacks?status=cancelled', { token: salford });
    const entry = listSchema.parse(cancelled.body).callbacks.find((item) => item['id'] === request.id);
    expect(entry).toStrictEqual({
      id: request.id,
      reference: request.reference,
      siteId: 'salford',
      status: 'cancelled',
      requestedAt: request.requestedAt,
      cancelledAt: clock.iso(),
      erasedAt: clock.iso(),
      cancelledByErasure: true,
      waitingTimeMs: null,
      overdue: false,
      mine: false,
    });
    const requested = await call(service, '/api/admin/sites/salford/callbacks?status=requested', { token: salford });
    expect(listSchema.parse(requested.body).callbacks.map((item) => item['id'])).not.toContain(request.id);
    expect(JSON.stringify(cancelled.body)).not.toContain(request.phoneE164);

    const claim = await call(service, `/api/admin/sites/salford/callbacks/${request.id}/claim`, { method: 'POST', token: salford, body: { by: 'Jo' } });
    expect(claim.status).toBe(409);
    expect(errorSchema.parse(claim.body).error.message).toContain('deleted their data');
  });

  it('refuses a step the status does not allow (409), a bad body (400), and requests that are not this site’s (404)', async () => {
    const request = callbackFixture({ ...person(300) });
    await service.stores.callbacks.create(request);
    const path = (action: string, id = request.id) => `/api/admin/sites/salford/callbacks/${id}/${action}`;

    expect((await call(service, path('contacted'), { method: 'POST', token: salford, body: { by: 'Sam' } })).status).toBe(200);
    const claimAfterContact = await call(service, path('claim'), { method: 'POST', token: salford, body: { by: 'Jo' } });
    expect(claimAfterContact.status).toBe(409);
    expect(errorSchema.parse(claimAfterContact.body).error.message).toContain('contacted');

    const empty = await call(service, path('close'), { method: 'POST', token: salford, body: { by: '  ' } });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty)).toEqual(['by']);
    const tooLong = await call(service, path('close'), { method: 'POST', token: salford, body: { by: 'x'.repeat(101) } });
    expect(fieldsOf(tooLong)).toEqual(['by']);
    const extra = await call(service, path('close'), { method: 'POST', token: salford, body: { by: 'Sam', name: 'someone' } });
    expect(fieldsOf(extra)).toEqual(['name']);
    expect((await call(service, path('close'), { method: 'POST', token: salford })).status).toBe(415);

    expect((await call(service, path('claim', callbackFixture().id), { method: 'POST', token: salford, body: { by: 'Sam' } })).status).toBe(404);
    expect((await call(service, path('claim', 'not-an-id'), { method: 'POST', token: salford, body: { by: 'Sam' } })).status).toBe(404);
    const lambethRequest = callbackFixture({ ...person(301), siteId: 'lambeth' });
    await service.stores.callbacks.create(lambethRequest);
    const otherSite = await call(service, path('claim', lambethRequest.id), { method: 'POST', token: adminToken, body: { by: 'Sam' } });
    expect(otherSite.status).toBe(404);
    expect((await service.stores.callbacks.get(lambethRequest.id))?.status).toBe('requested');
    expect((await call(service, `/api/admin/sites/lambeth/callbacks/${lambethRequest.id}/claim`, { method: 'POST', token: lambeth, body: { by: 'Sam' } })).status).toBe(200);
  });
});
