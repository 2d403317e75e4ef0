import type { SiteId } from '../sites';

/**
 * The events: a request's steps, and the two timers (`callback.claim_overdue`: still unclaimed
 * after its time within opening hours; `callback.outcome_overdue`: contacted days ago, no outcome;
 * `callback.review_due`: a contacted request's review date has come).
 */
export const domainEventTypes = [
  'callback.requested',
  'callback.claimed',
  'callback.contacted',
  'callback.closed',
  'callback.cancelled',
  'callback.claim_overdue',
  'callback.outcome_overdue',
  'callback.review_due',
] as const;

/** What the outbox carries: ids and codes only, never names, numbers or text. */
export interface DomainEvent {
  readonly type: (typeof domainEventTypes)[number];
  /** UTC ISO instant. */
  readonly at: string;
  readonly siteId: SiteId;
  readonly callbackId: string;
  /** The request's reference code, e.g. `CB-7K3P-Q9X`: what practitioners' tools show instead of a name. */
  readonly reference: string;
}
