import type { Logger } from 'pino';
import { z } from 'zod';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import type { CallbackRequest, CallbackStatus } from '../domain/callbacks/callback-request';
import { type Clock, isoNow } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { afterOpenTime } from '../domain/team/open-time';
import { jobType, type Jobs, type JobType } from '../jobs/jobs';
import { teamHoursInForce } from '../listings/bank-holidays';
import type { KeyedReference } from '../store/keyed-reference';
import type { CallbackStore, EventOutbox, TeamDirectoryStore } from '../store/ports';
import type { ClaimNudgeTimer } from '../services/callback-card-actions';
import type { ReviewTimer } from '../services/callback-reviews';
import { defaultReviewCadenceWeeks, type TeamDirectoryEntry } from '../domain/team/team-directory';
import { reviewDueAt } from '../domain/teams/callback-review-view';

const callbackTimerData = z.strictObject({ callbackId: z.uuid() });
type CallbackTimerData = z.output<typeof callbackTimerData>;

/** Fires when a request may have waited too long to be claimed (planned when it is made). */
export const callbackClaimTimer = jobType('callback.claim.timer', callbackTimerData);
/** Fires when a request marked contacted may have waited too long for its outcome (planned when it is marked). */
export const callbackOutcomeTimer = jobType('callback.outcome.timer', callbackTimerData);

/** Fires at a contacted request's review date (planned when its outcome, then each review, is recorded). */
export const callbackReviewTimer = jobType('callback.review.timer', callbackTimerData);

/** How long the timers wait (CALLBACK_CLAIM_OPEN_HOURS, CALLBACK_OUTCOME_DAYS). */
export interface CallbackTimerSettings {
  /** Hours of the team's opening time a request may wait unclaimed. */
  readonly claimOpenHours: number;
  /** Days a contacted request may wait for its outcome (closed). */
  readonly outcomeDays: number;
}

export interface CallbackTimersDependencies {
  /** The outbox the events go to. */
  readonly events: EventOutbox;
  readonly jobs: Jobs;
  readonly callbacks: Pick<CallbackStore, 'get'>;
  readonly teams: Pick<TeamDirectoryStore, 'get'>;
  readonly references: KeyedReference;
  readonly clock: Clock;
  /** Request ids and event types only. */
  readonly logger: Logger;
  readonly settings: CallbackTimerSettings;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Each timer: the status it waits on, and the event it emits if the request is still in it. */
interface Timer {
  readonly type: JobType<CallbackTimerData>;
  /** The last part of its job id: `callback.<request id>.claim`. */
  readonly name: 'claim' | 'outcome' | 'review';
  readonly waitsOn: CallbackStatus;
  readonly emits: DomainEvent['type'];
}

const claimTimer: Timer = { type: callbackClaimTimer, name: 'claim', waitsOn: 'requested', emits: 'callback.claim_overdue' };
const outcomeTimer: Timer = { type: callbackOutcomeTimer, name: 'outcome', waitsOn: 'contacted', emits: 'callback.outcome_overdue' };
const reviewTimer: Timer = { type: callbackReviewTimer, name: 'review', waitsOn: 'contacted', emits: 'callback.review_due' };
/** The timers a close or cancel cancels (a review timer's id names its date; it checks the request when it fires). */
const timers: readonly Timer[] = [claimTimer, outcomeTimer];

/**
 * The event outbox, with the practitioners' timers planned from the events that pass through it:
 * `callback.requested` plans the claim timer (its time counted within the team's opening hours),
 * `callback.contacted` the outcome timer; claiming, closing or cancelling cancels them. A timer
 * that fires reads the request again and emits `callback.claim_overdue` or
 * `callback.outcome_overdue` only if it is still waiting; the Teams nudges consume them.
 */
export class CallbackTimers implements EventOutbox, ClaimNudgeTimer, ReviewTimer {
  constructor(private readonly deps: CallbackTimersDependencies) {}

  /** Registers the timers' handlers (before `jobs.start()`). */
  handleJobs(): void {
    for (const timer of [...timers, reviewTimer]) this.deps.jobs.handle(timer.type, async (job) => this.fire(timer, job.data.callbackId));
  }

  /** Appends the event; then plans or cancels a timer. A timer that cannot be planned is logged: the event stands. */
  async append(event: DomainEvent): Promise<void> {
    await this.deps.events.append(event);
    try {
      await this.follow(event);
    } catch (error) {
      this.deps.logger.error({ event: 'callbacks.timer_not_planned', type: event.type, callbackId: event.callbackId, code: errorCode(error) }, 'callback timer not planned');
    }
  }

