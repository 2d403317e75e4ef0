import type { Logger } from 'pino';
import { isAppError } from '../domain/app-error';
import { isOpen } from '../domain/callbacks/callback-request';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import { actorAt } from '../domain/teams/callback-card-record';
import { errorCode } from '../bot/error-code';
import type { KeyedReference } from '../store/keyed-reference';
import type { CallbackCardStore, CallbackOutcomeStore, CallbackStore, EventCursorStore, EventOutbox } from '../store/ports';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { CallbackCardCopies } from './callback-card-copies';
import type { CallbackReviews } from './callback-reviews';

export interface CallbackNudgesDependencies {
  readonly events: Pick<EventOutbox, 'read'>;
  readonly cursors: EventCursorStore;
  readonly callbacks: Pick<CallbackStore, 'get'>;
  readonly cards: Pick<CallbackCardStore, 'get'>;
  /** Whether an outcome was recorded (an overdue one is asked for again). */
  readonly outcomes: Pick<CallbackOutcomeStore, 'get'>;
  readonly directory: Pick<TeamsDirectory, 'siteChannel' | 'personalChat'>;
  readonly copies: CallbackCardCopies;
  /** The review prompt, sent when `callback.review_due` comes. */
  readonly reviews: Pick<CallbackReviews, 'send'>;
  readonly clock: { now(): number };
  /** Event types, request ids and error codes only. */
  readonly logger: Logger;
}

/** The outbox reader's name in the cursor store. */
export const nudgesReader = 'teams-nudges';

/** The reader's own reference for its jobs (never a person's key: those are `<channel>:<id>`). */
export function nudgesReaderReference(references: KeyedReference): string {
  return references('person', `system:${nudgesReader}`);
}

/** Events read per pass. */
const batchSize = 100;

/** Failures that pass (outages, contention): the pass stops at the event and tries it again next time. */
const passingFailureCodes: ReadonlySet<string> = new Set(['STORE_UNAVAILABLE', 'STORE_CONFLICT', 'UPSTREAM_UNAVAILABLE', 'LOCK_LOST', 'SHUTTING_DOWN', 'RATE_LIMITED']);

/**
 * The practitioners' nudges, driven by the event outbox (the one record of every change to a
 * request, from the conversation, the admin API or a card), read from where this reader left off:
 * - `callback.requested`: the request card to the site's channel (key `callback-card:<id>`);
 * - `callback.claimed` / `.contacted` / `.closed` / `.cancelled`: every posted copy redrawn in place;
 * - `callback.contacted` also: the outcome prompt, one-to-one, to the practitioner who clicked
 *   Contacted on a card (a change made in the admin API has no Teams practitioner to ask);
 * - `callback.claim_overdue`: a "waiting too long" card to the channel (and to the claimer, if
 *   claimed from a card), unless a snooze still lasts;
 * - `callback.outcome_overdue`: the outcome prompt again, to the same practitioner, if no outcome
 *   was recorded (key `outcome-prompt:<id>:overdue`);
 * - `callback.review_due`: the review prompt, one-to-one, to whoever recorded the outcome.
 * Sends are keyed by request and event, so handling an event again sends nothing new.
 */
export class CallbackNudges {
  constructor(private readonly deps: CallbackNudgesDependencies) {}

  /**
   * Handles the events after the last one handled, in order, and moves the cursor past each. A
   * failure that may pass (Teams or the store unavailable) stops the pass at that event, to be
   * tried again on the next; a conversation Teams refuses (blocked, unreachable) is logged and
   * passed over. Resolves how many events were handled.
   */
  handleNew(): Promise<number> {
    // Passes in this process take turns, so a slow one is never overlapped by the next tick.
    const pass = this.passes.then(() => this.handleNewNow());
    this.passes = pass.catch(() => undefined);
    return pass;
  }

  private passes: Promise<unknown> = Promise.resolve();

  private async handleNewNow(): Promise<number> {
    const after = (await this.deps.cursors.get(nudgesReader))?.lastId ?? '0';
    const entries = await this.deps.events.read(after, batchSize);
    for (const { id, event } of entries) {
      try {
        await this.handle(id, event);
      } catch (error) {
        // An outage is tried again at this event (order, at least once); anything else would fail the
        // same way on every pass and hold back every later nudge, so that event is set aside, loudly.
        if (passingFailureCodes.has(errorCode(error))) throw error;
        const blocked = isAppError(error, 'TEAMS_BLOCKED') || isAppError(error, 'TEAMS_UNREACHABLE');
        const fields = { type: event.type, callbackId: event.callbackId, code: errorCode(error) };
        if (blocked) this.deps.logger.warn({ event: 'teams.nudge_not_sent', ...fields }, 'nudge not sent');
        else this.deps.logger.error({ event: 'teams.nudge_set_aside', alert: 'TEAMS_NUDGE_FAILED', ...fields }, 'nudge failed and was set aside');
      }
      await this.deps.cursors.update(nudgesReader, (current) => (current !== undefined && !isAfter(id, current.lastId) ? undefined : { lastId: id }));
    }
    return entries.length;
  }

