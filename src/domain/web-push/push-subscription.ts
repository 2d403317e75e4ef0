import { z } from 'zod';

const base64url = (what: string) => z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, `base64url (${what})`);

/**
 * One browser's Web Push subscription, as the Push API's `PushSubscription.toJSON()` gives it: an
 * https endpoint at the browser's push service, and the browser's P-256 public key (65 bytes: 87
 * characters) and 16-byte auth secret (22 characters), which encrypt what is sent. No personal
 * data: the person is only the key it is kept under (their keyed reference). The one schema of it:
 * the subscribe route and the stores both parse with it.
 */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/, error: 'an https URL' }).max(1024),
  expirationTime: z.number().int().nonnegative().nullable().default(null),
  keys: z.strictObject({
    p256dh: base64url('a P-256 public key').min(86).max(90),
    auth: base64url('a 16-byte secret').min(22).max(24),
  }),
});
export type PushSubscriptionRecord = z.output<typeof pushSubscriptionSchema>;

/** Browsers one person may be told on: a few phones, tablets and computers, never an unbounded list. */
export const maxPushSubscriptionsPerPerson = 5;
