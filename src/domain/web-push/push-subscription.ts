/**
 * One browser's Web Push subscription (the Push API's `PushSubscription.toJSON()`): where to send,
 * and the keys the browser made to decrypt what arrives. No personal data: the person it belongs
 * to is only the key it is stored under (their keyed reference).
 */
export interface PushSubscriptionRecord {
  /** The push service's URL for this browser (https). */
  readonly endpoint: string;
  /** When the push service says it lapses (ms since the epoch), if it says. */
  readonly expirationTime: number | null;
  readonly keys: {
    /** The browser's P-256 public key, base64url. */
    readonly p256dh: string;
    /** The browser's 16-byte auth secret, base64url. */
    readonly auth: string;
  };
}

/** Browsers one person may be told on: a few phones, tablets and computers, never an unbounded list. */
export const maxPushSubscriptionsPerPerson = 5;
