import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness';
import {
  launchChromium,
  newChatContext,
  repoRoot,
  runAxe,
  sendBox as sendBoxOf,
  seriousOrWorse,
  step,
  suggestedAction as suggestedActionOf,
  transcriptMessages,
  wait,
  watchFailedRequests as watchFailedRequestsOf,
  type InPage,
  type PageProblems,
} from '../support/web-chat-browser';

/**
 * The web chat page in a real browser (Debian's chromium, headless): the welcome on opening,
 * onboarding by suggested actions, carrying on after a reload, keyboard use, the safety reply's
 * distinct rendering, axe-core, the no-JavaScript urgent-help page, what shows when the chat cannot
 * start, and a CSP that the browser never has to enforce against the page's own code.
 */

const screenshotPath = join(repoRoot, 'test-output', 'web-chat.png');

interface TokenGrant {
  readonly token: string;
  readonly conversationId: string;
  readonly userId: string;
}

describe('the web chat page in a real browser', () => {
  let service: TestService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let firstGrant: TokenGrant;
  // Everything the browser says about the Content-Security-Policy or scripts that failed, in any page.
  const problems: PageProblems = { cspViolations: [], pageErrors: [] };

  async function newContext(options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
    return newChatContext(browser, problems, options);
  }

  function messages(text: string | RegExp): Locator {
    return transcriptMessages(page, text);
  }

  function suggestedAction(name: string): Locator {
    return suggestedActionOf(page, name);
  }

  function sendBox(): Locator {
    return sendBoxOf(page);
  }

  async function tokenGrantOf(navigation: () => Promise<unknown>): Promise<{ grant: TokenGrant; requestBody: unknown }> {
    const response = page.waitForResponse((candidate) => candidate.url().endsWith('/api/webchat/token'), { timeout: wait });
    await navigation();
    const answered = await response;
    expect(answered.status()).toBe(200);
    return { grant: (await answered.json()) as TokenGrant, requestBody: answered.request().postDataJSON() };
  }

  async function storedUserId(): Promise<string | null> {
    return page.evaluate(() => (globalThis as unknown as InPage).localStorage.getItem('lwc.userId'));
  }

  /** The service's error answers to `target` from now on; the used-up download link's 410 is expected. */
  function watchFailedRequests(target: Page): string[] {
    return watchFailedRequestsOf(target, service.baseUrl, ['/my-data/']);
  }

  async function isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement);
  }

  /** Presses Tab until `target` has focus; returns how many presses it took. */
  async function tabTo(target: Locator, maxPresses: number): Promise<number> {
    for (let presses = 1; presses <= maxPresses; presses += 1) {
      await page.keyboard.press('Tab');
      if (await isFocused(target)) return presses;
    }
    const focused = await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    throw new Error(`focus did not reach the element within ${maxPresses} Tab presses; it is on ${focused}`);
  }

  beforeAll(async () => {
    service = await startTestService();
    browser = await launchChromium();
    context = await newContext({ javaScriptEnabled: true });
    page = await context.newPage();
  }, step);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('serves the page with a fresh CSP nonce per request and the security headers', async () => {
    const [one, two] = await Promise.all([fetch(`${service.baseUrl}/`), fetch(`${service.baseUrl}/`)]);
    const html = await one.text();
    const nonce = /'nonce-([^']+)'/.exec(one.headers.get('content-security-policy') ?? '')?.[1];
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(one.headers.get('x-content-type-options')).toBe('nosniff');
    expect(one.headers.get('referrer-policy')).toBe('no-referrer');
    expect(one.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(one.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(nonce).toBeDefined();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(two.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);

    const bundleUrl = /src="(\/static\/webchat\.js\?v=[^"]+)"/.exec(html)?.[1];
    expect(bundleUrl).toBeDefined();
    const bundle = await fetch(`${service.baseUrl}${bundleUrl}`);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);

    const script = await fetch(`${service.baseUrl}/static/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    const styles = await fetch(`${service.baseUrl}/static/styles.css`);
    expect(styles.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const help = await fetch(`${service.baseUrl}/urgent-help`);
    expect(help.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(help.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('greets a new visitor as soon as the page opens, then takes consent and the area by suggested actions', async () => {
    const { grant, requestBody } = await tokenGrantOf(() => page.goto(`${service.baseUrl}/`));
    firstGrant = grant;
    expect(requestBody).toEqual({});

    await messages(/Living Well companion/).first().waitFor({ timeout: wait });
    await messages('Are you happy for me to save what you tell me').waitFor({ timeout: wait });
    expect(await storedUserId()).toBe(grant.userId);

    await suggestedAction('Yes, I agree').click({ timeout: wait });
    await messages('Which area do you live in?').waitFor({ timeout: wait });
    for (const area of ['Lambeth', 'Edinburgh', 'Luton', 'Tameside & Glossop', 'Somewhere else']) {
      await suggestedAction(area).waitFor({ timeout: wait });
    }
    await suggestedAction('Salford').click({ timeout: wait });
    await messages('use the details of the Salford Living Well team').waitFor({ timeout: wait });
    await messages('What would you like to do?').waitFor({ timeout: wait });
  }, step);

  it('carries the same conversation on after a reload', async () => {
    const { grant, requestBody } = await tokenGrantOf(() => page.reload());
    expect(requestBody).toEqual({ userId: firstGrant.userId });
    expect(grant.userId).toBe(firstGrant.userId);
    expect(grant.conversationId).toBe(firstGrant.conversationId);
    expect(await storedUserId()).toBe(firstGrant.userId);

    // The earlier messages come back, and the menu still answers.
    await messages('Are you happy for me to save what you tell me').waitFor({ timeout: wait });
    await messages('use the details of the Salford Living Well team').waitFor({ timeout: wait });
    await suggestedAction('Help').click({ timeout: wait });
    await messages('I can help with:').waitFor({ timeout: wait });
    expect(await storedUserId()).toBe(firstGrant.userId);
  }, step);

  it('lets a keyboard user reach Urgent help and the send box with Tab, and send with Enter', async () => {
    // A fresh load, so that keyboard focus starts at the top of the page.
    await page.reload();
    await messages('I can help with:').waitFor({ timeout: wait });
    const urgentHelp = page.getByRole('banner').getByRole('link', { name: 'Urgent help' });
    // The skip link first, then Urgent help.
    expect(await tabTo(urgentHelp, 2)).toBe(2);
    await tabTo(sendBox(), 30);

    const helpReplies = await messages('I can help with:').count();
    await page.keyboard.type('help');
    await page.keyboard.press('Enter');
    await expect.poll(() => messages('I can help with:').count(), { timeout: wait }).toBe(helpReplies + 1);
    expect(await sendBox().inputValue()).toBe('');
  }, step);

  it('renders a safety reply inside the distinct "Urgent help information" note', async () => {
    const notes = page.getByRole('feed').getByRole('note', { name: 'Urgent help information' });
    expect(await notes.count()).toBe(0);
    const menusBefore = await messages('What would you like to do?').count();
    await sendBox().fill('I want to end my life');
    await sendBox().press('Enter');

    const note = notes.last();
    await note.waitFor({ timeout: wait });
    const text = await note.innerText();
    expect(text).toContain('999');
    expect(text).toContain('Samaritans');
    expect(text).toContain('116 123');
    const look = await note.evaluate((element) => {
      const style = (globalThis as unknown as InPage).getComputedStyle(element);
      return { border: style.borderLeftStyle, width: parseFloat(style.borderLeftWidth), background: style.backgroundColor };
    });
    expect(look.border).toBe('solid');
    expect(look.width).toBeGreaterThanOrEqual(4);
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    // The conversation carries on after the safety reply.
    // (Web Chat's markdown turns the apostrophe into a typographic one.)
    await messages(/When you.re ready, we can carry on where we left off/).last().waitFor({ timeout: wait });

    // Web Chat follows the newest message, but a reply taller than the chat (here the note, "when
    // you're ready" and the menu together at 1024 x 800) stops at its first line
    // (autoScrollSnapOnPage): either way the note is read from its start. Take the picture then.
    await expect.poll(() => messages('What would you like to do?').count(), { timeout: wait }).toBe(menusBefore + 1);
    const readFromItsStart = () =>
      note.evaluate((element) => {
        const scroller = element.closest('.webchat__basic-transcript__scrollable');
        if (!scroller) return false;
        const view = scroller.getBoundingClientRect();
        const top = element.getBoundingClientRect().top;
        const atEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 2;
        return top >= view.top && top < view.bottom && (atEnd || top - view.top <= 48);
      });
    await expect.poll(readFromItsStart, { timeout: wait }).toBe(true);
    mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    expect(existsSync(screenshotPath)).toBe(true);
  }, step);

  it('renders the "are you safe?" question as urgent help information with Yes / No, at desktop and phone widths', async () => {
    const notes = page.getByRole('feed').getByRole('note', { name: 'Urgent help information' });
    const before = await notes.count();
    await sendBox().fill("what's the point");
    await sendBox().press('Enter');
    await expect.poll(() => notes.count(), { timeout: wait }).toBe(before + 1);
    const question = notes.last();
    expect(await question.getAttribute('data-safety-level')).toBe('check');
    const text = await question.innerText();
    expect(text).toContain('Are you thinking about harming yourself or someone else?');
    for (const number of ['999', '116 123', '85258']) expect(text).toContain(number);
    await suggestedAction('Yes').waitFor({ timeout: wait });
    await suggestedAction('No').waitFor({ timeout: wait });
    // Web Chat scrolls to the newest message; take the picture once it has got there.
    const scroller = page.locator('.webchat__basic-transcript__scrollable');
    await expect
      .poll(() => scroller.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight), { timeout: wait })
      .toBeLessThanOrEqual(2);
    await page.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-safety-check-1024.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await question.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-safety-check-390.png') });
      // A no carries on where the person was.
      await suggestedAction('No').click({ timeout: wait });
      await messages(/Thank you for telling me/).last().waitFor({ timeout: wait });
      await messages(/When you.re ready, we can carry on where we left off/).last().waitFor({ timeout: wait });
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  }, step);

  it('shows "my progress" as a card with a chart of the ratings, loaded under the page\'s CSP', async () => {
    const say = async (text: string) => {
      await sendBox().fill(text);
      await sendBox().press('Enter');
    };
    await say('add a goal');
    await messages(/What would you like to work towards/).last().waitFor({ timeout: wait });
    await say('Sleep better');
    await messages(/How close are you to reaching it now/).last().waitFor({ timeout: wait });
    await say('4');
    await suggestedAction('Not now').click({ timeout: wait });
    await messages(/You can answer them any time/).last().waitFor({ timeout: wait });
    await say('check in');
    await messages(/Last time/).last().waitFor({ timeout: wait });
    await say('7');
    await suggestedAction('Skip').click({ timeout: wait });
    await messages(/Thanks for checking in/).last().waitFor({ timeout: wait });
    await say('my progress');

    const chart = page.getByRole('feed').getByRole('img', { name: /Ratings out of 10: 4 on .*, 7 on / });
    await chart.last().waitFor({ timeout: wait });
    // The data: URL image really loaded (the CSP allows img-src data:), with a size to show.
    await expect.poll(() => chart.last().evaluate((image) => ('naturalWidth' in image && typeof image.naturalWidth === 'number' ? image.naturalWidth : 0)), { timeout: wait }).toBeGreaterThan(0);
    const card = page.locator('.ac-adaptiveCard').last();
    expect(await card.innerText()).toContain('Sleep better');
    expect(await card.innerText()).toContain('4 → 7, up 3');
    mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(repoRoot, 'test-output', 'progress-card.png') });
  }, step);

  it('shows activity results as cards, and "Remind me" on a card is kept', async () => {
    await sendBox().fill('activities');
    await sendBox().press('Enter');
    await suggestedAction('Everything this week').click({ timeout: wait });
    const remindButtons = page.getByRole('feed').getByRole('button', { name: 'Remind me' });
    await remindButtons.first().waitFor({ timeout: wait });
    const card = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: 'Remind me' }) }).first();
    const text = await card.innerText();
    expect(text).toContain('When');
    expect(text).toContain('How to join');
    // The markdown escapes never show: the text reads as written.
    expect(text).not.toContain('\\');
    await remindButtons.first().click();
    await messages(/noted that you.d like a reminder/).last().waitFor({ timeout: wait });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(repoRoot, 'test-output', 'activity-cards.png') });
  }, step);

  it('downloads "export my data" as a dated JSON file from a clear button, once, and the chat stays', async () => {
    const failures = watchFailedRequests(page);
    await sendBox().fill('export my data');
    await sendBox().press('Enter');
    const button = page.getByRole('feed').getByRole('button', { name: 'Download my data' }).last();
    await button.waitFor({ timeout: wait });
    const card = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: 'Download my data' }) }).last();
    const cardText = await card.innerText();
    expect(cardText).toContain('Your data, ready to download');
    expect(cardText).toMatch(/living-well-my-data-\d{4}-\d\d-\d\d\.json/);
    expect(cardText).toContain('It works once, in the next 10 minutes');
    await card.scrollIntoViewIfNeeded();
    mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-output', 'export-card-1024.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(repoRoot, 'test-output', 'export-card-390.png') });
      expect(seriousOrWorse(await runAxe(page), 'chat page with the export card')).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }

    const downloading = page.waitForEvent('download', { timeout: wait });
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^living-well-my-data-\d{4}-\d\d-\d\d\.json$/);
    const document: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(document).toMatchObject({ you: { channel: 'webchat', idOnChannel: firstGrant.userId }, area: 'salford', goals: [{ text: 'Sleep better' }] });
    expect(JSON.stringify(document)).toContain('I want to end my life');

    // The page never left: the chat answers on.
    expect(page.url()).toBe(`${service.baseUrl}/`);
    const helpReplies = await messages('I can help with:').count();
    await sendBox().fill('help');
    await sendBox().press('Enter');
    await expect.poll(() => messages('I can help with:').count(), { timeout: wait }).toBe(helpReplies + 1);
    expect(failures).toEqual([]);

    // The link works once: a second click says how to get a new one, with a way back.
    await button.click();
    await page.getByRole('heading', { name: 'This download link no longer works', level: 1 }).waitFor({ timeout: wait });
    expect(await page.getByRole('main').innerText()).toContain('type export my data in the chat');
    expect(seriousOrWorse(await runAxe(page), 'expired download page')).toEqual([]);
    await page.getByRole('link', { name: 'Back to the chat' }).click();
    await messages('I can help with:').first().waitFor({ timeout: wait });
    expect(await storedUserId()).toBe(firstGrant.userId);
  }, step);

  it('after "delete my data", the next message starts a new conversation with the welcome: no error, no reload', async () => {
    const failures = watchFailedRequests(page);
    await sendBox().fill('delete my data');
    await sendBox().press('Enter');
    await messages('It cannot be undone').last().waitFor({ timeout: wait });
    await suggestedAction('Yes, delete everything').click({ timeout: wait });
    await messages(/deleted everything I held about you/).last().waitFor({ timeout: wait });
    // The page heard that the conversation ended, and forgot the user id.
    await expect.poll(() => storedUserId(), { timeout: wait }).toBeNull();
    await page.evaluate(() => Reflect.set(globalThis, 'lwcSamePage', true));
    const welcomes = await messages('Are you happy for me to save').count();

    const { grant, requestBody } = await tokenGrantOf(async () => {
      await sendBox().fill('hello again');
      await sendBox().press('Enter');
    });
    expect(requestBody).toEqual({});
    expect(grant.userId).not.toBe(firstGrant.userId);
    await messages('hello again').last().waitFor({ timeout: wait });
    await expect.poll(() => messages('Are you happy for me to save').count(), { timeout: wait }).toBe(welcomes + 1);
    expect(await page.evaluate(() => Reflect.get(globalThis, 'lwcSamePage'))).toBe(true);
    expect(await page.locator('#chat-error').isHidden()).toBe(true);
    expect(await storedUserId()).toBe(grant.userId);
    // The confirmation stays in view above the new conversation.
    expect(await messages(/deleted everything I held about you/).count()).toBeGreaterThan(0);
    // The new conversation's connection settles: Web Chat's "Connecting…" goes.
    await expect.poll(() => page.getByText('Connecting…', { exact: true }).count(), { timeout: wait }).toBe(0);
    await page.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-fresh-start-1024.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-fresh-start-390.png') });
    await page.setViewportSize({ width: 1024, height: 800 });

    // The new conversation carries on as any other.
    await suggestedAction('Yes, I agree').last().click({ timeout: wait });
    await messages('Which area do you live in?').last().waitFor({ timeout: wait });
    await suggestedAction('Luton').click({ timeout: wait });
    await messages('use the details of the Luton Living Well team').waitFor({ timeout: wait });
    expect(failures).toEqual([]);
  }, step);

  it('after "withdraw consent", the person is back at the welcome and the next message carries on: no error, no reload', async () => {
    const failures = watchFailedRequests(page);
    const userId = await storedUserId();
    const welcomes = await messages('Are you happy for me to save').count();
    await sendBox().fill('withdraw consent');
    await sendBox().press('Enter');
    await messages('Withdraw your agreement?').last().waitFor({ timeout: wait });
    await suggestedAction('Yes, withdraw').click({ timeout: wait });
    await messages(/withdrawn your agreement and deleted everything/).last().waitFor({ timeout: wait });
    await expect.poll(() => messages('Are you happy for me to save').count(), { timeout: wait }).toBe(welcomes + 1);

    await sendBox().fill('hello');
    await sendBox().press('Enter');
    await expect.poll(() => messages('Are you happy for me to save').count(), { timeout: wait }).toBe(welcomes + 2);
    await suggestedAction('No thanks').last().click({ timeout: wait });
    await messages(/I won.t save anything about you/).last().waitFor({ timeout: wait });
    expect(await page.evaluate(() => Reflect.get(globalThis, 'lwcSamePage'))).toBe(true);
    expect(await page.locator('#chat-error').isHidden()).toBe(true);
    expect(await storedUserId()).toBe(userId);
    expect(failures).toEqual([]);
  }, step);

  it('has no serious or critical axe-core violations on the chat page', async () => {
    expect(seriousOrWorse(await runAxe(page), 'chat page')).toEqual([]);
  }, step);

  it('shows urgent help without JavaScript, reached from the chat page by its header link', async () => {
    const noScript = await newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${service.baseUrl}/`);
      // Without scripts the page still says where urgent help is.
      await plain.getByRole('main').getByRole('link', { name: 'urgent help' }).first().waitFor({ timeout: wait });
      await plain.getByRole('banner').getByRole('link', { name: 'Urgent help' }).click({ timeout: wait });
      await plain.waitForURL(`${service.baseUrl}/urgent-help`, { timeout: wait });
      await plain.getByRole('heading', { name: 'Urgent help', level: 1 }).waitFor({ timeout: wait });

      const hrefOf = (name: string) => plain.getByRole('link', { name, exact: true }).first().getAttribute('href');
      expect(await hrefOf('999')).toBe('tel:999');
      expect(await hrefOf('116 123')).toBe('tel:116123');
      expect(await hrefOf('85258')).toBe('sms:85258?body=SHOUT');
      expect(await hrefOf('111')).toBe('tel:111');
      expect(await hrefOf('0800 83 85 87')).toBe('tel:0800838587');
      const body = (await plain.locator('main').innerText()).replace(/\s+/g, ' ');
      // DESIGN.md §5, word for word.
      for (const wording of [
        '999, or go to A&E',
        'call 116 123 (free)',
        'text SHOUT to 85258',
        'call 111, choose the mental health option (option 2)',
        'NHS 24 mental health hub',
        'Breathing Space',
        'Mon–Thu 6pm–2am; Fri 6pm to Mon 6am',
        '24/7',
      ]) {
        expect(body).toContain(wording);
      }
    } finally {
      await noScript.close();
    }
  }, step);

  it('has no serious or critical axe-core violations on the urgent-help page', async () => {
    const helpPage = await context.newPage();
    await helpPage.goto(`${service.baseUrl}/urgent-help`);
    await helpPage.getByRole('heading', { name: 'Urgent help', level: 1 }).waitFor({ timeout: wait });
    expect(seriousOrWorse(await runAxe(helpPage), 'urgent-help page')).toEqual([]);
    await helpPage.close();
  }, step);

  it('shows the urgent-help numbers and a working "Try again" when the chat cannot start', async () => {
    const failing = await newContext({ javaScriptEnabled: true });
    try {
      const offline = await failing.newPage();
      let tokenAnswers = 503;
      await offline.route('**/api/webchat/token', (route) =>
        tokenAnswers === 503 ? route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }) : route.continue(),
      );
      await offline.goto(`${service.baseUrl}/`);
      const problem = offline.getByRole('heading', { name: "We couldn't start the chat just now" });
      await problem.waitFor({ timeout: wait });
      expect(await problem.evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);
      const panel = (await offline.locator('#chat-error').innerText()).replace(/\s+/g, ' ');
      for (const number of ['999', '116 123', '85258', '111']) expect(panel).toContain(number);

      tokenAnswers = 200;
      await offline.getByRole('button', { name: 'Try again' }).click({ timeout: wait });
      await offline.getByRole('feed').getByRole('paragraph').filter({ hasText: 'Are you happy for me to save' }).waitFor({ timeout: wait });
      expect(await offline.locator('#chat-error').isHidden()).toBe(true);
    } finally {
      await failing.close();
    }
  }, step);

  it('shows the urgent-help numbers at once when a message cannot be sent (the store is down: 503)', async () => {
    const failing = await newContext({ javaScriptEnabled: true });
    try {
      const chat = await failing.newPage();
      await chat.goto(`${service.baseUrl}/`);
      await chat.getByRole('feed').getByRole('paragraph').filter({ hasText: 'Are you happy for me to save' }).waitFor({ timeout: wait });
      let storeDown = true;
      await chat.route('**/v3/directline/conversations/*/activities', (route) =>
        storeDown && route.request().method() === 'POST'
          ? route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '5' }, body: '{"error":{"code":"STORE_UNAVAILABLE","message":"store down"}}' })
          : route.continue(),
      );
      const box = chat.getByRole('textbox', { name: 'Your message' });
      await box.fill('i cant go on');
      await box.press('Enter');
      const problem = chat.getByRole('heading', { name: 'Your message could not be sent just now' });
      await problem.waitFor({ timeout: wait });
      const panel = (await chat.locator('#chat-error').innerText()).replace(/\s+/g, ' ');
      for (const number of ['999', '116 123', '85258', '111']) expect(panel).toContain(number);
      expect(await chat.locator('#chat-error-retry').isHidden()).toBe(true);
      await chat.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-send-failed-1024.png') });
      await chat.setViewportSize({ width: 390, height: 844 });
      await chat.screenshot({ path: join(repoRoot, 'test-output', 'web-chat-send-failed-390.png') });
      await chat.setViewportSize({ width: 1024, height: 800 });

      // Once a send works again, the panel goes.
      storeDown = false;
      await box.fill('Yes, I agree');
      await box.press('Enter');
      await chat.getByRole('feed').getByRole('paragraph').filter({ hasText: 'Which area do you live in?' }).waitFor({ timeout: wait });
      await chat.locator('#chat-error').waitFor({ state: 'hidden', timeout: wait });
    } finally {
      await failing.close();
    }
  }, step);

  it('reports no CSP violations and no script errors in any page', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
