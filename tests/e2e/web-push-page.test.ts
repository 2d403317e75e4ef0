import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinWaitingMessage } from '../../src/web-push/push-notifier';
import { startFakePushService, type FakeBrowser, type FakePushService } from '../support/fake-push-service';
import { startTestService, type TestService } from '../support/service-harness';
import { launchChromium, newChatContext, runAxe, seriousOrWorse, step, testOutput, wait, type InPage, type PageProblems } from '../support/web-chat-browser';

/** The browser globals this test's page callbacks use (the project compiles without the DOM lib). */
interface PushPage {
  readonly Notification: { readonly permission: string };
  readonly PushManager: { readonly prototype: { subscribe: unknown; getSubscription: unknown } };
  readonly navigator: { readonly serviceWorker: { getRegistration(url: string): Promise<{ active: { scriptURL: string } | null } | undefined> } };
  permissionAsked: number;
}

/**
 * "Tell me when there's a message" in Debian's Chromium. The notifications permission is granted
 * through the browser context, and the test counts the page's calls to `Notification.requestPermission`.
 * Chromium's own push service (Google's) cannot be reached offline, so an init script replaces
 * `PushManager.prototype.subscribe` (and `getSubscription`) with one that answers a subscription
 * pointing at the local fake push service, with keys the test made: the page then posts it to the
 * service as it would a real one, the service pushes to the fake, and the test decrypts what arrived.
 */
describe('web push on the chat page, in a real browser', () => {
  let service: TestService;
  let fake: FakePushService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let device: FakeBrowser;
  const problems: PageProblems = { cspViolations: [], pageErrors: [] };

  beforeAll(async () => {
    fake = await startFakePushService();
    service = await startTestService({}, { pushAgent: fake.agent });
    browser = await launchChromium();
    context = await newChatContext(browser, problems, { javaScriptEnabled: true });
    await context.grantPermissions(['notifications'], { origin: service.baseUrl });
    device = fake.newBrowser();
    await context.addInitScript((subscription) => {
      const inPage = globalThis as unknown as PushPage;
      inPage.permissionAsked = 0;
      const notification = inPage.Notification as unknown as { requestPermission: () => Promise<string> };
      const ask = notification.requestPermission.bind(notification);
      notification.requestPermission = () => {
        inPage.permissionAsked += 1;
        return ask();
      };
      let current: object | null = null;
      const made = () => ({
        endpoint: subscription.endpoint,
        expirationTime: null,
        toJSON: () => subscription,
        unsubscribe: async () => {
          current = null;
          return true;
        },
      });
      inPage.PushManager.prototype.subscribe = async () => (current = made());
      inPage.PushManager.prototype.getSubscription = async () => current;
    }, device.subscription);
    page = await context.newPage();
  }, step);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await fake?.close();
  });

  const plainWords = `We can show a notice on this device when there's a message for you. It only says "You have a check-in waiting". Your browser will ask you next.`;
  const offer = () => page.getByRole('button', { name: "Tell me when there's a message" });
  const allow = () => page.getByRole('button', { name: 'Yes, show notices' });
  const stop = () => page.getByRole('button', { name: 'Stop telling me' });
  const permissionAsked = () => page.evaluate(() => (globalThis as unknown as PushPage).permissionAsked);
  const personOnPage = async () => {
    const userId = await page.evaluate(() => (globalThis as unknown as InPage).localStorage.getItem('lwc.userId'));
    return service.stores.references('person', `webchat:${userId ?? ''}`);
  };

  it('offers the notice in the header, and asks nothing on load', async () => {
    await page.goto(service.baseUrl);
    await offer().waitFor({ timeout: wait });
    expect(await page.getByText('It only says "You have a check-in waiting"').isVisible()).toBe(false);
    expect(await permissionAsked()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PushPage).navigator.serviceWorker.getRegistration('/static/push-worker.js').then((found) => found === undefined))).toBe(true);
    expect(seriousOrWorse(await runAxe(page), 'push offer, 1024')).toEqual([]);
    await page.screenshot({ path: join(testOutput, 'web-push-offer-1024.png') });
  }, step);

  it('says in plain words what a notice says, and "Not now" asks nothing', async () => {
    await offer().click();
    await page.getByText(plainWords).waitFor({ timeout: wait });
    expect(await allow().evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);
    expect(seriousOrWorse(await runAxe(page), 'push plain words, 1024')).toEqual([]);
    await page.screenshot({ path: join(testOutput, 'web-push-ask-1024.png') });
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await page.getByText(plainWords).isVisible()).toBe(false);
    expect(await permissionAsked()).toBe(0);
  }, step);

  it('asks the browser only on "Yes, show notices", subscribes through the service worker, and the service pushes the fixed words', async () => {
    await offer().click();
    await allow().click();
    await page.getByText("Done. We'll show a notice on this device when there's a message for you.").waitFor({ timeout: wait });
    expect(await permissionAsked()).toBe(1);
    expect(await stop().evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement)).toBe(true);
    const worker = await page.evaluate(() => (globalThis as unknown as PushPage).navigator.serviceWorker.getRegistration('/static/push-worker.js').then((found) => found?.active?.scriptURL));
    expect(worker).toBe(`${service.baseUrl}/static/push-worker.js`);

    const person = await personOnPage();
    expect(await service.stores.pushSubscriptions.list(person)).toStrictEqual([device.subscription]);
    const before = fake.received.length;
    expect(await service.webPush?.notifier.notify(person, checkinWaitingMessage)).toStrictEqual({ sent: 1, removed: 0 });
    const [push] = fake.received.slice(before);
    if (push === undefined) throw new Error('nothing reached the fake push service');
    expect(JSON.parse(device.decrypt(push))).toStrictEqual({ title: 'Living Well companion', body: 'You have a check-in waiting', url: '/', tag: 'checkin' });

    expect(seriousOrWorse(await runAxe(page), 'push on, 1024')).toEqual([]);
    await page.screenshot({ path: join(testOutput, 'web-push-on-1024.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(seriousOrWorse(await runAxe(page), 'push on, 390')).toEqual([]);
    await page.screenshot({ path: join(testOutput, 'web-push-on-390.png') });
  }, step);

  it('stops on "Stop telling me", forgetting the browser on the service', async () => {
    await stop().click();
    await page.getByText("We won't show notices on this device any more.").waitFor({ timeout: wait });
    expect(await offer().isVisible()).toBe(true);
    expect(await service.stores.pushSubscriptions.list(await personOnPage())).toStrictEqual([]);
    expect(seriousOrWorse(await runAxe(page), 'push off, 390')).toEqual([]);
    await page.screenshot({ path: join(testOutput, 'web-push-off-390.png') });
  }, step);

  it('keeps the strict CSP: no violation and no script error on the page or in the service worker', () => {
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
