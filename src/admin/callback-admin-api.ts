import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import type { CallbackOutcome, OutcomeAnswers } from '../domain/callbacks/callback-outcome';
import { callbackHistory, refusalWords, type CallbackHistoryStep } from '../domain/callbacks/callback-history';
import { sameStaff, waitingTimeMs, type CallbackRequest, type StaffIdentity } from '../domain/callbacks/callback-request';
import { callbackViewCounts, inCallbackView, type CallbackView } from '../domain/callbacks/callback-views';
import type { ErasedCallback } from '../domain/callbacks/erased-callback';
import { type Clock, isoNow } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import { firstNameOf } from '../domain/teams/callback-card-view';
import { isUuid } from '../listings/listing-draft';
import type { CallbackOutcomeRecording } from '../services/callback-outcome-recording';
import { changeCallback, type TeamCallbackAction } from '../services/callback-transitions';
import type { CallbackOutcomeStore, CallbackStore, EventOutbox, TeamDirectoryStore } from '../store/ports';
import type { AdminActor, AdminAuditRecorder } from './admin-audit';
import type { CallbackListQuery, CallbackTransitionBody } from './admin-requests';
import { claimDueAt } from './callback-timers';

export interface CallbackAdminApiDependencies {
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  /** Outcomes as recorded (read for the details). */
  readonly outcomes: Pick<CallbackOutcomeStore, 'get'>;
  /** The outcome prompt's own service: the staff app records outcomes through it. */
  readonly recording: Pick<CallbackOutcomeRecording, 'record'>;
  /** The team's hours: what "overdue" counts in. */
  readonly teams: Pick<TeamDirectoryStore, 'get'>;
  readonly audit: AdminAuditRecorder;
  /** CALLBACK_CLAIM_OPEN_HOURS: opening hours a request may wait unclaimed before it is overdue. */
  readonly claimOpenHours: number;
  readonly clock: Clock;
  /** Logged by event, site and request id only: never names, numbers or what a request is about. */
  readonly logger: Logger;
}

/**
 * A callback request on the team's work list, with how long the person waited to be contacted
 * (null until they were), whether it waits too long to be claimed, and whether the viewer claimed
 * it. A request whose person has since deleted their data is listed as what is kept of it
 * ({@link ErasedCallback}: no name, number or words; cancelled if it was still open).
 */
export type ListedCallback = (CallbackRequest | ErasedCallback) & { readonly waitingTimeMs: number | null; readonly overdue: boolean; readonly mine: boolean };

/** A request's details for the staff app: the listed request, its outcome (codes only) and its history. */
export type CallbackDetails = ListedCallback & {
  readonly outcome: Omit<CallbackOutcome, 'recordedBy' | 'callbackId' | 'siteId' | 'reference'> | null;
  readonly history: CallbackHistoryStep[];
};

const auditVerbs: Readonly<Record<TeamCallbackAction, { action: string; words: string }>> = {
  claim: { action: 'callback.claimed', words: 'Claimed' },
  contacted: { action: 'callback.contacted', words: 'Marked as contacted' },
  close: { action: 'callback.closed', words: 'Closed' },
};

/**
 * The admin API's callback handlers, for practitioners and site admins (the staff app, scripts):
 * the team's work list (by status or view, with counts), a request's details (audited: opening
 * them is recorded), claim, contacted and close through {@link changeCallback} (the Teams cards'
 * own path, so cards, API and app stay in step) and the outcome through the outcome prompt's own
 * service. Every step is in the audit trail by reference code; logs carry ids only. The work list
 * shows people's names and numbers: they agreed to share them with the team for the callback.
 */
export class CallbackAdminApi {
  constructor(private readonly deps: CallbackAdminApiDependencies) {}

