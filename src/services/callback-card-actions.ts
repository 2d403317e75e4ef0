import type { Logger } from 'pino';
import { errorCode } from '../bot/error-code';
import type { CallbackRequest } from '../domain/callbacks/callback-request';
import { type Clock, isoNow } from '../domain/clock';
import { cardActionSchema, cardTargetSchema, reviewTargetSchema, universalActionInvokeSchema, type OutcomeCardAction, type RequestCardAction } from '../domain/teams/card-action';
import { emptyCallbackCardRecord, type CallbackCardRecord, type RememberedVerb } from '../domain/teams/callback-card-record';
import { firstNameOf, snoozeMs } from '../domain/teams/callback-card-view';
import type { CallbackCardStore, CallbackStore, EventOutbox } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { PractitionerIdentity, TeamsDirectory } from '../teams/teams-directory';
import type { TeamsMessage } from '../teams/teams-sender';
import type { CallbackCardCopies } from './callback-card-copies';
import type { CallbackOutcomeRecording } from './callback-outcome-recording';
import type { CallbackReviews } from './callback-reviews';
import { changeCallback, type TeamCallbackAction } from './callback-transitions';

/** Puts off the "waiting too long" nudge of a request (the claim timer) until an instant. */
export interface ClaimNudgeTimer {
  delay(callbackId: string, until: number): Promise<void>;
}

export interface CallbackCardActionsDependencies {
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  readonly cards: CallbackCardStore;
  /** The outcome prompt's answers are recorded here, as the staff app's are. */
  readonly outcomes: Pick<CallbackOutcomeRecording, 'record'>;
  readonly directory: Pick<TeamsDirectory, 'roleAt'>;
  readonly copies: CallbackCardCopies;
  readonly render: CallbackCards;
  readonly claimTimer: ClaimNudgeTimer;
  /** The review prompt: planned when an outcome is recorded, answered with the verb `review`. */
  readonly reviews: Pick<CallbackReviews, 'planFirst' | 'current' | 'record'>;
  readonly clock: Clock;
  /** Request ids, verbs and outcomes of a click only. */
  readonly logger: Logger;
}

/** Who clicked: the practitioner as Teams names them, and their display name (`from.name`; only its first word is kept). */
export interface CardActor {
  readonly practitioner: PractitionerIdentity;
  readonly displayName?: string;
}

/** Remembered per request: enough for the last few clicks (the matching one is found by its instant). */
const maxActors = 20;

/**
 * The verbs on the practitioners' cards. Every answer is a card: the request as it now is after
 * the verb, or as it was when the click changed nothing (a repeat, a stale card, a losing claim:
 * "Claimed by Sam at 10:42"), or a short refusal for someone without a role at the request's site
 * (then nothing is read out or changed). Claim, contacted and close go through
 * {@link changeCallback}, the admin API's own path (compare-and-set at the card's version, then the
 * outbox event that updates every copy); snooze puts off the claim nudge by {@link snoozeMs};
 * `outcome` records the outcome prompt's answers (and plans the review); `review` answers the
 * review prompt ({@link CallbackReviews}). An automatic refresh changes nothing.
 */
export class CallbackCardActions {
  constructor(private readonly deps: CallbackCardActionsDependencies) {}

  /**
   * An `adaptiveCard/action` invoke (`Action.Execute`): `value` is the activity's value. Never
   * rejects: Teams must get a card (a store or Teams failure answers "try again in a moment").
   */
  execute(actor: CardActor, value: unknown): Promise<TeamsMessage> {
    const invoke = universalActionInvokeSchema.safeParse(value);
    if (!invoke.success) return Promise.resolve(this.deps.render.notice('not-understood'));
    return this.answer(() => this.act(actor, invoke.data.action.data, invoke.data.trigger === 'automatic'));
  }

  /** An `Action.Submit` fallback: a message whose `value` is the action's data (and the inputs). Never rejects. */
  submit(actor: CardActor, value: unknown): Promise<TeamsMessage> {
    return this.answer(() => this.act(actor, value, false));
  }

  private async answer(work: () => Promise<TeamsMessage>): Promise<TeamsMessage> {
    try {
      return await work();
    } catch (error) {
      this.deps.logger.error({ event: 'teams.card_action_failed', code: errorCode(error) }, 'card action failed');
      return this.deps.render.notice('unavailable');
    }
  }

