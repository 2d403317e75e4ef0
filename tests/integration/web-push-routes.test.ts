import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { pushCheckinWaiting } from '../../src/web-push/push-jobs';
import { startFakePushService, type FakePushService } from '../support/fake-push-service';
import { startTestService, type TestService } from '../support/service-harness';
import { openWebChat, saying } from '../support/web-chat-session';
import { testReferenceSecret } from '../support/test-stores';

/**
 * The web push routes on the running service (embedded mode), with the page's web chat token, and
 * the `push.checkin.waiting` job reaching a local fake push service.
 */
describe('web push routes and the check-in push job', () => {
  let service: TestService;
  let fake: FakePushService;

  beforeAll(async () => {
    fake = await startFakePushService();
    service = await startTestService({ REFERENCE_HASH_SECRET: testReferenceSecret }, { pushAgent: fake.agent });
  });
  afterAll(async () => {
    await service.stop();
    await fake.close();
  });

  const call = (path: string, token: string | undefined, body?: unknown) =>
    fetch(`${service.baseUrl}/api/webchat/push/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** Runs the jobs that are due now (embedded mode: the in-process scheduler). */
  async function runDueJobs(): Promise<void> {
    if (!(service.jobs instanceof InProcessJobs)) throw new Error('expected the in-process jobs of embedded mode');
    await service.jobs.runDue();
  }

  it('answers the VAPID public key, subscribes and unsubscribes only with a web chat token', async () => {
    const { token, userId } = await openWebChat(service.baseUrl);
    const key = await call('key', token);
    expect(key.status).toBe(200);
    expect(key.headers.get('cache-control')).toBe('no-store');
    const { publicKey } = (await key.json()) as { publicKey: string };
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(service.logText()).toContain('"event":"startup.vapid_random_keys"');

    const browser = fake.newBrowser();
    expect((await call('subscribe', undefined, browser.subscription)).status).toBe(403);
    expect((await call('subscribe', `${token}x`, browser.subscription)).status).toBe(403);
    expect((await call('key', undefined)).status).toBe(403);
    const bad = await call('subscribe', token, { ...browser.subscription, endpoint: 'http://push.example.net/plain' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST', fields: [{ field: 'endpoint' }] } });

    expect((await call('subscribe', token, browser.subscription)).status).toBe(201);
    const person = service.stores.references('person', `webchat:${userId}`);
    expect(await service.stores.pushSubscriptions.list(person)).toStrictEqual([browser.subscription]);
    expect((await call('unsubscribe', token, { endpoint: browser.subscription.endpoint })).status).toBe(200);
    expect(await service.stores.pushSubscriptions.list(person)).toStrictEqual([]);
  });

  it('pushes "You have a check-in waiting" from the job, forgets the browser on 410, and erases with the person', async () => {
    const { token, userId, say } = await openWebChat(service.baseUrl);
    const person = service.stores.references('person', `webchat:${userId}`);
    const browser = fake.newBrowser();
    expect((await call('subscribe', token, browser.subscription)).status).toBe(201);

    await service.jobs.schedule(pushCheckinWaiting, { id: `push.${person}.first`, person, data: {}, timing: { at: Date.now() } });
    await runDueJobs();
    const pushes = fake.received.filter((push) => push.path === new URL(browser.subscription.endpoint).pathname);
    expect(pushes.map((push) => JSON.parse(browser.decrypt(push)))).toStrictEqual([{ title: 'Living Well companion', body: 'You have a check-in waiting', url: '/', tag: 'checkin' }]);

    fake.answer(browser.subscription, 410);
    await service.jobs.schedule(pushCheckinWaiting, { id: `push.${person}.second`, person, data: {}, timing: { at: Date.now() } });
    await runDueJobs();
    expect(await service.stores.pushSubscriptions.list(person)).toStrictEqual([]);

    const another = fake.newBrowser();
    expect((await call('subscribe', token, another.subscription)).status).toBe(201);
    await say('Yes, I agree', saying('Which area'));
    await say('delete my data', saying('It cannot be undone'));
    await say('Yes, delete everything', saying("I've deleted everything"));
    expect(await service.stores.pushSubscriptions.list(person)).toStrictEqual([]);
    // The conversation is gone with the person: the token no longer subscribes anyone.
    expect((await call('subscribe', token, another.subscription)).status).toBe(404);
  });
});
