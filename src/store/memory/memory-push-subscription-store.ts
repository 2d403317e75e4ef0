import { maxPushSubscriptionsPerPerson, type PushSubscriptionRecord } from '../../domain/web-push/push-subscription';
import type { PushSubscriptionStore } from '../ports';
import { pushSubscriptionCodec } from '../push-subscription-schema';

interface PersonList {
  /** Endpoint → the encoded subscription. */
  readonly byEndpoint: Map<string, string>;
  expiresAt: number;
}

/** People's push subscriptions in this process's memory, with the Redis store's contract. */
export class MemoryPushSubscriptionStore implements PushSubscriptionStore {
  private readonly people = new Map<string, PersonList>();

  /** `now` gives the instants expiries are measured against (the injected clock). */
  constructor(private readonly now: () => number) {}

  async add(person: string, subscription: PushSubscriptionRecord, ttlSeconds: number): Promise<'added' | 'full'> {
    const { raw, value } = pushSubscriptionCodec.encode(subscription);
    const list = this.live(person) ?? { byEndpoint: new Map<string, string>(), expiresAt: 0 };
    if (!list.byEndpoint.has(value.endpoint) && list.byEndpoint.size >= maxPushSubscriptionsPerPerson) return 'full';
    list.byEndpoint.set(value.endpoint, raw);
    list.expiresAt = this.now() + ttlSeconds * 1000;
    this.people.set(person, list);
    return 'added';
  }

  async list(person: string): Promise<PushSubscriptionRecord[]> {
    return [...(this.live(person)?.byEndpoint.values() ?? [])].map((raw) => pushSubscriptionCodec.decode(raw));
  }

  async remove(person: string, endpoint: string): Promise<void> {
    this.live(person)?.byEndpoint.delete(endpoint);
  }

  async eraseFor(person: string): Promise<void> {
    this.people.delete(person);
  }

  private live(person: string): PersonList | undefined {
    const list = this.people.get(person);
    if (list !== undefined && list.expiresAt <= this.now()) this.people.delete(person);
    return list !== undefined && list.expiresAt > this.now() ? list : undefined;
  }
}
