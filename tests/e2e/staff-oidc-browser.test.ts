import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalOidcProvider, type LocalOidcProvider } from '../support/local-oidc-provider';
import { freePort } from '../support/redis-server';
import { startTestService, type TestService } from '../support/service-harness';
import { expectAccessibleAtEveryWidth, StaffAppBrowser } from '../support/staff-browser';
import { step, wait } from '../support/web-chat-browser';

/**
 * Signing in to the staff app in a real browser (Debian's chromium) the way staff do: the sign-in
 * page's button, the OpenID provider's login form (a local `oidc-provider` on loopback standing in
 * for Entra ID), back to the app signed in with the role from the practitioners store, then
 * signing out. The HTTP side of each step is pinned in tests/integration/staff-oidc-sign-in.test.ts.
 */

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const sam = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };

describe('staff sign-in through the OpenID provider in a real browser', () => {
  let provider: LocalOidcProvider;
  let service: TestService;
  let app: StaffAppBrowser;

  beforeAll(async () => {
    const port = await freePort();
    const serviceUrl = `http://127.0.0.1:${port}`;
    provider = await startLocalOidcProvider({ redirectUri: `${serviceUrl}/staff/auth/callback`, accounts: { sam } });
    service = await startTestService({
      PORT: String(port),
      TEAMS_ALLOWED_TENANTS: tenantId,
      STAFF_OIDC_CLIENT_ID: provider.clientId,
      STAFF_OIDC_CLIENT_SECRET: provider.clientSecret,
      STAFF_OIDC_ISSUER: provider.issuer,
      STAFF_PUBLIC_URL: serviceUrl,
    });
    await service.stores.practitioners.put('salford', { tenantId, aadObjectId: sam.aadObjectId, role: 'site-admin', updatedAt: '2026-12-07T09:00:00.000Z' });
    app = await StaffAppBrowser.launch(service);
  }, step);

  afterAll(async () => {
    await app?.close();
    await service?.stop();
    await provider?.stop();
    expect(app.problems.cspViolations).toEqual([]);
    expect(app.problems.pageErrors).toEqual([]);
  });

  it('signs in with the provider, lands on the page asked for with the site admin role, and signs out', { timeout: step }, async () => {
    const page = await app.open(undefined, '#/listings');
    await page.getByRole('link', { name: /Sign in with Microsoft/ }).or(page.getByRole('button', { name: /Sign in with Microsoft/ })).click({ timeout: wait });

    // The provider's own login form (oidc-provider's development interactions).
    await page.waitForURL((url) => url.href.startsWith(provider.issuer), { timeout: wait });
    await page.locator('input[name="login"]').fill('sam');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL((url) => url.href.startsWith(`${service.baseUrl}/staff`), { timeout: wait });
    await page.getByRole('heading', { level: 1, name: 'Listings' }).waitFor({ timeout: wait });
    await expect.poll(() => page.getByText('Sam Patel (Site admin)').count(), { timeout: wait }).toBe(1);
    const cookies = await page.context().cookies(service.baseUrl);
    expect(cookies.find((cookie) => cookie.name === 'lwc_staff')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    await expectAccessibleAtEveryWidth(page, 'staff-signed-in-through-provider');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: /Sign in with Microsoft/ }).or(page.getByRole('link', { name: /Sign in with Microsoft/ })).waitFor({ timeout: wait });
    expect((await fetch(`${service.baseUrl}/staff/api/me`, { headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') } })).status).toBe(401);
  });
});
