import { pushSubscriptionSchema, type PushSubscriptionRecord } from '../domain/web-push/push-subscription';
import { versionedRecordCodec } from './record-codec';

/** A push subscription at rest (`{ v: 1, subscription }`), checked when written and when read. */
export const pushSubscriptionCodec = versionedRecordCodec<PushSubscriptionRecord>({
  name: 'push subscription',
  article: 'a',
  schema: pushSubscriptionSchema,
  atRest: { field: 'subscription' },
  namePaths: true,
});
