import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { jwtVerify, importJWK, decodeProtectedHeader } from 'jose';
import { isAppError } from '../../src/domain/app-error';
import { keyedReferences } from '../../src/store/keyed-reference';
import { MemoryPushSubscriptionStore } from '../../src/store/memory/memory-push-subscription-store';
import { checkinWaitingMessage, PushNotifier } from '../../src/web-push/push-notifier';
import { WebPushSender } from '../../src/web-push/web-push-sender';
import { startFakePushService, type FakePushService } from '../support/fake-push-service';
import { capturingLogger } from '../support/log-capture';
import { testReferenceSecret } from '../support/test-stores';

const vapid = { subject: 'mailto:push-test@example.org', ...webPush.generateVAPIDKeys() };
const person = keyedReferences(testReferenceSecret)('person', 'webchat:dl_pushTestPerson0001');

describe('web push sender and notifier, against a local fake push service', () => {
  let fake: FakePushService;
  beforeAll(async () => {
    fake = await startFakePushService();
  });
  afterAll(async () => {
    await fake.close();
  });

  function notifierWith(store: MemoryPushSubscriptionStore) {
    const log = capturingLogger();
    const sender = new WebPushSender({ vapid, ttlSeconds: 3600, timeoutMs: 5_000, agent: fake.agent });
    return { notifier: new PushNotifier({ subscriptions: store, sender, logger: log.logger }), log };
  }

  it('sends the real encrypted request: the browser decrypts exactly the fixed words, signed with the VAPID key', async () => {
    const browser = fake.newBrowser();
    const store = new MemoryPushSubscriptionStore(() => Date.now());
    await store.add(person, browser.subscription, 600);
    const { notifier, log } = notifierWith(store);
    const before = fake.received.length;

    expect(await notifier.notify(person, checkinWaitingMessage)).toStrictEqual({ sent: 1, removed: 0 });

    const [push] = fake.received.slice(before);
    expect(push?.path).toBe(new URL(browser.subscription.endpoint).pathname);
    if (push === undefined) throw new Error('nothing reached the fake push service');
    expect(JSON.parse(browser.decrypt(push))).toStrictEqual({ title: 'Living Well companion', body: 'You have a check-in waiting', url: '/', tag: 'checkin' });
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers['ttl']).toBe('3600');
    expect(push.headers['urgency']).toBe('normal');
    expect(push.headers['topic']).toBe('checkin');
    // VAPID (RFC 8292): `vapid t=<JWT>, k=<public key>`, the JWT signed by our private key for the push service's origin.
    const authorization = String(push.headers['authorization']);
    const [, jwt, k] = /^vapid t=([^,]+), k=(\S+)$/.exec(authorization) ?? [];
    expect(k).toBe(vapid.publicKey);
    expect(decodeProtectedHeader(jwt ?? '').alg).toBe('ES256');
    const raw = Buffer.from(vapid.publicKey, 'base64url');
    const key = await importJWK({ kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') }, 'ES256');
    const { payload } = await jwtVerify(jwt ?? '', key);
    expect(payload.aud).toBe(fake.origin);
    expect(payload.sub).toBe(vapid.subject);
    // The log has counts, never the reference or an endpoint.
    expect(log.text()).toContain('"event":"push.sent"');
    expect(log.text()).not.toContain(person);
    expect(log.text()).not.toContain(browser.subscription.endpoint);
  });

  it.each([410, 404])('forgets a browser whose push service answers %i, and still tells the others', async (status) => {
    const gone = fake.newBrowser();
    const still = fake.newBrowser();
    fake.answer(gone.subscription, status);
    const store = new MemoryPushSubscriptionStore(() => Date.now());
    await store.add(person, gone.subscription, 600);
    await store.add(person, still.subscription, 600);
    const { notifier } = notifierWith(store);

    expect(await notifier.notify(person, checkinWaitingMessage)).toStrictEqual({ sent: 1, removed: 1 });
    expect(await store.list(person)).toStrictEqual([still.subscription]);
    const toStill = fake.received.filter((push) => push.path === new URL(still.subscription.endpoint).pathname);
    expect(toStill.map((push) => JSON.parse(still.decrypt(push)).body)).toStrictEqual(['You have a check-in waiting']);
  });

  it('keeps a browser whose push service fails otherwise, and fails so the job retries', async () => {
    const failing = fake.newBrowser();
    fake.answer(failing.subscription, 500);
    const store = new MemoryPushSubscriptionStore(() => Date.now());
    await store.add(person, failing.subscription, 600);
    const { notifier } = notifierWith(store);

    const error = await notifier.notify(person, checkinWaitingMessage).catch((caught: unknown) => caught);
    expect(isAppError(error, 'UPSTREAM_UNAVAILABLE')).toBe(true);
    expect(String(error)).not.toContain(failing.subscription.endpoint);
    expect(await store.list(person)).toStrictEqual([failing.subscription]);
  });

  it('sends nothing to a person with no browsers', async () => {
    const { notifier } = notifierWith(new MemoryPushSubscriptionStore(() => Date.now()));
    const before = fake.received.length;
    expect(await notifier.notify(person, checkinWaitingMessage)).toStrictEqual({ sent: 0, removed: 0 });
    expect(fake.received.length).toBe(before);
  });
});
