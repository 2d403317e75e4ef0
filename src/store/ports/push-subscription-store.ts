import type { PushSubscriptionRecord } from '../../domain/web-push/push-subscription';

/**
 * The browsers each person has asked to be told on (Web Push), under their keyed person reference
 * (`KeyedReference('person', personKey)`), never a raw id. A person's list expires as a whole
 * `ttlSeconds` after their last subscribe, like their web chat history.
 */
export interface PushSubscriptionStore {
  /**
   * Keeps `subscription` for the person (the same endpoint again replaces it) and restarts the
   * list's expiry. Answers `full` and keeps nothing new when the person already has
   * `maxPushSubscriptionsPerPerson` other browsers.
   * @throws AppError STORE_RECORD_INVALID when it is not a subscription.
   */
  add(person: string, subscription: PushSubscriptionRecord, ttlSeconds: number): Promise<'added' | 'full'>;
  /**
   * The person's subscriptions (none when unknown or expired).
   * @throws AppError STORE_RECORD_INVALID when what is stored is not a subscription.
   */
  list(person: string): Promise<PushSubscriptionRecord[]>;
  /** Forgets one browser of the person (they turned it off, or the push service said 404 or 410). */
  remove(person: string, endpoint: string): Promise<void>;
  /** Forgets every browser of the person (erasure, withdrawn consent). */
  eraseFor(person: string): Promise<void>;
}
