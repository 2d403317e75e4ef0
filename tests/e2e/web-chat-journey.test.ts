import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/domain/clock';
import { startTestService, type TestService } from '../support/service-harness';
import {
  launchChromium,
  newChatContext,
  runAxe,
  say,
  seriousOrWorse,
  step,
  suggestedAction,
  testOutput,
  transcriptMessages,
  wait,
  watchFailedRequests,
  type InPage,
  type PageProblems,
} from '../support/web-chat-browser';

/**
 * The whole journey a person takes in the web chat page, in Debian's Chromium, once at phone width
 * (390 px) and once at desktop width (1024 px): agree, choose an area, add a goal and check in on it,
 * see the progress chart, find activities by the buttons and by typing, ask for a reminder, reach
 * the team and ask it to call back, see the request as contacted once the team has called (moved on
 * through the team's admin API), see what is held, download it, delete it, and start afresh without
 * a reload. axe-core runs along the way; screenshots go to test-output/journey-<step>-<width>.png.
 */

/** Monday 23 November 2026, 10am in London, moving on with real time: the Salford team is open. */
const journeyStart = DateTime.fromISO('2026-11-23T10:00', { zone: 'Europe/London' }).toMillis();
const adminToken = 'journey-super-admin-token-0123456789abcdef';
const widths = [390, 1024] as const;

interface TeamCallback {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
}

