import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness';
import { addStaff, expectAccessibleAtEveryWidth, StaffAppBrowser, type TestStaff } from '../support/staff-browser';
import { step, wait, type InPage } from '../support/web-chat-browser';

/**
 * The staff app's shell in a real browser (Debian's chromium): the sign-in page, a site admin's
 * and a practitioner's navigation, the site picker, keyboard use (skip link, focus on each new
 * page's heading), the Tokens, Audit and Practitioners pages doing their work through the real
 * service, axe-core (WCAG 2.2 AA) at phone and laptop widths, and a CSP the browser never has to
 * enforce against the app (Fluent UI's run-time styles carry the nonce).
 */

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const admin: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };
const practitioner: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', name: 'Jo Reid' };
/** Site admin at Salford, practitioner at Lambeth. */
const twoSites: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000c3', name: 'Alex Kaur' };
const newcomer = '00000000-0000-0000-0000-0000000000d4';
const adminNav = ['Listings', 'Import', 'Taxonomy', 'Team', 'Callbacks', 'Tokens', 'Audit', 'Practitioners', 'Reports'];
const practitionerNav = ['Team', 'Callbacks'];

describe('the staff app shell in a real browser', () => {
  let service: TestService;
  let app: StaffAppBrowser;

  beforeAll(async () => {
    // ADMIN_TOKEN turns the admin API's bearer tokens on (the super admin's, and site tokens made on the Tokens page).
    service = await startTestService({ TEAMS_ALLOWED_TENANTS: tenantId, ADMIN_TOKEN: `test-super-admin-${'s3cret'.repeat(6)}` });
    await addStaff(service, 'salford', admin, 'site-admin');
    await addStaff(service, 'salford', twoSites, 'site-admin');
    await addStaff(service, 'lambeth', twoSites, 'practitioner');
    await addStaff(service, 'salford', practitioner, 'practitioner');
    app = await StaffAppBrowser.launch(service);
  }, step);

  afterAll(async () => {
    await app?.close();
    await service?.stop();
    // Across every page of every test: the CSP never had to refuse the app anything.
    expect(app.problems.cspViolations).toEqual([]);
    expect(app.problems.pageErrors).toEqual([]);
  });

  async function navNames(page: Page): Promise<string[]> {
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.waitFor({ timeout: wait });
    return nav.getByRole('link').allTextContents();
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

  it('serves the app with a nonce CSP that forbids framing, and the tab framed only by Teams and Microsoft 365', async () => {
    const app = await fetch(`${service.baseUrl}/staff/`);
    const csp = app.headers.get('content-security-policy') ?? '';
    expect(app.status).toBe(200);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(app.headers.get('cache-control')).toBe('no-store');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const body = await app.text();
    expect(body).toContain(`<meta name="csp-nonce" content="${nonce}">`);

    const tab = await fetch(`${service.baseUrl}/staff/tab`);
    const tabCsp = tab.headers.get('content-security-policy') ?? '';
    expect(tabCsp).toContain('frame-ancestors teams.microsoft.com *.teams.microsoft.com *.cloud.microsoft *.microsoft365.com *.office.com outlook.office.com outlook.office365.com *.skype.com');
    expect(tab.headers.get('x-frame-options')).toBeNull();

    const script = /src="(\/staff\/static\/app-[^"]+\.js)"/.exec(body)?.[1];
    const asset = await fetch(`${service.baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${service.baseUrl}/staff/static/..%2Fpackage.json`)).status).toBe(404);
  });

  it('asks someone not signed in to sign in with Microsoft, coming back to the same page', { timeout: step }, async () => {
    const page = await app.open(undefined, '#/tokens');
    await heading(page, 'Living Well staff').waitFor({ timeout: wait });
    const signIn = page.getByRole('link', { name: 'Sign in with Microsoft' });
    expect(await signIn.getAttribute('href')).toBe(`/staff/auth/login?returnTo=${encodeURIComponent('/staff/#/tokens')}`);
    await expectAccessibleAtEveryWidth(page, 'staff-sign-in');
  });

  it('shows a site admin every section, and a practitioner only theirs; the site picker switches role and is remembered', { timeout: step }, async () => {
    const page = await app.open(admin);
    expect(await navNames(page)).toEqual(adminNav);
    await page.waitForURL(/#\/listings$/, { timeout: wait });
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Sam Patel (Site admin)');

    expect(await page.getByRole('banner').textContent()).toContain('Site: Salford');

    const both = await app.open(twoSites);
    await both.getByLabel('Site').selectOption({ label: 'Salford' });
    await expect.poll(() => navNames(both)).toEqual(adminNav);

    await both.getByLabel('Site').selectOption({ label: 'Lambeth' });
    await expect.poll(() => navNames(both)).toEqual(practitionerNav);
    await both.waitForURL(/#\/callbacks$/, { timeout: wait });
    await both.reload();
    expect(await navNames(both)).toEqual(practitionerNav);
    expect(await both.getByLabel('Site').inputValue()).toBe('lambeth');
    await both.getByLabel('Site').selectOption({ label: 'Salford' });
    await expect.poll(() => navNames(both)).toEqual(adminNav);
    await expectAccessibleAtEveryWidth(both, 'staff-site-admin-shell');

    const other = await app.open(practitioner, '#/tokens');
    expect(await navNames(other)).toEqual(practitionerNav);
    await heading(other, 'Not available to your role').waitFor({ timeout: wait });
    expect(await other.getByRole('banner').textContent()).toContain('Site: Salford');
    await expectAccessibleAtEveryWidth(other, 'staff-practitioner-shell');
  });

  it('works by keyboard: the skip link comes first and jumps to the page; a new page puts focus on its heading', { timeout: step }, async () => {
    const page = await app.open(admin, '#/practitioners');
    await heading(page, 'Practitioners').waitFor({ timeout: wait });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#\/practitioners$/);

    // From the top of the page, Tab reaches the navigation.
    await page.reload();
    await heading(page, 'Practitioners').waitFor({ timeout: wait });
    const reached: string[] = [];
    for (let presses = 0; presses < 12 && !reached.includes('Audit'); presses++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? ''));
    }
    expect(reached).toContain('Audit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/audit$/, { timeout: wait });
    await expect.poll(() => heading(page, 'Audit trail').evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);
  });

  it('signs out: the session ends on the server and the sign-in page shows', { timeout: step }, async () => {
    const page = await app.open(practitioner);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in with Microsoft' }).waitFor({ timeout: wait });
    await page.reload();
    await page.getByRole('link', { name: 'Sign in with Microsoft' }).waitFor({ timeout: wait });
  });

  it('adds a practitioner, changes their role and removes them, asking first', { timeout: step }, async () => {
    const page = await app.open(admin, '#/practitioners');
    await heading(page, 'Practitioners').waitFor({ timeout: wait });
    await page.getByRole('cell', { name: `${admin.aadObjectId} (you)` }).waitFor({ timeout: wait });
    await page.getByLabel('Object id').fill(newcomer);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: newcomer });
    await row.waitFor({ timeout: wait });
    expect(await row.textContent()).toContain('Not yet: they have not opened a chat with the bot in Teams');
    const who = { tenantId, aadObjectId: newcomer };
    expect(await service.stores.practitioners.roleAt(who, 'salford')).toBe('practitioner');
    await expectAccessibleAtEveryWidth(page, 'staff-practitioners');

    await page.getByLabel(`Role of ${newcomer}`).selectOption('site-admin');
    await expect.poll(() => service.stores.practitioners.roleAt(who, 'salford')).toBe('site-admin');

    await page.getByRole('button', { name: `Remove ${newcomer}` }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove this person?' });
    await dialog.waitFor({ timeout: wait });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await service.stores.practitioners.roleAt(who, 'salford')).toBe('site-admin');
    await page.getByRole('button', { name: `Remove ${newcomer}` }).click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached', timeout: wait });
    expect(await service.stores.practitioners.roleAt(who, 'salford')).toBeUndefined();
  });

  it('makes a site token, shows it once with a copy button, and revokes it after asking', { timeout: step }, async () => {
    const page = await app.open(admin, '#/tokens');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: service.baseUrl });
    await heading(page, 'Site tokens').waitFor({ timeout: wait });
    await page.getByLabel('Name').fill('Nightly import');
    await page.getByLabel(/^Expires after/).fill('30');
    await page.getByRole('button', { name: 'Make token' }).click();
    const token = (await page.getByLabel('The new token').textContent({ timeout: wait })) ?? '';
    expect(token).toMatch(/^lwc_site_/);
    await page.getByRole('button', { name: 'Copy token' }).click();
    await page.getByText('Copied.').waitFor({ timeout: wait });
    expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(token);
    // The token works for scripts.
    expect((await fetch(`${service.baseUrl}/api/admin/sites/salford/activities`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    const row = page.getByRole('row').filter({ hasText: 'Nightly import' });
    await row.waitFor({ timeout: wait });
    expect(await row.textContent()).toContain('Active');
    await expectAccessibleAtEveryWidth(page, 'staff-tokens');
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByLabel('The new token').count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke Nightly import' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke token' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Revoked \d{1,2} \w{3} \d{4}/);
    expect((await fetch(`${service.baseUrl}/api/admin/sites/salford/activities`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it("shows the site's audit trail, newest first, filtered by what was changed", { timeout: step }, async () => {
    const page = await app.open(admin, '#/practitioners');
    await heading(page, 'Practitioners').waitFor({ timeout: wait });
    await page.getByLabel('Object id').fill('00000000-0000-0000-0000-0000000000e5');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('row').filter({ hasText: '00000000-0000-0000-0000-0000000000e5' }).waitFor({ timeout: wait });

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit' }).click();
    await heading(page, 'Audit trail').waitFor({ timeout: wait });
    const newest = page.getByRole('row').nth(1);
    await newest.waitFor({ timeout: wait });
    expect(await newest.textContent()).toMatch(/Sam Patel.*Added a practitioner \(practitioner\)/);
    await expectAccessibleAtEveryWidth(page, 'staff-audit');

    await page.getByLabel('Show changes to').selectOption({ label: 'Tokens' });
    await expect.poll(() => page.getByText('Added a practitioner').count()).toBe(0);
    const rows = (await page.getByRole('row').allTextContents()).slice(1);
    expect(rows.every((text) => /token/i.test(text))).toBe(true);
  });
});
