import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUkPhone } from '../../src/domain/callbacks/uk-phone';
import type { TeamDirectoryEntry } from '../../src/domain/team/team-directory';
import { loadSampleTeams } from '../../src/data/sample-data';
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
  wordsSplitAcrossLines,
  type InPage,
  type PageProblems,
} from '../support/web-chat-browser';

/**
 * How the web chat page shows what the companion says, in Debian's Chromium at desktop (1024 px)
 * and phone (390 and 320 px) widths: the welcome from its first line, each line of a message on its
 * own line, phone numbers and emails as links, activity cards that never split a word (a list on
 * phones), and Web Chat's own words and times in British English. Screenshots go to test-output/.
 */

const widths = [1024, 390, 320] as const;
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

describe('what the companion says, as the web chat page shows it', () => {
  let service: TestService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let salford: TeamDirectoryEntry;
  let openedAt: number;
  const problems: PageProblems = { cspViolations: [], pageErrors: [] };

  /** The visible bubbles of the transcript that contain `text`. */
  function bubbles(text: string | RegExp): Locator {
    return page.getByRole('feed').locator('.webchat__bubble__content').filter({ hasText: text });
  }

  async function screenshot(name: string): Promise<void> {
    mkdirSync(testOutput, { recursive: true });
    await page.screenshot({ path: join(testOutput, name) });
  }

  /**
   * The lines of an element as the browser lays them out (innerText keeps <br> and block breaks),
   * without the zero-width spaces Web Chat puts around links.
   */
  async function linesOf(locator: Locator): Promise<string[]> {
    return (await locator.innerText())
      .replace(/\u200b/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  async function atWidth(width: number, check: () => Promise<void>): Promise<void> {
    await page.setViewportSize({ width, height: width === 1024 ? 800 : 844 });
    try {
      await check();
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  }

  beforeAll(async () => {
    const teams = await loadSampleTeams();
    const found = teams.find((team) => team.siteId === 'salford');
    if (found === undefined) throw new Error('the sample teams have no Salford team');
    salford = found;
    service = await startTestService();
    browser = await launchChromium();
    context = await newChatContext(browser, problems, { javaScriptEnabled: true });
    page = await context.newPage();
  }, step);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('shows a first-time visitor the welcome from its first line, below the header, at 1024 × 800', async () => {
    openedAt = Date.now();
    await page.goto(`${service.baseUrl}/`);
    await transcriptMessages(page, 'Are you happy for me to save').waitFor({ timeout: wait });
    const welcome = page.getByRole('feed').locator('.webchat__bubble__content').first();
    const header = page.getByRole('banner');
    const scroller = page.locator('.webchat__basic-transcript__scrollable');
    // Web Chat first follows the newest message; the page then takes the chat back to the welcome's top.
    await expect
      .poll(
        async () => {
          const [top, headerBox, view] = await Promise.all([welcome.boundingBox(), header.boundingBox(), scroller.boundingBox()]);
          return top !== null && headerBox !== null && view !== null && top.y >= headerBox.y + headerBox.height && top.y >= view.y;
        },
        { timeout: wait },
      )
      .toBe(true);
    await screenshot('web-chat-welcome-1024.png');

    // The crisis numbers in the welcome are tap-to-call links.
    expect(await welcome.getByRole('link', { name: '999', exact: true }).getAttribute('href')).toBe('tel:999');
    expect(await welcome.getByRole('link', { name: '116 123', exact: true }).getAttribute('href')).toBe('tel:116123');
    // Shout takes texts only, and Web Chat allows no sms: links: the number stays plain text.
    expect(await welcome.getByRole('link', { name: '85258' }).count()).toBe(0);
  }, step);

  it('tells a screen reader when each message was sent in British English and UK time ("Sent on 6 December at 23:49")', async () => {
    const sentAt = await page.getByRole('feed').getByText(/^Sent on /).first().textContent();
    expect(sentAt).toMatch(new RegExp(`^Sent on \\d{1,2} (?:${months}) at (?:[01]\\d|2[0-3]):[0-5]\\d$`));
    // The minute the welcome came, told the way the page tells it.
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/London' });
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
    const minutes = [];
    for (let at = openedAt - 60_000; at <= Date.now() + 60_000; at += 30_000) minutes.push(`Sent on ${day.format(at)} at ${time.format(at)}`);
    expect(minutes).toContain(sentAt);
  }, step);

  it("puts each line of the team's contact details on its own line, the phone number and email as links, at 1024, 390 and 320 px", async () => {
    await suggestedAction(page, 'Yes, I agree').click({ timeout: wait });
    await suggestedAction(page, 'Salford').click({ timeout: wait });
    await transcriptMessages(page, 'What would you like to do?').first().waitFor({ timeout: wait });
    await say(page, 'contact team');
    await bubbles(`Phone: ${salford.phone}`).first().waitFor({ timeout: wait });
    await say(page, 'details');
    const details = bubbles('Address:').last();
    await details.waitFor({ timeout: wait });

    const lines = await linesOf(details);
    expect(lines[0]).toBe(salford.teamName);
    for (const line of [`Phone: ${salford.phone}`, `Email: ${salford.email}`, ...(salford.textNumber === undefined ? [] : [`Text: ${salford.textNumber}`])]) {
      expect(lines).toContain(line);
    }
    expect(lines.find((line) => line.startsWith('Address: '))).toBeDefined();

    const phone = parseUkPhone(salford.phone);
    if (!phone.ok) throw new Error(`the sample Salford phone number does not read: ${salford.phone}`);
    expect(await details.getByRole('link', { name: salford.phone, exact: true }).getAttribute('href')).toBe(`tel:${phone.e164}`);
    expect(await details.getByRole('link', { name: salford.email, exact: true }).getAttribute('href')).toBe(`mailto:${salford.email}`);
    if (salford.textNumber !== undefined) expect(await details.getByRole('link', { name: salford.textNumber }).count()).toBe(0);

    for (const width of widths) {
      await atWidth(width, async () => {
        await details.scrollIntoViewIfNeeded();
        await screenshot(`web-chat-contact-details-${width}.png`);
        expect(await wordsSplitAcrossLines(details), `at ${width} px`).toEqual([]);
        const box = await details.boundingBox();
        expect(box !== null && box.x >= 0 && box.x + box.width <= width, `the details fit across the screen at ${width} px`).toBe(true);
      });
    }
  }, step);

  it('shows activity cards without splitting a word or cutting text off: side by side at 1024 px, a list at 390 and 320 px', async () => {
    await say(page, 'activities');
    await suggestedAction(page, 'Everything this week').click({ timeout: wait });
    const carousel = page.locator('.webchat__carousel-filmstrip').last();
    const cards = carousel.locator('.ac-adaptiveCard');
    await cards.first().waitFor({ timeout: wait });
    const intro = carousel.locator('.webchat__carousel-filmstrip__message');
    expect(await intro.innerText()).toMatch(/activit(?:y|ies) found/);

    for (const width of widths) {
      await atWidth(width, async () => {
        await intro.scrollIntoViewIfNeeded();
        await screenshot(`activity-cards-${width}.png`);
        expect(await wordsSplitAcrossLines(cards), `cards at ${width} px`).toEqual([]);
        expect(await wordsSplitAcrossLines(intro), `intro at ${width} px`).toEqual([]);

        const introBox = await intro.boundingBox();
        expect(introBox !== null && introBox.x >= 0 && introBox.x + introBox.width <= width, `the intro fits across the screen at ${width} px`).toBe(true);
        // No text block is cut off at its right edge.
        const clipped = await cards.locator('.ac-textBlock').evaluateAll((blocks) =>
          blocks.filter((block) => 'scrollWidth' in block && 'clientWidth' in block && Number(block.scrollWidth) > Number(block.clientWidth) + 1).length,
        );
        expect(clipped, `clipped text blocks at ${width} px`).toBe(0);

        const boxes = (await Promise.all((await cards.all()).map((card) => card.boundingBox()))).filter((box) => box !== null);
        const [first, second] = boxes;
        if (first === undefined || second === undefined) throw new Error('expected at least two activity cards');
        if (width <= 640) {
          // A list: one card under another, each the chat's full width and inside the screen.
          expect(Math.abs(second.x - first.x)).toBeLessThanOrEqual(1);
          expect(second.y).toBeGreaterThan(first.y);
          for (const box of boxes) expect(box.x >= 0 && box.x + box.width <= width && box.width >= width * 0.8).toBe(true);
        } else {
          // A carousel: side by side, each wide enough for its words (17rem less Web Chat's padding).
          expect(second.x).toBeGreaterThan(first.x);
          for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(15 * 16);
        }
        expect(seriousOrWorse(await runAxe(page), `activity cards at ${width} px`)).toEqual([]);
      });
    }
  }, step * 2);

  it("shows a card's buttons in the page's teal and round shape, big enough to tap", async () => {
    const remind = page.getByRole('feed').getByRole('button', { name: 'Remind me' }).first();
    const look = await remind.evaluate((button) => {
      const style = (globalThis as unknown as InPage).getComputedStyle(button);
      return { radius: style.borderTopLeftRadius, border: style.borderTopColor, colour: style.color };
    });
    expect(look).toEqual({ radius: '22px', border: 'rgb(14, 92, 86)', colour: 'rgb(14, 92, 86)' });
    expect((await remind.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }, step);

  it("shows an activity's details one fact to a line", async () => {
    // "Run by" is in the details only, not on the cards.
    const shown = await bubbles('Run by ').count();
    await say(page, '1');
    await expect.poll(() => bubbles('Run by ').count(), { timeout: wait }).toBe(shown + 1);
    const details = bubbles('Run by ').last();
    const lines = await linesOf(details);
    for (const label of ['Next:', 'Where:', 'Cost:', 'How to join:', 'Run by ']) {
      expect(lines.filter((line) => line.startsWith(label)), label).toHaveLength(1);
    }
    await details.scrollIntoViewIfNeeded();
    await screenshot('activity-details-1024.png');
  }, step);

  it('says "Not sent. Try again" on a message that could not be sent, and sends it again', async () => {
    const activities = '**/v3/directline/conversations/*/activities';
    await page.route(activities, (route) =>
      route.request().method() === 'POST' ? route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":{"code":"BAD_REQUEST","message":"refused"}}' }) : route.continue(),
    );
    await say(page, 'help');
    const tryAgain = page.getByRole('feed').getByRole('button', { name: 'Try again' });
    await tryAgain.waitFor({ timeout: wait });
    expect(await page.getByRole('feed').innerText()).toContain('Not sent.');
    await page.unroute(activities);
    const helpReplies = await transcriptMessages(page, 'I can help with:').count();
    await tryAgain.click();
    await expect.poll(() => transcriptMessages(page, 'I can help with:').count(), { timeout: wait }).toBe(helpReplies + 1);
  }, step);

  it('reports no CSP violations and no script errors', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
