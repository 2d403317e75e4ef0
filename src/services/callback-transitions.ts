import type { Logger } from 'pino';
import { applyTransition, type CallbackRequest, type CallbackTransition } from '../domain/callbacks/callback-request';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import type { SiteId } from '../domain/sites';
import type { CallbackStore, EventOutbox } from '../store/ports';

/** What practitioners do to a request (cancelling is the person's). */
export type TeamCallbackAction = 'claim' | 'contacted' | 'close';

export interface CallbackTransitionsDependencies {
  readonly callbacks: Pick<CallbackStore, 'update'>;
  readonly events: Pick<EventOutbox, 'append'>;
  /** Request ids, sites and event names only. */
  readonly logger: Logger;
}

/** One practitioner's change of one request, from any surface. */
export interface TeamCallbackChange {
  readonly siteId: SiteId;
  readonly id: string;
  readonly transition: CallbackTransition & { readonly action: TeamCallbackAction };
  /** Only change the request while it is still at this version (`updatedAt`): a stale card changes nothing. */
  readonly expectedVersion?: string;
  /** Where it came from, for the log line (`admin.callback_claimed`, `teams.callback_claimed`). */
  readonly source: 'admin' | 'teams';
}

/**
 * What became of a change: `applied` (the request as written); `refused` (its status does not
 * allow the action) or `stale` (it changed since the version given), both with the request as it
 * is; `missing` (no such request in the site).
 */
export type TeamCallbackOutcome =
  | { readonly kind: 'applied'; readonly request: CallbackRequest }
  | { readonly kind: 'refused' | 'stale'; readonly request: CallbackRequest }
  | { readonly kind: 'missing' };

const eventTypeOf: Readonly<Record<TeamCallbackAction, DomainEvent['type']>> = {
  claim: 'callback.claimed',
  contacted: 'callback.contacted',
  close: 'callback.closed',
};

const pastTense: Readonly<Record<TeamCallbackAction, string>> = { claim: 'claimed', contacted: 'contacted', close: 'closed' };

/**
 * The one way a practitioner's claim, contacted or close reaches a request (the admin API and
 * the Teams cards both come here): a compare-and-set change through `applyTransition`, then the
 * matching outbox event (`callback.claimed`, `.contacted`, `.closed`), which moves the timers
 * and updates every posted card. A request of another site counts as missing.
 */
export async function changeCallback(deps: CallbackTransitionsDependencies, change: TeamCallbackChange): Promise<TeamCallbackOutcome> {
  const { siteId, id, transition, expectedVersion } = change;
  // What the last run of the change saw: `update` may run it more than once.
  let seen: { kind: 'refused' | 'stale'; request: CallbackRequest } | undefined;
  const updated = await deps.callbacks.update(id, (current) => {
    seen = undefined;
    if (current.siteId !== siteId) return undefined;
    if (expectedVersion !== undefined && current.updatedAt !== expectedVersion) {
      seen = { kind: 'stale', request: current };
      return undefined;
    }
    const result = applyTransition(current, transition);
    if (!result.ok) {
      seen = { kind: 'refused', request: current };
      return undefined;
    }
    return result.request;
  });
  if (updated === undefined) return seen ?? { kind: 'missing' };

  const event: DomainEvent = { type: eventTypeOf[transition.action], at: transition.at, siteId, callbackId: updated.id, reference: updated.reference };
  try {
    await deps.events.append(event);
  } catch {
    // The request has changed already: answering an error would invite a retry that is refused.
    // The missed nudge is logged (ids only) so it can be followed up.
    deps.logger.error({ event: `${change.source}.callback_event_failed`, siteId, callbackId: updated.id, type: event.type }, 'callback event not appended');
  }
  deps.logger.info({ event: `${change.source}.callback_${pastTense[transition.action]}`, siteId, callbackId: updated.id }, 'callback request updated');
  return { kind: 'applied', request: updated };
}
