import type { CallbackOutcome, CallbackReview } from '../callbacks/callback-outcome';

/**
 * The report codes of a recorded outcome (counted as `practitioner.<code>`): how the contact went,
 * each kind of support offered, and the number of goals agreed.
 */
export function outcomeReportCodes(outcome: Pick<CallbackOutcome, 'contactOutcome' | 'supportOffered' | 'goalsAgreed'>): string[] {
  return [`contact.${outcome.contactOutcome}`, ...outcome.supportOffered.map((code) => `support.${code}`), `goals-agreed.${outcome.goalsAgreed}`];
}

/** The report codes of a review answered on the Teams prompt: how far the goals progressed, and still supported or closed. */
export function reviewReportCodes(review: Pick<CallbackReview, 'goalsProgressed' | 'supportStatus'>): string[] {
  return [`review.goals-progressed.${review.goalsProgressed}`, `review.${review.supportStatus}`];
}
