import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness';
import { createStaffSession } from '../support/staff-sessions';
import { TestClock } from '../support/test-clock';

const adminToken = `test-super-admin-${'s3cret'.repeat(6)}`;
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const sam = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };
const dayMs = 86_400_000;

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

describe('site tokens (list, name, expiry, revoke) and the audit trail', () => {
  const clock = new TestClock(Date.parse('2026-12-07T09:00:00Z'));
  let service: TestService;
  let call: (path: string, options?: { method?: string; bearer?: string; cookie?: string; csrf?: string; body?: unknown }) => Promise<Answer>;

  beforeAll(async () => {
    service = await startTestService({ ADMIN_TOKEN: adminToken, TEAMS_ALLOWED_TENANTS: tenantId }, { clock });
    await service.stores.practitioners.put('salford', { tenantId, aadObjectId: sam.aadObjectId, role: 'site-admin', updatedAt: clock.iso() });
    call = async (path, options = {}) => {
      const headers: Record<string, string> = {};
      if (options.bearer !== undefined) headers['authorization'] = `Bearer ${options.bearer}`;
      if (options.cookie !== undefined) headers['cookie'] = options.cookie;
      if (options.csrf !== undefined) headers['x-csrf-token'] = options.csrf;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${service.baseUrl}${path}`, { method: options.method ?? 'GET', headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
    };
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('issues named tokens with an expiry, lists them without the token, and refuses one expired or revoked at once', async () => {
    const issued = await call('/api/admin/tokens', { method: 'POST', bearer: adminToken, body: { siteId: 'salford', name: 'Import script', expiresInDays: 30 } });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ siteId: 'salford', name: 'Import script', createdAt: '2026-12-07T09:00:00.000Z', expiresAt: '2027-01-06T09:00:00.000Z' });
    const script = String(issued.body['token']);
    const byScript = await call('/api/admin/sites/salford/tokens', { method: 'POST', bearer: script, body: { name: 'Nightly export' } });
    expect(byScript.status).toBe(201);
    const nightly = String(byScript.body['token']);

    const listed = await call('/api/admin/sites/salford/tokens', { bearer: nightly });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(script.slice(9));
    expect(listed.body['tokens']).toStrictEqual([
      { id: byScript.body['id'], name: 'Nightly export', createdAt: '2026-12-07T09:00:00.000Z', expiresAt: null, revokedAt: null },
      { id: issued.body['id'], name: 'Import script', createdAt: '2026-12-07T09:00:00.000Z', expiresAt: '2027-01-06T09:00:00.000Z', revokedAt: null },
    ].sort((a, b) => String(a.id).localeCompare(String(b.id))));

    clock.advance(30 * dayMs);
    expect((await call('/api/admin/sites/salford/activities', { bearer: script })).status).toBe(401);
    expect((await call('/api/admin/sites/salford/activities', { bearer: nightly })).status).toBe(200);

    const session = await createStaffSession(service.stores, sam, { clock });
    const noCsrf = await call(`/api/admin/sites/salford/tokens/${String(byScript.body['id'])}`, { method: 'DELETE', cookie: session.cookie });
    expect(noCsrf.status).toBe(403);
    expect((await call('/api/admin/sites/salford/activities', { bearer: nightly })).status).toBe(200);
    const revoked = await call(`/api/admin/sites/salford/tokens/${String(byScript.body['id'])}`, { method: 'DELETE', cookie: session.cookie, csrf: session.csrfToken });
    expect(revoked.status).toBe(204);
    expect((await call('/api/admin/sites/salford/activities', { bearer: nightly })).status).toBe(401);
    expect((await call('/api/admin/sites/salford/tokens/0000000000000000', { method: 'DELETE', bearer: adminToken })).status).toBe(404);
    const after = (await call('/api/admin/sites/salford/tokens', { bearer: adminToken })).body['tokens'] as Array<{ id: string; revokedAt: string | null }>;
    expect(after.find((token) => token.id === byScript.body['id'])?.revokedAt).toBe(clock.iso());
  });

  it('records token, practitioner, link code and team changes with who made them, for site admins to read', async () => {
    const issued = await call('/api/admin/sites/salford/tokens', { method: 'POST', bearer: adminToken, body: { name: 'Team script' } });
    const teamToken = String(issued.body['token']);
    const practitioner = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', role: 'practitioner' };
    expect((await call('/api/admin/sites/salford/teams/practitioners', { method: 'PUT', bearer: teamToken, body: practitioner })).status).toBe(201);
    expect((await call('/api/admin/sites/salford/teams/link-code', { method: 'POST', bearer: teamToken })).status).toBe(201);
    const team = (await call('/api/admin/sites/salford', { bearer: teamToken })).body;
    const session = await createStaffSession(service.stores, sam, { clock });
    expect((await call('/api/admin/sites/salford', { method: 'PUT', cookie: session.cookie, csrf: session.csrfToken, body: { ...team, phone: '0161 496 0111' } })).status).toBe(200);
    expect((await call(`/api/admin/sites/salford/teams/practitioners/${tenantId}/${practitioner.aadObjectId}`, { method: 'DELETE', cookie: session.cookie, csrf: session.csrfToken })).status).toBe(204);

    const trail = await call('/api/admin/sites/salford/audit?limit=5', { cookie: session.cookie });
    expect(trail.status).toBe(200);
    const entries = trail.body['entries'] as Array<{ action: string; actor: unknown; subject: unknown }>;
    const tokenActor = { kind: 'site-token', tokenId: issued.body['id'], name: 'Team script' };
    const staffActor = { kind: 'staff', ...sam };
    expect(entries.map(({ action, actor }) => ({ action, actor }))).toStrictEqual([
      { action: 'practitioner.removed', actor: staffActor },
      { action: 'team.replaced', actor: staffActor },
      { action: 'link-code.issued', actor: tokenActor },
      { action: 'practitioner.added', actor: tokenActor },
      { action: 'token.issued', actor: { kind: 'super' } },
    ]);
    const tokens = await call(`/api/admin/sites/salford/audit?subjectType=token&subjectId=${String(issued.body['id'])}`, { bearer: teamToken });
    expect((tokens.body['entries'] as unknown[]).length).toBe(1);
    expect((await call('/api/admin/sites/salford/audit?subjectId=x', { bearer: teamToken })).status).toBe(400);
    expect((await call('/api/admin/sites/luton/audit', { bearer: teamToken })).status).toBe(403);
  });
});