  /**
   * The site's callback requests, newest first, optionally of one status (`?status=requested`)
   * and one view (`?view=mine`), each with `waitingTimeMs`, `overdue` and `mine`; `counts` has how
   * many are in each view (whatever the filters). "Mine" is empty for a token: only signed-in staff claim as themselves.
   */
  async listCallbacks(siteId: SiteId, { status, view }: CallbackListQuery, actor: AdminActor): Promise<{ siteId: SiteId; total: number; counts: Record<CallbackView, number>; callbacks: ListedCallback[] }> {
    const [requests, erased, entry] = await Promise.all([this.deps.callbacks.listBySite(siteId), this.deps.callbacks.erasedBySite(siteId), this.deps.teams.get(siteId)]);
    const now = this.deps.clock.now();
    const all = [...requests, ...erased].sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt)).map((request) => this.listed(request, actor, entry, now));
    const callbacks = all.filter((request) => (status === undefined || request.status === status) && (view === undefined || inCallbackView(view, request)));
    return { siteId, total: callbacks.length, counts: callbackViewCounts(all), callbacks };
  }

  /**
   * A request's details (the phone number, what it is about, the best times, whether the person
   * had a safety reply in the conversation, its outcome and history), recorded in the audit trail
   * as `callback.details_opened` by reference code.
   * @throws AppError NOT_FOUND for an unknown request (or an id that is no UUID) or one of another site.
   */
  async getCallback(siteId: SiteId, id: string, actor: AdminActor): Promise<CallbackDetails> {
    if (!isUuid(id)) throw notFound();
    const request = (await this.deps.callbacks.get(id)) ?? (await this.deps.callbacks.erasedBySite(siteId)).find((erased) => erased.id === id);
    if (request === undefined || request.siteId !== siteId) throw notFound();
    const [entry, outcome] = await Promise.all([this.deps.teams.get(siteId), this.deps.outcomes.get(siteId, id)]);
    await this.deps.audit.record({ siteId, actor, action: 'callback.details_opened', subject: { type: 'callback', id }, summary: `Opened the details of ${request.reference}` });
    this.deps.logger.info({ event: 'admin.callback_details_opened', siteId, callbackId: id }, 'callback details opened');
    const shownOutcome = outcome === undefined ? null : withoutIds(outcome);
    return { ...this.listed(request, actor, entry, this.deps.clock.now()), outcome: shownOutcome, history: callbackHistory(request, outcome) };
  }

  /**
   * Claims a request, marks it contacted or closes it, recording who and when, appends the matching
   * event to the outbox (which redraws the posted Teams cards) and the step to the audit trail.
   * Signed-in staff act as themselves (their first name, and their Entra ids on a claim); a token
   * names who did it in the body (`by`). `reason` is kept only when closing.
   * @throws AppError NOT_FOUND for an unknown request (or an id that is no UUID) or one of another
   *   site; CONFLICT when its status does not allow the step (the message says who got there first
   *   and when), or the person deleted their data; BAD_REQUEST when a token sends no `by`.
   */
  async transitionCallback(siteId: SiteId, id: string, action: TeamCallbackAction, { by, reason }: CallbackTransitionBody, actor: AdminActor): Promise<CallbackRequest> {
    if (!isUuid(id)) throw notFound();
    const at = isoNow(this.deps.clock);
    const staff = staffOf(actor);
    const who = actor.kind === 'staff' ? (firstNameOf(actor.name) ?? 'Someone') : by;
    if (who === undefined) throw new AppError('BAD_REQUEST', 'Say who did it.', { fields: [{ field: 'by', message: 'who did it: a name or id, 1 to 100 characters' }] });
    const transition = { action, by: who, at, ...(staff === undefined ? {} : { staff }), ...(action === 'close' && reason !== undefined ? { reason } : {}) };
    const outcome = await changeCallback(this.deps, { siteId, id, transition, source: 'admin' });
    switch (outcome.kind) {
      case 'applied':
        await this.deps.audit.record({ siteId, actor, action: auditVerbs[action].action, subject: { type: 'callback', id }, summary: `${auditVerbs[action].words} ${outcome.request.reference}` });
        return outcome.request;
      case 'refused':
      case 'stale':
        throw new AppError('CONFLICT', refusalWords(outcome.request, action, this.deps.clock.now()));
      case 'missing':
        if ((await this.deps.callbacks.erasedBySite(siteId)).some((erased) => erased.id === id)) {
          throw new AppError('CONFLICT', `The person deleted their data, so this callback request is finished: it cannot be ${auditVerbs[action].words.toLowerCase()}.`);
        }
        throw notFound();
    }
  }

  /**
   * Records the outcome of a contacted request (the outcome prompt's codes), through the outcome
   * prompt's own service: the review is planned and the posted prompts redrawn. Audited as
   * `callback.outcome_recorded`.
   * @throws AppError NOT_FOUND as {@link transitionCallback}; FORBIDDEN for a token (the review
   *   prompt goes to whoever recorded the outcome: a signed-in member of staff); CONFLICT for a
   *   request not yet contacted.
   */
  async recordOutcome(siteId: SiteId, id: string, answers: OutcomeAnswers, actor: AdminActor): Promise<CallbackDetails['outcome']> {
    const request = isUuid(id) ? await this.deps.callbacks.get(id) : undefined;
    if (request === undefined || request.siteId !== siteId) throw notFound();
    const staff = staffOf(actor);
    if (staff === undefined) throw new AppError('FORBIDDEN', 'Recording an outcome needs a signed-in member of staff: the review prompt goes to whoever recorded it.');
    const recorded = await this.deps.recording.record(request, answers, staff, 'admin');
    if (recorded === undefined) throw new AppError('CONFLICT', `${request.reference} has not been marked as contacted yet: record the outcome once the person has been called.`);
    await this.deps.audit.record({ siteId, actor, action: 'callback.outcome_recorded', subject: { type: 'callback', id }, summary: `Recorded the outcome of ${request.reference}` });
    return withoutIds(recorded);
  }

  private listed(request: CallbackRequest | ErasedCallback, actor: AdminActor, entry: Parameters<typeof claimDueAt>[1], now: number): ListedCallback {
    const staff = staffOf(actor);
    const mine = staff !== undefined && 'claimedByStaff' in request && request.claimedByStaff !== undefined && sameStaff(request.claimedByStaff, staff);
    const overdue = request.status === 'requested' && now >= claimDueAt(request, entry, this.deps.claimOpenHours);
    return { ...request, waitingTimeMs: waitingTimeMs(request) ?? null, overdue, mine };
  }
}

/** The Entra ids of a signed-in member of staff; undefined for a token. */
function staffOf(actor: AdminActor): StaffIdentity | undefined {
  return actor.kind === 'staff' ? { tenantId: actor.tenantId, aadObjectId: actor.aadObjectId } : undefined;
}

/** The outcome as the app shows it: codes and times, without ids. */
function withoutIds({ recordedBy: _by, callbackId: _id, siteId: _site, reference: _reference, ...shown }: CallbackOutcome): NonNullable<CallbackDetails['outcome']> {
  return shown;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'There is no such callback request in this site.');
}
