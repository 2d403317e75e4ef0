import { describe, expect, it } from 'vitest';
import { keyedReferences } from '../../src/store/keyed-reference';
import { MemoryPushSubscriptionStore } from '../../src/store/memory/memory-push-subscription-store';
import { WebPushSubscriptions } from '../../src/web-push/web-push-subscriptions';
import { testReferenceSecret } from '../support/test-stores';

const subscription = { endpoint: 'https://push.example.net/s/1', expirationTime: null, keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) } };
const hour = 3600;

/** Subscriptions on the in-memory store with a clock the test moves. */
function subscriptionsFor(consented: readonly string[]) {
  let now = Date.parse('2026-12-07T10:00:00Z');
  const store = new MemoryPushSubscriptionStore(() => now);
  const references = keyedReferences(testReferenceSecret);
  const subscriptions = new WebPushSubscriptions({
    store,
    references,
    personKeyOf: async (token) => `webchat:${token ?? ''}`,
    publicKey: 'key',
    ttlSeconds: 7 * 24 * hour,
    hasConsent: async (personKey) => consented.includes(personKey),
    withoutConsentTtlSeconds: 2 * hour,
  });
  return { subscriptions, store, person: (user: string) => references('person', `webchat:${user}`), pass: (seconds: number) => (now += seconds * 1000) };
}

describe('WebPushSubscriptions', () => {
  it('keeps the browser of someone who has not agreed to saving for hours only, and of someone who has for as long as their history', async () => {
    const { subscriptions, store, person, pass } = subscriptionsFor(['webchat:agreed']);
    await subscriptions.subscribe('declined', subscription);
    await subscriptions.subscribe('agreed', subscription);
    pass(2 * hour + 1);
    expect(await store.list(person('declined'))).toStrictEqual([]);
    expect(await store.list(person('agreed'))).toStrictEqual([subscription]);
  });
});
