import type { Agent } from 'node:https';
import type { Logger } from 'pino';
import webPush from 'web-push';
import type { KeyedReference } from '../store/keyed-reference';
import type { PushSubscriptionStore } from '../store/ports';
import { PushNotifier } from './push-notifier';
import { WebPushSender } from './web-push-sender';
import { WebPushSubscriptions } from './web-push-subscriptions';

export interface WebPushSettings {
  readonly subject: string;
  /** Unset outside production: a pair is made here, and browsers subscribed with it stop getting messages on restart. */
  readonly keys: { readonly publicKey: string; readonly privateKey: string } | undefined;
}

/** Web push, wired: the routes' subscriptions and the notifier jobs call. */
export interface WebPush {
  readonly subscriptions: WebPushSubscriptions;
  readonly notifier: PushNotifier;
}

/** A new VAPID key pair (base64url P-256), for a run without configured keys. */
export function newVapidKeys(): { publicKey: string; privateKey: string } {
  return webPush.generateVAPIDKeys();
}

/** Builds web push over the store and the web chat tokens (`personKeyOf`); makes a VAPID pair when none is configured. */
export function createWebPush(options: {
  readonly settings: WebPushSettings;
  readonly store: PushSubscriptionStore;
  readonly references: KeyedReference;
  readonly personKeyOf: (token: string | undefined) => Promise<string>;
  /** Subscriptions are kept as long as web chat history. */
  readonly ttlSeconds: number;
  /** Whether a person agreed to saving; without it a subscription is kept `withoutConsentTtlSeconds`. */
  readonly hasConsent: (personKey: string) => Promise<boolean>;
  readonly withoutConsentTtlSeconds: number;
  readonly logger: Logger;
  /** Tests: an https agent that trusts the local fake push service. */
  readonly agent?: Agent;
}): WebPush {
  let keys = options.settings.keys;
  if (keys === undefined) {
    options.logger.warn({ event: 'startup.vapid_random_keys' }, 'No VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY: web push uses a key pair made now, which changes on restart (browsers subscribed before then get nothing until they subscribe again).');
    keys = newVapidKeys();
  }
  const sender = new WebPushSender({
    vapid: { subject: options.settings.subject, ...keys },
    ttlSeconds: 12 * 3600,
    timeoutMs: 10_000,
    ...(options.agent === undefined ? {} : { agent: options.agent }),
  });
  return {
    subscriptions: new WebPushSubscriptions({ store: options.store, references: options.references, personKeyOf: options.personKeyOf, publicKey: keys.publicKey,
      ttlSeconds: options.ttlSeconds,
      hasConsent: options.hasConsent,
      withoutConsentTtlSeconds: options.withoutConsentTtlSeconds,
    }),
    notifier: new PushNotifier({ subscriptions: options.store, sender, logger: options.logger }),
  };
}