  private async act(actor: CardActor, data: unknown, automatic: boolean): Promise<TeamsMessage> {
    const target = cardTargetSchema.safeParse(data);
    if (!target.success) return this.deps.render.notice('not-understood');
    const request = await this.deps.callbacks.get(target.data.callbackId);
    if (request === undefined) return this.deps.render.notice('gone');
    if ((await this.deps.directory.roleAt(actor.practitioner, request.siteId)) === undefined) {
      this.deps.logger.warn({ event: 'teams.card_action_refused', callbackId: request.id }, 'card action refused: no role at the site');
      return this.deps.render.notice('not-allowed');
    }
    const parsed = cardActionSchema.safeParse(data);
    if (!parsed.success) {
      if (target.data.verb === 'review') return this.deps.reviews.current(request, reviewTargetSchema.safeParse(data).data?.base);
      return this.deps.copies.current(request, target.data.verb === 'outcome' ? 'outcome' : 'request');
    }
    const action = parsed.data;
    if (action.verb === 'review') return automatic ? this.deps.reviews.current(request, action.base) : this.deps.reviews.record(actor, request, action);
    if (action.verb === 'outcome') return automatic ? this.deps.copies.current(request, 'outcome') : this.recordOutcome(actor, request, action);
    if (automatic) return this.deps.copies.current(request, 'request');
    const { verb } = action;
    if (verb === 'snooze') return this.snooze(request, action);
    return this.change(actor, request, verb, action.version);
  }

  private async change(actor: CardActor, request: CallbackRequest, verb: TeamCallbackAction, version: string): Promise<TeamsMessage> {
    const at = isoNow(this.deps.clock);
    // Remembered before the change, by its instant: the outbox reader finds who to prompt (or
    // nudge) by the request's `claimedAt` / `contactedAt`, which only the applied click has. A
    // click from a card already stale cannot apply, so it is not remembered.
    if ((verb === 'claim' || verb === 'contacted') && version === request.updatedAt) {
      await this.deps.cards.update(request.id, (current) => rememberActor(current ?? emptyCallbackCardRecord(request.id, request.siteId), verb, at, actor.practitioner));
    }
    const by = firstNameOf(actor.displayName) ?? 'Someone';
    const outcome = await changeCallback(this.deps, {
      siteId: request.siteId,
      id: request.id,
      transition: { action: verb, by, staff: actor.practitioner, at },
      expectedVersion: version,
      source: 'teams',
    });
    if (outcome.kind === 'missing') return this.deps.render.notice('gone');
    if (outcome.kind !== 'applied') this.deps.logger.info({ event: 'teams.card_action_unchanged', callbackId: request.id, verb, why: outcome.kind }, 'card action changed nothing');
    return this.deps.copies.current(outcome.request, 'request');
  }

  /** Puts the claim nudge off by {@link snoozeMs}, once per snooze: a repeat while snoozed, or from a stale card, changes nothing. */
  private async snooze(request: CallbackRequest, action: RequestCardAction): Promise<TeamsMessage> {
    const now = this.deps.clock.now();
    const until = now + snoozeMs;
    const fresh = request.status === 'requested' && action.version === request.updatedAt;
    const snoozed = !fresh
      ? undefined
      : await this.deps.cards.update(request.id, (current) => {
          const record = current ?? emptyCallbackCardRecord(request.id, request.siteId);
          if (record.snoozedUntil !== undefined && Date.parse(record.snoozedUntil) > now) return undefined;
          return { ...record, snoozedUntil: new Date(until).toISOString() };
        });
    if (snoozed === undefined) return this.deps.copies.current(request, 'request');
    await this.deps.claimTimer.delay(request.id, until);
    this.deps.logger.info({ event: 'teams.callback_snoozed', siteId: request.siteId, callbackId: request.id }, 'claim nudge snoozed');
    // No event for a snooze: the other copies are redrawn here.
    await this.deps.copies.updateAll(request.id);
    return this.deps.copies.current(request, 'request', snoozed);
  }

  private async recordOutcome(actor: CardActor, request: CallbackRequest, action: OutcomeCardAction): Promise<TeamsMessage> {
    const { contactOutcome, supportOffered, goalsAgreed } = action;
    const recorded = await this.deps.outcomes.record(request, { contactOutcome, supportOffered, goalsAgreed }, actor.practitioner, 'teams');
    if (recorded === undefined) return this.deps.render.notice('not-understood');
    return this.deps.copies.current(request, 'outcome');
  }
}

/** The record with the practitioner remembered for `verb` at `at` (the oldest dropped beyond {@link maxActors}). */
function rememberActor(record: CallbackCardRecord, verb: RememberedVerb, at: string, practitioner: PractitionerIdentity): CallbackCardRecord {
  const actors = [...record.actors, { verb, at, tenantId: practitioner.tenantId, aadObjectId: practitioner.aadObjectId }];
  return { ...record, actors: actors.slice(-maxActors) };
}
