import { AppError } from '../domain/app-error';
import { maxPushSubscriptionsPerPerson, type PushSubscriptionRecord } from '../domain/web-push/push-subscription';
import type { WebPushEndpoints } from '../http/web-push-routes';
import type { KeyedReference } from '../store/keyed-reference';
import type { PushSubscriptionStore } from '../store/ports';

export interface WebPushSubscriptionsOptions {
  readonly store: PushSubscriptionStore;
  readonly references: KeyedReference;
  /** The person a web chat token speaks for (`webchat:<user id>`); throws FORBIDDEN or NOT_FOUND. */
  readonly personKeyOf: (token: string | undefined) => Promise<string>;
  readonly publicKey: string;
  /** How long a person's subscriptions are kept after their last subscribe: as long as their web chat history. */
  readonly ttlSeconds: number;
  /** Whether the person (`webchat:<user id>`) agreed to saving. */
  readonly hasConsent: (personKey: string) => Promise<boolean>;
  /** How long a subscription is kept for someone who has not agreed: as their conversation state, hours. */
  readonly withoutConsentTtlSeconds: number;
}

/** The web push routes' work: the token says who, the store keeps browsers under the person's keyed reference. */
export class WebPushSubscriptions implements WebPushEndpoints {
  constructor(private readonly options: WebPushSubscriptionsOptions) {}

  async publicKey(token: string | undefined): Promise<string> {
    await this.personOf(token);
    return this.options.publicKey;
  }

  async subscribe(token: string | undefined, subscription: PushSubscriptionRecord): Promise<void> {
    const personKey = await this.options.personKeyOf(token);
    // "No thanks" means nothing kept beyond the exchange in hand: without consent, hours, not days.
    const ttlSeconds = (await this.options.hasConsent(personKey)) ? this.options.ttlSeconds : this.options.withoutConsentTtlSeconds;
    const added = await this.options.store.add(this.options.references('person', personKey), subscription, ttlSeconds);
    if (added === 'full') {
      throw new AppError('CONFLICT', `Messages can be shown on ${maxPushSubscriptionsPerPerson} browsers at most; turn them off on one first.`);
    }
  }

  async unsubscribe(token: string | undefined, endpoint: string): Promise<void> {
    await this.options.store.remove(await this.personOf(token), endpoint);
  }

  private async personOf(token: string | undefined): Promise<string> {
    return this.options.references('person', await this.options.personKeyOf(token));
  }
}
