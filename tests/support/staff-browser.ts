import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SiteId } from '../../src/domain/sites';
import type { PractitionerRole } from '../../src/teams/teams-directory';
import type { TestService } from './service-harness';
import { createStaffSession, staffSessionCookie } from './staff-sessions';
import { expect } from 'vitest';
import { launchChromium, newChatContext, runAxe, testOutput, wcag22aa, type AxeViolation, type PageProblems } from './web-chat-browser';

/**
 * What the staff app's browser tests share, on top of the web chat page's helpers (Debian's
 * Chromium, CSP and script-error reports, axe-core): members of staff with roles, signing a browser
 * in as one of them, the app's widths, WCAG 2.2 AA checks and screenshots.
 */

/** A member of staff as tests name them. */
export interface TestStaff {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
}

/** The widths every page is checked at: a phone and a small laptop. */
export const staffWidths = [390, 1024] as const;

/** Gives `who` a role at a site (what the Practitioners page or the super admin's API would do). */
export async function addStaff(service: TestService, siteId: SiteId, who: TestStaff, role: PractitionerRole): Promise<void> {
  await service.stores.practitioners.put(siteId, { tenantId: who.tenantId, aadObjectId: who.aadObjectId, role, updatedAt: new Date().toISOString() });
}

/** A browser context (en-GB, UK time) whose pages report CSP violations and script errors into `problems`. */
export async function newStaffContext(browser: Browser, problems: PageProblems): Promise<BrowserContext> {
  return newChatContext(browser, problems, { javaScriptEnabled: true });
}

/** Signs the context in as `who`: a session made through the session store, its cookie set as the OpenID callback would. */
export async function signInAs(context: BrowserContext, service: TestService, who: TestStaff): Promise<{ csrfToken: string }> {
  const session = await createStaffSession(service.stores, who);
  await context.addCookies([{ name: staffSessionCookie, value: session.sessionId, url: service.baseUrl, secure: true, httpOnly: true, sameSite: 'Lax' }]);
  return { csrfToken: session.csrfToken };
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now. Fluent UI's focus manager (tabster)
 * puts invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` guards at the edges of
 * the page once a dialog can open: they hand focus on at once and are never a stop for a keyboard
 * or screen reader, but axe's aria-hidden-focus rule cannot know that, so they are left out.
 */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  return runAxe(page, { tags: wcag22aa, exclude: ['[data-tabster-dummy]'] });
}

/** Saves a full-page screenshot as test-output/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(testOutput, { recursive: true });
  const path = join(testOutput, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * One Chromium for a test file's staff pages: each `open` is a new context (signed in as `who`, or
 * no one) whose CSP violations and script errors are gathered in `problems`; `close` ends them all.
 */
export class StaffAppBrowser {
  readonly problems: PageProblems = { cspViolations: [], pageErrors: [] };
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly service: TestService,
  ) {}

  static async launch(service: TestService): Promise<StaffAppBrowser> {
    return new StaffAppBrowser(await launchChromium(), service);
  }

  /** A page signed in as `who` (or no one) showing `/staff/<hash>`, `width` pixels wide. */
  async open(who: TestStaff | undefined, hash = '', width = 1024): Promise<Page> {
    const context = await newStaffContext(this.browser, this.problems);
    this.contexts.push(context);
    if (who !== undefined) await signInAs(context, this.service, who);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${this.service.baseUrl}/staff/${hash}`);
    return page;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
  }
}

/**
 * The page as it is now, at each of {@link staffWidths}: no WCAG 2.2 AA violations, and a screenshot
 * `<name>-<width>.png`; then at 320 px, the narrowest phone, nothing makes the page itself scroll
 * sideways (wide tables scroll in their own region). Leaves the page 1024 px wide.
 */
export async function expectAccessibleAtEveryWidth(page: Page, name: string): Promise<void> {
  for (const width of staffWidths) {
    await page.setViewportSize({ width, height: 800 });
    expect(await wcagViolations(page), `${name} at ${width} px`).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  expect(scrollWidth, `${name} at 320 px`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}
