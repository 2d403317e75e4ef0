import type { Logger } from 'pino';
import type { CallbackOutcome } from '../domain/callbacks/callback-outcome';
import type { CallbackRequest } from '../domain/callbacks/callback-request';
import { type Clock, isoNow } from '../domain/clock';
import type { ReviewCardAction } from '../domain/teams/card-action';
import { firstNameOf } from '../domain/teams/callback-card-view';
import { callbackReviewView, reviewBase } from '../domain/teams/callback-review-view';
import { reviewReportCodes } from '../domain/reports/outcome-report-codes';
import type { CallbackOutcomeStore, CallbackStore, EventOutbox, PersonStore, WellbeingStore } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { TeamsMessage, TeamsSender } from '../teams/teams-sender';
import { changeCallback } from './callback-transitions';
import type { ReportRecorder } from './report-recorder';

/** Plans the review of a contacted request one cadence of its site after `from` (once per request and `from`). */
export interface ReviewTimer {
  planReview(callbackId: string, from: string): Promise<void>;
}

export interface CallbackReviewsDependencies {
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  readonly outcomes: CallbackOutcomeStore;
  /** The person's record: whether they share their progress with their team. */
  readonly people: Pick<PersonStore, 'get'>;
  /** Their goals' ratings, read only when they share them. */
  readonly wellbeing: Pick<WellbeingStore, 'get'>;
  readonly directory: Pick<TeamsDirectory, 'personalChat'>;
  readonly sender: TeamsSender;
  readonly render: CallbackCards;
  readonly timer: ReviewTimer;
  /** The outcome reports: each review answered is counted (codes only). */
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
  /** Request ids and codes only. */
  readonly logger: Logger;
}

/** Who answered a review: for the close, their first name (as every close from a card). */
export interface ReviewActor {
  readonly displayName?: string;
}

/**
 * The review of a contacted request at its site's cadence: planned when the outcome is recorded,
 * sent one-to-one to the practitioner who recorded it when `callback.review_due` comes (goal
 * ratings only for a person who shares their progress), answered on the card: the review is kept
 * on the outcome record; "closed" closes the request through {@link changeCallback}; "still
 * supported" plans the next review one cadence later.
 */
export class CallbackReviews {
  constructor(private readonly deps: CallbackReviewsDependencies) {}

  /** After the outcome of a contacted request is recorded: its first review, one cadence after contact. */
  async planFirst(request: CallbackRequest): Promise<void> {
    if (request.contactedAt !== undefined) await this.deps.timer.planReview(request.id, request.contactedAt);
  }

  /**
   * The review card to whoever recorded the outcome, once per request and review (key
   * `callback-review:<id>:<base ms>`). Nothing for a request no longer contacted (closed,
   * cancelled, erased) or without an outcome.
   */
  async send(callbackId: string): Promise<void> {
    const request = await this.deps.callbacks.get(callbackId);
    if (request?.status !== 'contacted') return;
    const outcome = await this.deps.outcomes.get(request.siteId, request.id);
    const base = outcome === undefined ? undefined : reviewBase(request, outcome);
    if (outcome === undefined || base === undefined) return;
    const chat = await this.deps.directory.personalChat(outcome.recordedBy);
    if (chat === undefined) {
      this.deps.logger.warn({ event: 'teams.no_personal_chat', callbackId: request.id }, 'no one-to-one chat for the review prompt');
      return;
    }
    await this.deps.sender.send(`callback-review:${request.id}:${Date.parse(base)}`, chat, await this.draw(request, outcome, base));
    this.deps.logger.info({ event: 'teams.review_prompted', siteId: request.siteId, callbackId: request.id }, 'review prompt sent');
  }

  /**
   * The review card as it now is: the question about `base` while that review is unanswered (and
   * the request contacted), else the question about the first review while there is none, else
   * what was recorded last.
   */
  async current(request: CallbackRequest, base?: string): Promise<TeamsMessage> {
    const outcome = await this.deps.outcomes.get(request.siteId, request.id);
    if (outcome === undefined) return this.deps.render.notice('not-understood');
    const open = base !== undefined && request.status === 'contacted' && reviewBase(request, outcome) === base;
    return this.draw(request, outcome, open ? base : undefined);
  }

  /**
   * Records an answer to the review asked at `action.base`. An answer to a review already
   * answered, or a request no longer contacted, changes nothing and gets the card as it is.
   */
  async record(actor: ReviewActor, request: CallbackRequest, action: ReviewCardAction): Promise<TeamsMessage> {
    const outcome = await this.deps.outcomes.get(request.siteId, request.id);
    if (outcome === undefined || request.status !== 'contacted' || reviewBase(request, outcome) !== action.base) return this.current(request, action.base);
    const at = isoNow(this.deps.clock);
    await this.deps.outcomes.put({ ...outcome, review: { goalsProgressed: action.goalsProgressed, supportStatus: action.supportStatus, at } });
    this.deps.logger.info({ event: 'teams.callback_reviewed', siteId: request.siteId, callbackId: request.id, supportStatus: action.supportStatus }, 'callback review recorded');
    for (const code of reviewReportCodes(action)) await this.deps.reports.record(request.siteId, { type: 'practitioner.outcome', at, code });
    if (action.supportStatus === 'still-supported') {
      await this.deps.timer.planReview(request.id, at);
      return this.current(request);
    }
    const closed = await changeCallback(this.deps, {
      siteId: request.siteId,
      id: request.id,
      transition: { action: 'close', by: firstNameOf(actor.displayName) ?? 'Someone', at },
      source: 'teams',
    });
    return this.current(closed.kind === 'missing' ? request : closed.request);
  }

  private async draw(request: CallbackRequest, outcome: CallbackOutcome, asking?: string): Promise<TeamsMessage> {
    const sharing = (await this.deps.people.get(request.personKey))?.progressSharing !== undefined;
    const sharedGoals = sharing ? ((await this.deps.wellbeing.get(request.personKey))?.goals ?? []) : undefined;
    const view = callbackReviewView({ request, outcome, now: this.deps.clock.now(), ...(sharedGoals === undefined ? {} : { sharedGoals }), ...(asking === undefined ? {} : { asking }) });
    return this.deps.render.reviewCard(view);
  }
}
