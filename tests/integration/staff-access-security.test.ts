import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness';
import { startLocalSsoKeys, type LocalSsoKeys } from '../support/local-sso-keys';
import { createStaffSession, type TestStaffSession } from '../support/staff-sessions';
import { TestClock } from '../support/test-clock';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const otherTenant = '0b5e7a52-5b7f-4f5e-9c39-5f6f0a0c1d2e';
const siteAdmin = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };
const practitioner = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', name: 'Jo Reid' };
const stranger = { tenantId: otherTenant, aadObjectId: '00000000-0000-0000-0000-0000000000c3' };
const minute = 60_000;

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function call(service: TestService, path: string, options: { method?: string; session?: TestStaffSession; csrf?: string; bearer?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.session !== undefined) headers['cookie'] = options.session.cookie;
  if (options.csrf !== undefined) headers['x-csrf-token'] = options.csrf;
  if (options.bearer !== undefined) headers['authorization'] = `Bearer ${options.bearer}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${service.baseUrl}${path}`, { method: options.method ?? 'GET', headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

const codeOf = (answer: Answer) => (answer.body as { error?: { code?: string } } | undefined)?.error?.code;

describe('staff access (browser sessions and Teams SSO)', () => {
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00Z'));
  let service: TestService;
  let sso: LocalSsoKeys;

  beforeAll(async () => {
    sso = await startLocalSsoKeys();
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: tenantId, ...sso.env }, { clock });
    const updatedAt = clock.iso();
    const idOf = ({ tenantId, aadObjectId }: typeof siteAdmin) => ({ tenantId, aadObjectId, updatedAt });
    await service.stores.practitioners.put('salford', { ...idOf(siteAdmin), role: 'site-admin' });
    await service.stores.practitioners.put('lambeth', { ...idOf(siteAdmin), role: 'practitioner' });
    await service.stores.practitioners.put('salford', { ...idOf(practitioner), role: 'practitioner' });
  });
  afterAll(async () => {
    await service?.stop();
    await sso?.stop();
  });

  const signIn = (who: typeof siteAdmin | typeof stranger) => createStaffSession(service.stores, who, { clock });
  const salfordTeam = async () => (await service.stores.teams.get('salford'))?.phone;

  it('tells a signed-in member of staff who they are and their roles, never cached', async () => {
    const session = await signIn(siteAdmin);
    const me = await call(service, '/staff/api/me', { session });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.body).toStrictEqual({
      name: 'Sam Patel',
      tenantId,
      aadObjectId: siteAdmin.aadObjectId,
      via: 'oidc',
      sites: [
        { siteId: 'lambeth', role: 'practitioner' },
        { siteId: 'salford', role: 'site-admin' },
      ],
      csrfToken: session.csrfToken,
    });
  });

  it('answers 401 to /staff/api/me without a session, with a forged one, or with an admin token', async () => {
    for (const answer of [
      await call(service, '/staff/api/me'),
      await call(service, '/staff/api/me', { session: { sessionId: 'x', cookie: `lwc_staff=${'A'.repeat(43)}`, csrfToken: '' } }),
      await call(service, '/staff/api/me', { bearer: adminToken }),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it("lets a site admin read and change their site's admin routes, a change only with the CSRF token", async () => {
    const session = await signIn(siteAdmin);
    expect((await call(service, '/api/admin/sites/salford/activities', { session })).status).toBe(200);
    const team = (await call(service, '/api/admin/sites/salford', { session })).body as Record<string, unknown>;
    const before = await salfordTeam();
    const changed = { ...team, phone: '0161 496 0999' };
    const noToken = await call(service, '/api/admin/sites/salford', { method: 'PUT', session, body: changed });
    expect([noToken.status, codeOf(noToken)]).toStrictEqual([403, 'FORBIDDEN']);
    const wrongToken = await call(service, '/api/admin/sites/salford', { method: 'PUT', session, csrf: `${session.csrfToken.slice(1)}x`, body: changed });
    expect([wrongToken.status, codeOf(wrongToken)]).toStrictEqual([403, 'FORBIDDEN']);
    expect(await salfordTeam()).toBe(before);
    const withToken = await call(service, '/api/admin/sites/salford', { method: 'PUT', session, csrf: session.csrfToken, body: changed });
    expect(withToken.status).toBe(200);
    expect(await salfordTeam()).toBe('0161 496 0999');
  });

  it("refuses a practitioner on an admin route, anyone at a site they have no role at, and staff on super-admin routes", async () => {
    const session = await signIn(practitioner);
    const before = await salfordTeam();
    const team = (await call(service, '/api/admin/sites/salford', { session: await signIn(siteAdmin) })).body as Record<string, unknown>;
    const change = await call(service, '/api/admin/sites/salford', { method: 'PUT', session, csrf: session.csrfToken, body: { ...team, phone: '0161 496 0000' } });
    expect([change.status, codeOf(change)]).toStrictEqual([403, 'FORBIDDEN']);
    expect(await salfordTeam()).toBe(before);
    expect((await call(service, '/api/admin/sites/salford/activities', { session })).status).toBe(403);
    expect((await call(service, '/api/admin/sites/luton/activities', { session })).status).toBe(403);
    const lutonBefore = await service.stores.teams.get('luton');
    const otherSite = await call(service, '/api/admin/sites/luton', { method: 'PUT', session, csrf: session.csrfToken, body: { ...team, siteId: 'luton', phone: '0161 496 0000' } });
    expect([otherSite.status, codeOf(otherSite)]).toStrictEqual([403, 'FORBIDDEN']);
    expect(await service.stores.teams.get('luton')).toStrictEqual(lutonBefore);
    const anonymous = await call(service, '/api/admin/sites/salford', { method: 'PUT', body: { ...team, phone: '0161 496 0000' } });
    expect([anonymous.status, codeOf(anonymous)]).toStrictEqual([401, 'UNAUTHORIZED']);
    expect(await salfordTeam()).toBe(before);
    expect((await call(service, '/api/admin/sites/salford/activities', { session: await signIn(stranger) })).status).toBe(403);
    const admin = await signIn(siteAdmin);
    expect((await call(service, '/api/admin/tokens', { method: 'POST', session: admin, csrf: admin.csrfToken, body: { siteId: 'salford' } })).status).toBe(401);
    expect((await call(service, '/api/admin/sites/nowhere/activities', { session: admin })).status).toBe(404);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await signIn(siteAdmin);
    clock.advance(29 * minute);
    expect((await call(service, '/staff/api/me', { session: idle })).status).toBe(200);
    clock.advance(30 * minute);
    const timedOut = await call(service, '/api/admin/sites/salford/activities', { session: idle });
    expect([timedOut.status, codeOf(timedOut)]).toStrictEqual([401, 'UNAUTHORIZED']);

    const busy = await signIn(siteAdmin);
    for (let hour = 0; hour < 8 * 3; hour += 1) {
      clock.advance(20 * minute);
      expect((await call(service, '/staff/api/me', { session: busy })).status).toBe(hour < 23 ? 200 : 401);
    }
  });

  it('lets a Teams SSO token in as its member of staff, changes without a CSRF token, and fetches the key set once', async () => {
    const bearer = await sso.signSsoToken({ tid: tenantId, oid: siteAdmin.aadObjectId, name: 'Sam Patel' }, { now: clock.now() });
    const me = await call(service, '/staff/api/me', { bearer });
    expect(me.status).toBe(200);
    expect(me.body).toStrictEqual({ name: 'Sam Patel', tenantId, aadObjectId: siteAdmin.aadObjectId, via: 'teams-sso', sites: [{ siteId: 'lambeth', role: 'practitioner' }, { siteId: 'salford', role: 'site-admin' }] });
    const team = (await call(service, '/api/admin/sites/salford', { bearer })).body as Record<string, unknown>;
    const changed = await call(service, '/api/admin/sites/salford', { method: 'PUT', bearer, body: { ...team, phone: '0161 496 0123' } });
    expect(changed.status).toBe(200);
    expect(await salfordTeam()).toBe('0161 496 0123');
    const v1 = await sso.signSsoToken({ tid: tenantId, oid: siteAdmin.aadObjectId, aud: sso.appIdUri, ver: '1.0' }, { now: clock.now() });
    expect((await call(service, '/staff/api/me', { bearer: v1 })).status).toBe(200);
    expect(sso.fetches()).toBe(1);
    const asPractitioner = await sso.signSsoToken({ tid: tenantId, oid: practitioner.aadObjectId }, { now: clock.now() });
    expect((await call(service, '/api/admin/sites/salford', { method: 'PUT', bearer: asPractitioner, body: { ...team, phone: '0161 496 0456' } })).status).toBe(403);
    expect(await salfordTeam()).toBe('0161 496 0123');
  });

  it('refuses forged, mis-addressed, other-tenant, scope-less and expired SSO tokens (401) and changes nothing', async () => {
    const team = (await call(service, '/api/admin/sites/salford', { session: await signIn(siteAdmin) })).body as Record<string, unknown>;
    const before = await salfordTeam();
    const who = { tid: tenantId, oid: siteAdmin.aadObjectId };
    const now = clock.now();
    const refused = {
      forged: await sso.signSsoToken(who, { now, forged: true }),
      wrongAudience: await sso.signSsoToken({ ...who, aud: 'api://evil.example/other-app' }, { now }),
      wrongIssuer: await sso.signSsoToken({ ...who, iss: sso.issuerFor(otherTenant) }, { now }),
      otherTenant: await sso.signSsoToken({ ...who, tid: otherTenant }, { now }),
      missingScope: await sso.signSsoToken({ ...who, scp: 'User.Read' }, { now }),
      expired: await sso.signSsoToken(who, { now: now - 2 * 3_600_000 }),
      garbled: 'eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0.x',
    };
    for (const [kind, bearer] of Object.entries(refused)) {
      const change = await call(service, '/api/admin/sites/salford', { method: 'PUT', bearer, body: { ...team, phone: '0161 496 0666' } });
      expect([kind, change.status, codeOf(change)]).toStrictEqual([kind, 401, 'UNAUTHORIZED']);
      expect([kind, (await call(service, '/staff/api/me', { bearer })).status]).toStrictEqual([kind, 401]);
    }
    expect(await salfordTeam()).toBe(before);
  });
});