  read(afterId: string, limit: number): ReturnType<EventOutbox['read']> {
    return this.deps.events.read(afterId, limit);
  }

  /**
   * Snooze from a Teams card: the claim timer is put off until `until` (never brought forward: a
   * request not yet overdue keeps its own time if that is later). The planned timer is
   * cancelled and a new one planned under its own id (`callback.<id>.claim.<until>`: a finished
   * job's id cannot be planned again); claiming does not cancel it, but a timer that fires checks
   * the request again, so it emits nothing once the request is claimed, closed or cancelled.
   */
  async delay(callbackId: string, until: number): Promise<void> {
    await this.cancel(claimTimer, callbackId);
    await this.plan(claimTimer, callbackId, async (request) => Math.max(until, await this.claimDueAt(request)), `${jobId(callbackId, claimTimer)}.${until}`);
  }

  /**
   * Plans the review of a contacted request one cadence (the site's `reviewCadenceWeeks`, else
   * {@link defaultReviewCadenceWeeks}) after `from`, under `callback.<id>.review.<from ms>`: the
   * same review is planned once however often it is asked for. Filed under the person's
   * reference, so erasure cancels it; a close or cancel does not, but the timer emits
   * `callback.review_due` only while the request is still contacted.
   */
  async planReview(callbackId: string, from: string): Promise<void> {
    const id = `${jobId(callbackId, reviewTimer)}.${Date.parse(from)}`;
    await this.plan(reviewTimer, callbackId, async (request) => reviewDueAt(from, (await this.deps.teams.get(request.siteId))?.reviewCadenceWeeks ?? defaultReviewCadenceWeeks), id);
  }

  private async follow(event: DomainEvent): Promise<void> {
    switch (event.type) {
      case 'callback.requested':
        return this.plan(claimTimer, event.callbackId, (request) => this.claimDueAt(request));
      case 'callback.contacted':
        await this.cancel(claimTimer, event.callbackId);
        return this.plan(outcomeTimer, event.callbackId, async (request) => Date.parse(request.contactedAt ?? event.at) + this.deps.settings.outcomeDays * dayMs);
      case 'callback.claimed':
        return this.cancel(claimTimer, event.callbackId);
      case 'callback.closed':
      case 'callback.cancelled':
        for (const timer of timers) await this.cancel(timer, event.callbackId);
        return;
      default:
        return;
    }
  }

  private async plan(timer: Timer, callbackId: string, dueAt: (request: CallbackRequest) => Promise<number>, id = jobId(callbackId, timer)): Promise<void> {
    const request = await this.deps.callbacks.get(callbackId);
    if (request === undefined) return;
    const person = this.deps.references('person', request.personKey);
    await this.deps.jobs.schedule(timer.type, { id, person, data: { callbackId }, timing: { at: await dueAt(request) } });
  }

  private cancel(timer: Timer, callbackId: string): Promise<void> {
    return this.deps.jobs.cancel(timer.type, jobId(callbackId, timer));
  }

  private async claimDueAt(request: CallbackRequest): Promise<number> {
    return claimDueAt(request, await this.deps.teams.get(request.siteId), this.deps.settings.claimOpenHours);
  }

  /** Checks again: the event goes out only while the request still waits in the timer's status. */
  private async fire(timer: Timer, callbackId: string): Promise<void> {
    const request = await this.deps.callbacks.get(callbackId);
    if (request?.status !== timer.waitsOn) return;
    await this.deps.events.append({ type: timer.emits, at: isoNow(this.deps.clock), siteId: request.siteId, callbackId: request.id, reference: request.reference });
    this.deps.logger.info({ event: 'callbacks.timer_fired', type: timer.emits, callbackId: request.id }, 'callback timer fired');
  }
}

/**
 * When a request has waited too long to be claimed (the claim timer fires, and the staff app
 * counts it overdue): after `claimOpenHours` of the team's opening time (bank holidays and
 * exceptions closed). A site with no team details, or no opening in the next two weeks, counts
 * plain hours instead.
 */
export function claimDueAt(request: Pick<CallbackRequest, 'requestedAt'>, entry: TeamDirectoryEntry | undefined, claimOpenHours: number): number {
  const from = Date.parse(request.requestedAt);
  const duration = claimOpenHours * hourMs;
  const due = entry === undefined ? undefined : afterOpenTime(teamHoursInForce(entry, from), from, duration);
  return due ?? from + duration;
}

/** One timer of each kind per request: `callback.<id>.claim` / `.outcome` (a review's adds its date). */
function jobId(callbackId: string, timer: Timer): string {
  return `callback.${callbackId}.${timer.name}`;
}