  private async handle(id: string, event: DomainEvent): Promise<void> {
    switch (event.type) {
      case 'callback.requested':
        return this.postToChannel(event, 'request', `callback-card:${event.callbackId}`);
      case 'callback.claimed':
      case 'callback.closed':
      case 'callback.cancelled':
        return this.deps.copies.updateAll(event.callbackId);
      case 'callback.contacted':
        await this.deps.copies.updateAll(event.callbackId);
        return this.promptForOutcome(event, `outcome-prompt:${event.callbackId}`);
      case 'callback.claim_overdue':
        return this.nudgeOverdue(id, event);
      case 'callback.review_due':
        return this.deps.reviews.send(event.callbackId);
      case 'callback.outcome_overdue':
        return this.remindOfOutcome(event);
    }
  }

  private async postToChannel(event: DomainEvent, kind: 'request' | 'overdue', key: string): Promise<void> {
    const request = await this.deps.callbacks.get(event.callbackId);
    // Cancelled or closed before it was read: nothing for the team to see any more.
    if (request === undefined || !isOpen(request)) return;
    const channel = await this.deps.directory.siteChannel(request.siteId);
    if (channel === undefined) {
      this.deps.logger.warn({ event: 'teams.no_site_channel', siteId: request.siteId, callbackId: request.id, type: event.type }, 'no Teams channel linked to the site');
      return;
    }
    await this.deps.copies.post(request, kind, key, { conversation: channel });
  }

  private async promptForOutcome(event: DomainEvent, key: string): Promise<void> {
    const request = await this.deps.callbacks.get(event.callbackId);
    const practitioner = actorAt(await this.deps.cards.get(event.callbackId), 'contacted', request?.contactedAt);
    if (request === undefined || practitioner === undefined) return;
    const chat = await this.deps.directory.personalChat(practitioner);
    if (chat === undefined) {
      this.deps.logger.warn({ event: 'teams.no_personal_chat', callbackId: request.id }, 'no one-to-one chat for the outcome prompt');
      return;
    }
    await this.deps.copies.post(request, 'outcome', key, { conversation: chat, practitioner });
  }

  /** Still contacted days after and no outcome recorded: the prompt again (a new message, so it shows up). */
  private async remindOfOutcome(event: DomainEvent): Promise<void> {
    const request = await this.deps.callbacks.get(event.callbackId);
    if (request?.status !== 'contacted' || (await this.deps.outcomes.get(request.siteId, request.id)) !== undefined) return;
    await this.promptForOutcome(event, `outcome-prompt:${request.id}:overdue`);
  }

  /** Still waiting: the channel is told again (a new card, so it shows up), then the claimer if there is one. */
  private async nudgeOverdue(id: string, event: DomainEvent): Promise<void> {
    const snoozedUntil = (await this.deps.cards.get(event.callbackId))?.snoozedUntil;
    if (snoozedUntil !== undefined && Date.parse(snoozedUntil) > this.deps.clock.now()) return;
    await this.postToChannel(event, 'overdue', `callback-overdue:${event.callbackId}:${id}`);
    const request = await this.deps.callbacks.get(event.callbackId);
    const claimer = actorAt(await this.deps.cards.get(event.callbackId), 'claim', request?.claimedAt);
    const chat = claimer === undefined ? undefined : await this.deps.directory.personalChat(claimer);
    if (request === undefined || claimer === undefined || chat === undefined) return;
    await this.deps.copies.post(request, 'overdue', `callback-overdue:${event.callbackId}:${id}:claimer`, { conversation: chat, practitioner: claimer });
  }
}

/** Stream ids `<ms>-<seq>` in order. */
function isAfter(id: string, than: string): boolean {
  const [ms = 0, seq = 0] = id.split('-').map(Number);
  const [thanMs = 0, thanSeq = 0] = than.split('-').map(Number);
  return ms > thanMs || (ms === thanMs && seq > thanSeq);
}
