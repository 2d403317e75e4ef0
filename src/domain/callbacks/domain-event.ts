import type { SiteId } from '../sites';

/** What the outbox carries: ids and codes only, never names, numbers or text. */
export interface DomainEvent {
  readonly type: 'callback.requested' | 'callback.claimed' | 'callback.contacted' | 'callback.closed' | 'callback.cancelled';
  /** UTC ISO instant. */
  readonly at: string;
  readonly siteId: SiteId;
  readonly callbackId: string;
  /** The request's reference code, e.g. `CB-7K3P-Q9X`: what practitioners' tools show instead of a name. */
  readonly reference: string;
}
