import type { Logger } from 'pino';
import type { CallbackOutcome, OutcomeAnswers } from '../domain/callbacks/callback-outcome';
import type { CallbackRequest, StaffIdentity } from '../domain/callbacks/callback-request';
import { type Clock, isoNow } from '../domain/clock';
import type { CallbackOutcomeStore } from '../store/ports';
import type { CallbackCardCopies } from './callback-card-copies';
import type { CallbackReviews } from './callback-reviews';
import type { ReportRecorder } from './report-recorder';
import { outcomeReportCodes } from '../domain/reports/outcome-report-codes';

export interface CallbackOutcomeRecordingDependencies {
  readonly outcomes: CallbackOutcomeStore;
  /** Plans the first review once the outcome is in. */
  readonly reviews: Pick<CallbackReviews, 'planFirst'>;
  /** Redraws the posted outcome prompts, so a prompt answered elsewhere shows what was recorded. */
  readonly copies: Pick<CallbackCardCopies, 'updateAll'>;
  /** The outcome reports: a request's first recorded outcome is counted (codes only). */
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
  /** Request ids and outcome codes only. */
  readonly logger: Logger;
}

/**
 * The one way an outcome is recorded, from the Teams outcome prompt or the staff app: the record
 * (ids and codes only; a review already recorded is kept), the first review planned at the
 * site's cadence, and every posted outcome prompt redrawn.
 */
export class CallbackOutcomeRecording {
  constructor(private readonly deps: CallbackOutcomeRecordingDependencies) {}

  /**
   * Records `answers` for a contacted request, by `recordedBy` (whom the review prompt goes to).
   * Resolves the record, or undefined for a request never contacted (nothing is recorded).
   */
  async record(request: CallbackRequest, answers: OutcomeAnswers, recordedBy: StaffIdentity, source: 'admin' | 'teams'): Promise<CallbackOutcome | undefined> {
    if (request.contactedAt === undefined) return undefined;
    const earlier = await this.deps.outcomes.get(request.siteId, request.id);
    const outcome: CallbackOutcome = {
      // Answering the prompt again keeps a review already recorded.
      ...(earlier?.review === undefined ? {} : { review: earlier.review }),
      callbackId: request.id,
      siteId: request.siteId,
      reference: request.reference,
      contactOutcome: answers.contactOutcome,
      supportOffered: [...new Set(answers.supportOffered)],
      goalsAgreed: answers.goalsAgreed,
      recordedBy: { tenantId: recordedBy.tenantId, aadObjectId: recordedBy.aadObjectId },
      recordedAt: isoNow(this.deps.clock),
    };
    await this.deps.outcomes.put(outcome);
    // Counted once per request: answering the prompt again corrects the record, not the counts.
    if (earlier === undefined) {
      for (const code of outcomeReportCodes(outcome)) await this.deps.reports.record(request.siteId, { type: 'practitioner.outcome', at: outcome.recordedAt, code });
    }
    this.deps.logger.info({ event: `${source}.callback_outcome_recorded`, siteId: request.siteId, callbackId: request.id, contactOutcome: answers.contactOutcome }, 'callback outcome recorded');
    await this.deps.reviews.planFirst(request);
    // A prompt answered through the Submit fallback, or in the staff app, stays as it was unless redrawn.
    await this.deps.copies.updateAll(request.id, ['outcome']);
    return outcome;
  }
}
