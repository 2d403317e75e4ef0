import { z } from 'zod';
import type { PushSubscriptionRecord } from '../domain/web-push/push-subscription';
import { versionedRecordCodec } from './record-codec';

const base64url = (bytes: string) => z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, `base64url (${bytes})`);

/**
 * A subscription as the page sends it and as it is kept: an https endpoint, the browser's P-256
 * public key (65 bytes: 87 characters) and 16-byte auth secret (22 characters). The one schema of
 * it: the subscribe route parses the body with it too.
 */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https$/, error: 'an https URL' }).max(1024),
  expirationTime: z.number().int().nonnegative().nullable().default(null),
  keys: z.strictObject({
    p256dh: base64url('a P-256 public key').min(86).max(90),
    auth: base64url('a 16-byte secret').min(22).max(24),
  }),
});

/** A push subscription at rest (`{ v: 1, subscription }`), checked when written and when read. */
export const pushSubscriptionCodec = versionedRecordCodec<PushSubscriptionRecord>({
  name: 'push subscription',
  article: 'a',
  schema: pushSubscriptionSchema,
  atRest: { field: 'subscription' },
  namePaths: true,
});
