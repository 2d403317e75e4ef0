import { contactOutcomeLabels, goalsProgressedLabels, supportStatusLabels, type CallbackOutcome } from './callback-outcome';
import type { CallbackRequest } from './callback-request';
import type { ErasedCallback } from './erased-callback';
import { firstNameOf, timeWords } from '../teams/callback-card-view';

/** One step of a request's history: when (UTC ISO) and what happened, in plain words (first names only). */
export interface CallbackHistoryStep {
  readonly at: string;
  readonly what: string;
}

/** What became of the request's steps, in words for the history (the reasons people give are left out). */
type HistorySource = CallbackRequest | ErasedCallback;

/**
 * A request's history for the staff app, oldest first: requested, claimed, contacted, the outcome
 * and its latest review, closed or cancelled. Who did a step is named by first name, as on the
 * Teams cards; a request whose person deleted their data has only its times.
 */
export function callbackHistory(request: HistorySource, outcome?: Pick<CallbackOutcome, 'contactOutcome' | 'recordedAt' | 'review'>): CallbackHistoryStep[] {
  const full = 'name' in request ? request : undefined;
  const by = (name: string | undefined) => (name === undefined ? '' : ` by ${firstNameOf(name) ?? 'someone'}`);
  const steps: CallbackHistoryStep[] = [{ at: request.requestedAt, what: 'Requested' }];
  if (request.claimedAt !== undefined) steps.push({ at: request.claimedAt, what: `Claimed${by(full?.claimedBy)}` });
  if (request.contactedAt !== undefined) steps.push({ at: request.contactedAt, what: `Marked as contacted${by(full?.contactedBy)}` });
  if (outcome !== undefined) steps.push({ at: outcome.recordedAt, what: `Outcome recorded: ${contactOutcomeLabels[outcome.contactOutcome]}` });
  if (outcome?.review !== undefined) {
    steps.push({ at: outcome.review.at, what: `Reviewed: goals progressed ${goalsProgressedLabels[outcome.review.goalsProgressed].toLowerCase()}; ${supportStatusLabels[outcome.review.supportStatus].toLowerCase()}` });
  }
  if (request.closedAt !== undefined) steps.push({ at: request.closedAt, what: `Closed${by(full?.closedBy)}` });
  if (request.cancelledAt !== undefined) {
    steps.push({ at: request.cancelledAt, what: 'erasedAt' in request && request.cancelledByErasure ? 'Cancelled: the person deleted their data' : 'Cancelled by the person' });
  }
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The team's steps, as a refusal names them. */
export type TeamStep = 'claim' | 'contacted' | 'close';

const stepWords: Readonly<Record<TeamStep, string>> = { claim: 'claimed', contacted: 'marked as contacted', close: 'closed' };

/**
 * Why a step was refused, saying who got there first and when (London time, as on the cards):
 * "Already claimed by Sam at 10:42: it cannot be claimed again." The request is as it is now.
 */
export function refusalWords(request: CallbackRequest, step: TeamStep, now: number): string {
  const who = (name: string | undefined) => firstNameOf(name) ?? 'someone';
  const at = (instant: string | undefined) => timeWords(instant ?? request.updatedAt, now);
  const tail = step === 'claim' && request.status === 'claimed' ? 'it cannot be claimed again' : `it cannot be ${stepWords[step]}`;
  switch (request.status) {
    case 'claimed':
      return `Already claimed by ${who(request.claimedBy)} at ${at(request.claimedAt)}: ${tail}.`;
    case 'contacted':
      return `Already marked as contacted by ${who(request.contactedBy)} at ${at(request.contactedAt)}: ${tail}.`;
    case 'closed':
      return `Already closed by ${who(request.closedBy)} at ${at(request.closedAt)}: ${tail}.`;
    case 'cancelled':
      return `The person cancelled this request at ${at(request.cancelledAt)}: ${tail}.`;
    case 'requested':
      return `This callback request is waiting to be claimed: ${tail}.`;
  }
}