describe("a person's whole journey in the web chat page", () => {
  let service: TestService;
  let browser: Browser;
  let siteToken: string;
  const problems: PageProblems = { cspViolations: [], pageErrors: [] };

  /** The team's admin API, as the Salford team's own tools call it. */
  async function teamApi(path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${service.baseUrl}/api/admin/sites/salford${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${siteToken}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  }

  /** The team's open request with this reference, as its work list shows it. */
  async function teamCallback(reference: string): Promise<TeamCallback> {
    const list = await teamApi('/callbacks');
    expect(list.status).toBe(200);
    const callbacks = typeof list.body === 'object' && list.body !== null && 'callbacks' in list.body && Array.isArray(list.body.callbacks) ? list.body.callbacks : [];
    const found: unknown = callbacks.find((callback: unknown) => typeof callback === 'object' && callback !== null && 'reference' in callback && callback.reference === reference);
    if (typeof found !== 'object' || found === null || !('id' in found) || !('status' in found)) throw new Error(`the team's list has no request ${reference}`);
    return { id: String(found.id), reference, status: String(found.status) };
  }

  beforeAll(async () => {
    const startedAt = Date.now();
    const clock: Clock = { now: () => journeyStart + (Date.now() - startedAt) };
    service = await startTestService({ ADMIN_TOKEN: adminToken }, { clock });
    const issued = await fetch(`${service.baseUrl}/api/admin/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ siteId: 'salford' }),
    });
    const grant: unknown = await issued.json();
    if (typeof grant !== 'object' || grant === null || !('token' in grant) || typeof grant.token !== 'string') throw new Error('no site token issued');
    siteToken = grant.token;
    browser = await launchChromium();
    mkdirSync(testOutput, { recursive: true });
  }, step);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  for (const width of widths) {
    it(
      `walks from the welcome to a fresh start after deleting everything, at ${width} px`,
      async () => {
        const context = await newChatContext(browser, problems, { javaScriptEnabled: true });
        try {
          const page = await context.newPage();
          await page.setViewportSize({ width, height: width === 1024 ? 800 : 844 });
          await walkTheJourney(page, width);
        } finally {
          await context.close();
        }
      },
      step * 6,
    );
  }

  it('reports no CSP violations and no script errors on the way', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  async function walkTheJourney(page: Page, width: number): Promise<void> {
    const failures = watchFailedRequests(page, service.baseUrl);
    const messages = (text: string | RegExp): Locator => transcriptMessages(page, text);
    const feed = page.getByRole('feed');
    /** Presses a suggested action (Web Chat shows only the newest message's). */
    const press = async (name: string): Promise<void> => {
      await suggestedAction(page, name).last().click({ timeout: wait });
    };
    /** A screenshot of this step, with `shown` in view. */
    const snap = async (name: string, shown: Locator): Promise<void> => {
      await shown.scrollIntoViewIfNeeded({ timeout: wait });
      await page.screenshot({ path: join(testOutput, `journey-${name}-${width}.png`) });
    };
    const axe = async (where: string): Promise<void> => {
      expect(seriousOrWorse(await runAxe(page), `${where} at ${width} px`)).toEqual([]);
    };
    const storedUserId = () => page.evaluate(() => (globalThis as unknown as InPage).localStorage.getItem('lwc.userId'));

    // Consent and area.
    await page.goto(`${service.baseUrl}/`);
    await messages('Are you happy for me to save what you tell me').waitFor({ timeout: wait });
    await press('Yes, I agree');
    await messages('Which area do you live in?').waitFor({ timeout: wait });
    await press('Salford');
    await messages('use the details of the Salford Living Well team').waitFor({ timeout: wait });
    const menu = messages('What would you like to do?');
    await menu.last().waitFor({ timeout: wait });
    await snap('onboarded', menu.last());
    await axe('after onboarding');

    // A goal with a first rating, then a check-in on it.
    await press('Goals');
    await press('Add a goal');
    await messages(/What would you like to work towards/).last().waitFor({ timeout: wait });
    await say(page, 'Sleep better');
    await messages(/How close are you to reaching it now/).last().waitFor({ timeout: wait });
    await say(page, '4');
    await press('Not now');
    await messages(/You can answer them any time/).last().waitFor({ timeout: wait });
    await press('Check in');
    await messages(/Last time/).last().waitFor({ timeout: wait });
    await say(page, '7');
    await messages(/What helped\?/).last().waitFor({ timeout: wait });
    await press('Skip');
    await messages(/Thanks for checking in/).last().waitFor({ timeout: wait });

    // My progress: the card with its chart.
    await press('My progress');
    const chartName = /Ratings out of 10: 4 on .*, 7 on /;
    const chart = feed.getByRole('img', { name: chartName });
    await chart.last().waitFor({ timeout: wait });
    await expect
      .poll(() => chart.last().evaluate((image) => ('naturalWidth' in image && typeof image.naturalWidth === 'number' ? image.naturalWidth : 0)), { timeout: wait })
      .toBeGreaterThan(0);
    const progressCard = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('img', { name: chartName }) }).last();
    expect(await progressCard.innerText()).toContain('Sleep better');
    await snap('progress', progressCard);
    await press('Back to menu');
    await menu.last().waitFor({ timeout: wait });

    // Activities by the buttons: what kind, when, where.
    await press('Activities');
    await press('Arts & creative');
    await press('This week');
    await press('Anywhere in Salford');
    const cards = page.locator('.ac-adaptiveCard');
    await cards.filter({ hasText: 'Ordsall open art studio' }).last().waitFor({ timeout: wait });
    await snap('activities-by-buttons', cards.filter({ hasText: 'Ordsall open art studio' }).last());
    await axe('activity cards');

    // Activities by typing, then "Remind me" on a result.
    await say(page, 'walking group near M6 on Tuesday');
    const walk = cards.filter({ hasText: 'Buile Hill Tuesday health walk' }).last();
    await walk.waitFor({ timeout: wait });
    await snap('activities-by-typing', walk);
    await walk.getByRole('button', { name: 'Remind me' }).click({ timeout: wait });
    const reminded = messages(/noted that you.d like a reminder/);
    await reminded.last().waitFor({ timeout: wait });
    await snap('reminder', reminded.last());
    await press('Back to menu');
    await menu.last().waitFor({ timeout: wait });

    // Contact the team: its details, then a callback request.
    await press('Contact team');
    await messages('Open now, until 5pm.').last().waitFor({ timeout: wait });
    await press('Call or text them');
    const details = messages(/Address:/).last();
    await details.waitFor({ timeout: wait });
    await snap('team-details', details);
    await press('Request a callback');
    await messages(/What would you like them to call you/).last().waitFor({ timeout: wait });
    await say(page, 'Sam');
    await messages(/What number should they call/).last().waitFor({ timeout: wait });
    await say(page, '07700 900123');
    await messages(/When is best to call/).last().waitFor({ timeout: wait });
    await press('Morning (9am to 12pm)');
    await messages(/say briefly what it.s about/).last().waitFor({ timeout: wait });
    await press('Skip');
    await press('Yes, send it');
    const confirmation = messages(/Your reference is CB-/).last();
    await confirmation.waitFor({ timeout: wait });
    const reference = /Your reference is (CB-[A-Z0-9-]+)\./.exec(await confirmation.innerText())?.[1];
    if (reference === undefined) throw new Error('no reference in the confirmation');
    await snap('callback-sent', confirmation);
    await axe('callback confirmation');

    // The team calls: it claims the request, then marks it contacted.
    const request = await teamCallback(reference);
    expect(request.status).toBe('requested');
    expect((await teamApi(`/callbacks/${request.id}/claim`, { by: 'Jo (duty worker)' })).status).toBe(200);
    expect((await teamApi(`/callbacks/${request.id}/contacted`, { by: 'Jo (duty worker)' })).status).toBe(200);

    // "my callback" says so, and offers to call the team again rather than to cancel.
    await say(page, 'my callback');
    const status = messages(/The team contacted you today at 10/).last();
    await status.waitFor({ timeout: wait });
    expect(await status.innerText()).toContain(reference);
    await suggestedAction(page, 'Call or text the team').waitFor({ timeout: wait });
    expect(await suggestedAction(page, 'Cancel my callback').count()).toBe(0);
    await snap('my-callback', status);
    await press('Back to menu');
    await menu.last().waitFor({ timeout: wait });

    // My data: the goal, the reminder and the callback request.
    await press('My data');
    // The list is its own element after the first line: read the whole bubble.
    const held = feed.locator('.webchat__bubble__content').filter({ hasText: 'This is what I hold about you:' }).last();
    await held.waitFor({ timeout: wait });
    const heldText = await held.innerText();
    expect(heldText).toContain('1 goal in your words');
    expect(heldText).toContain('Buile Hill Tuesday health walk');
    expect(heldText).toContain('your name (Sam)');
    expect(await held.getByRole('link', { name: '07700 900123', exact: true }).getAttribute('href')).toBe('tel:+447700900123');
    await snap('my-data', held);

    // Export: the button downloads the file, which holds the goal.
    await press('Export my data');
    const download = feed.getByRole('button', { name: 'Download my data' }).last();
    await download.waitFor({ timeout: wait });
    await snap('export', download);
    const downloading = page.waitForEvent('download', { timeout: wait });
    await download.click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('living-well-my-data-2026-11-23.json');
    const exported: unknown = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(exported).toMatchObject({ area: 'salford', goals: [{ text: 'Sleep better' }] });
    expect(JSON.stringify(exported)).toContain(reference);

    // Delete everything, then carry on typing: a new conversation, with no reload.
    await say(page, 'delete my data');
    await messages('It cannot be undone').last().waitFor({ timeout: wait });
    await press('Yes, delete everything');
    const deleted = messages(/deleted everything I held about you/).last();
    await deleted.waitFor({ timeout: wait });
    await expect.poll(() => storedUserId(), { timeout: wait }).toBeNull();
    await page.evaluate(() => Reflect.set(globalThis, 'lwcSamePage', true));
    const welcomes = await messages('Are you happy for me to save').count();
    await say(page, 'hello again');
    await expect.poll(() => messages('Are you happy for me to save').count(), { timeout: wait }).toBe(welcomes + 1);
    expect(await page.evaluate(() => Reflect.get(globalThis, 'lwcSamePage'))).toBe(true);
    expect(await page.locator('#chat-error').isHidden()).toBe(true);
    expect(await storedUserId()).not.toBeNull();
    await snap('fresh-start', messages('Are you happy for me to save').last());
    await axe('after the fresh start');
    expect(failures).toEqual([]);
  }
});
