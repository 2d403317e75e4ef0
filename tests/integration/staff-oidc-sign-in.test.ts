import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOidcProvider, signInThroughProvider, type LocalOidcProvider } from '../support/local-oidc-provider';
import { freePort } from '../support/redis-server';
import { startTestService, type TestService } from '../support/service-harness';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const sam = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };
const outsider = { tenantId: '0b5e7a52-5b7f-4f5e-9c39-5f6f0a0c1d2e', aadObjectId: '00000000-0000-0000-0000-0000000000c3', name: 'Alex Other' };

describe('staff sign-in in a browser (OpenID Connect, local provider)', () => {
  let provider: LocalOidcProvider;
  let service: TestService;

  beforeAll(async () => {
    const port = await freePort();
    const serviceUrl = `http://127.0.0.1:${port}`;
    provider = await startLocalOidcProvider({ redirectUri: `${serviceUrl}/staff/auth/callback`, accounts: { sam, outsider } });
    service = await startTestService({
      PORT: String(port),
      TEAMS_ALLOWED_TENANTS: tenantId,
      STAFF_OIDC_CLIENT_ID: provider.clientId,
      STAFF_OIDC_CLIENT_SECRET: provider.clientSecret,
      STAFF_OIDC_ISSUER: provider.issuer,
      STAFF_PUBLIC_URL: serviceUrl,
    });
    await service.stores.practitioners.put('salford', { tenantId, aadObjectId: sam.aadObjectId, role: 'site-admin', updatedAt: '2026-12-07T09:00:00.000Z' });
  });
  afterAll(async () => {
    await service?.stop();
    await provider?.stop();
  });

  it('sends the browser to the provider with PKCE, state and nonce, keeping them on the server', async () => {
    const start = await fetch(`${service.baseUrl}/staff/auth/login?returnTo=/staff/`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    expect(start.headers.get('cache-control')).toBe('no-store');
    const location = new URL(start.headers.get('location') ?? '');
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('redirect_uri')).toBe(`${service.baseUrl}/staff/auth/callback`);
    for (const name of ['code_challenge', 'state', 'nonce']) expect(location.searchParams.get(name)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [loginCookie = ''] = start.headers.getSetCookie();
    expect(loginCookie).toMatch(/^lwc_staff_login=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/staff\/auth; HttpOnly; SameSite=Lax; Secure$/);
    expect(loginCookie).not.toContain(location.searchParams.get('state'));
  });

  it('signs in through the provider: a Secure, HttpOnly session cookie, back to returnTo, then signs out', async () => {
    const { callback, serviceCookies } = await signInThroughProvider(service.baseUrl, 'sam', '/staff/#/callbacks');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/staff/#/callbacks');
    expect(callback.headers.get('cache-control')).toBe('no-store');
    expect(callback.headers.getSetCookie()[0]).toMatch(/^lwc_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    const cookie = serviceCookies.header();
    const me = await fetch(`${service.baseUrl}/staff/api/me`, { headers: { cookie } });
    const body = (await me.json()) as { csrfToken: string };
    expect(body).toStrictEqual({ ...sam, via: 'oidc', sites: [{ siteId: 'salford', role: 'site-admin' }], csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(service.logText()).not.toContain('Sam Patel');

    expect((await fetch(`${service.baseUrl}/staff/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    const logout = await fetch(`${service.baseUrl}/staff/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie()[0]).toMatch(/^lwc_staff=; Max-Age=0;/);
    expect((await fetch(`${service.baseUrl}/staff/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('refuses staff of a tenant that is not allowed (403, no session)', async () => {
    const { callback } = await signInThroughProvider(service.baseUrl, 'outsider');
    expect(callback.status).toBe(403);
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('lwc_staff='))).toBe(false);
  });

  it('never sends the browser off the staff app after sign-in', async () => {
    for (const returnTo of ['https://evil.example/staff', '//evil.example/staff', '/staff/\\evil', '/api/admin/tokens', '/staffing']) {
      const { callback } = await signInThroughProvider(service.baseUrl, 'sam', returnTo);
      expect(callback.headers.get('location')).toBe('/staff/');
    }
  });

  it('refuses a callback replayed, or finished in another browser (no binding cookie)', async () => {
    const start = await fetch(`${service.baseUrl}/staff/auth/login`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const elsewhere = await fetch(`${service.baseUrl}/staff/auth/callback?code=made-up&state=${state}`, { redirect: 'manual' });
    expect(elsewhere.status).toBe(401);
    const { callback } = await signInThroughProvider(service.baseUrl, 'sam');
    expect(callback.status).toBe(302);
    const replay = await fetch(callback.url, { redirect: 'manual' });
    expect(replay.status).toBe(401);
  });
});
