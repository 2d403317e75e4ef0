import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSsoKeys, type LocalSsoKeys } from '../support/local-sso-keys';
import { startTestService, type TestService } from '../support/service-harness';
import { addStaff, newStaffContext, screenshot, type TestStaff } from '../support/staff-browser';
import { startTeamsHostStub, type HostPageGlobals, type TeamsHostStub } from '../support/teams-host-stub';
import { launchChromium, step, wait, type PageProblems } from '../support/web-chat-browser';

/**
 * The staff app as a Teams tab (issue 18, done when): Chromium opens a stand-in for Teams on the
 * web (https://teams.microsoft.com, served locally) that frames /staff/tab and answers teams-js as
 * Teams does, handing over an SSO token signed by the local key set. The tab signs in with that
 * token as a bearer (no cookie), at the right site with the right role. A forged token is refused
 * with a way to sign in in the browser; a host that is not Teams cannot frame the tab at all; and
 * the tab opened outside Teams says so at once rather than waiting for teams-js's minute-long timeout.
 */

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const practitioner: TestStaff = { tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000b2', name: 'Jo Reid' };

describe('the staff app as a Teams tab', () => {
  let keys: LocalSsoKeys;
  let service: TestService;
  let host: TeamsHostStub;
  let browser: Browser;
  let context: BrowserContext;
  let token: string;
  const problems: PageProblems = { cspViolations: [], pageErrors: [] };

  beforeAll(async () => {
    keys = await startLocalSsoKeys();
    service = await startTestService({ TEAMS_ALLOWED_TENANTS: tenantId, ...keys.env });
    await addStaff(service, 'salford', practitioner, 'practitioner');
    token = await keys.signSsoToken({ tid: tenantId, oid: practitioner.aadObjectId, name: 'Jo Reid' });
    const forged = await keys.signSsoToken({ tid: tenantId, oid: practitioner.aadObjectId, name: 'Jo Reid' }, { forged: true });
    host = await startTeamsHostStub({ tabUrl: `${service.baseUrl}/staff/tab`, tokens: { jo: token, forged }, otherHosts: ['not-teams.example'] });
    browser = await launchChromium(host.chromiumArgs);
    context = await newStaffContext(browser, problems);
  }, step);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
    await service?.stop();
    await keys?.stop();
  });

  async function openInTeams(tokenName: string, hostName?: string): Promise<{ page: Page; tab: FrameLocator; bearers: string[] }> {
    const page = await context.newPage();
    const bearers: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${service.baseUrl}/staff/api/`) || request.url().startsWith(`${service.baseUrl}/api/admin/`)) bearers.push(request.headers()['authorization'] ?? '(none)');
    });
    await page.goto(host.pageUrl(tokenName, hostName));
    return { page, tab: page.frameLocator('iframe[title="Living Well staff tab"]'), bearers };
  }

  const hostCalls = (page: Page) => page.evaluate(() => (globalThis as unknown as HostPageGlobals).hostCalls);

  it('signs in through Teams SSO: the right person, site and role, the token sent as a bearer', { timeout: step }, async () => {
    const { page, tab, bearers } = await openInTeams('jo');
    const banner = tab.getByRole('banner');
    await banner.waitFor({ timeout: wait });
    expect(await banner.textContent()).toContain('Jo Reid (Practitioner)');
    expect(await banner.textContent()).toContain('Site: Salford');
    // In Teams there is no sign-out: Teams owns the sign-in.
    expect(await banner.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await tab.getByRole('navigation', { name: 'Sections' }).getByRole('link').allTextContents()).toEqual(['Team', 'Callbacks']);
    await tab.getByRole('heading', { level: 1, name: 'Callbacks' }).waitFor({ timeout: wait });

    expect(await hostCalls(page)).toEqual(expect.arrayContaining(['initialize', 'authentication.getAuthToken']));
    expect(bearers.length).toBeGreaterThan(0);
    expect(bearers.every((bearer) => bearer === `Bearer ${token}`)).toBe(true);
    for (const width of [390, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await screenshot(page, `staff-teams-tab-${width}`);
    }
    await page.close();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('refuses a forged token, and offers sign-in in the browser instead', { timeout: step }, async () => {
    const { page, tab } = await openInTeams('forged');
    await tab.getByText('Could not sign you in').waitFor({ timeout: wait });
    const link = tab.getByRole('link', { name: 'Sign in in your browser (opens a new tab)' });
    expect(await link.getAttribute('href')).toBe('/staff/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await tab.getByRole('navigation').count()).toBe(0);
    await page.close();
  });

  it('cannot be framed by a host that is not Teams or Microsoft 365', { timeout: step }, async () => {
    const refused: PageProblems = { cspViolations: [], pageErrors: [] };
    const elsewhere = await newStaffContext(browser, refused);
    const page = await elsewhere.newPage();
    await page.goto(host.pageUrl('jo', 'not-teams.example'));
    await expect.poll(() => refused.cspViolations.join('\n'), { timeout: wait }).toMatch(/frame-ancestors/);
    expect(await page.frameLocator('iframe').getByRole('banner').count()).toBe(0);
    await elsewhere.close();
  });

  it('says at once, outside Teams, that the tab belongs in Teams', { timeout: step }, async () => {
    const page = await context.newPage();
    await page.goto(`${service.baseUrl}/staff/tab`);
    await page.getByText('Not in Teams').waitFor({ timeout: wait });
    expect(await page.getByRole('link', { name: 'Sign in in your browser (opens a new tab)' }).getAttribute('href')).toBe('/staff/');
    await page.close();
  });
});
