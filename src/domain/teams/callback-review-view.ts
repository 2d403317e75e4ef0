import type { CallbackOutcome, CallbackReview } from '../callbacks/callback-outcome';
import type { CallbackRequest } from '../callbacks/callback-request';
import type { Goal } from '../wellbeing/wellbeing-record';
import { shortNameOf } from './callback-card-view';

const weekMs = 7 * 24 * 3_600_000;

/**
 * When the next review of a contacted request falls: one cadence after `from` (the first contact,
 * then each review answered "still supported").
 */
export function reviewDueAt(from: string, cadenceWeeks: number): number {
  return Date.parse(from) + cadenceWeeks * weekMs;
}

/** What a review is counted from: the first contact, or the latest review once there is one. */
export function reviewBase(request: Pick<CallbackRequest, 'contactedAt'>, outcome: Pick<CallbackOutcome, 'review'> | undefined): string | undefined {
  return outcome?.review?.at ?? request.contactedAt;
}

/** One goal's ratings as the team may see them: numbers only, the goal named by its place ("Goal 1"). */
export interface SharedGoalRatings {
  readonly label: string;
  readonly first: number;
  readonly latest: number;
}

/**
 * What the review card shows, computed from the request, its outcome and (only if the person chose
 * to share their progress) their goals: never a goal's words, a note, a full name or a number.
 * `asking` carries the review's base instant (every action carries it back, so a stale or repeated
 * click changes nothing); `recorded` shows the latest review; `ended` a request closed or cancelled
 * without one.
 */
export interface CallbackReviewView {
  readonly callbackId: string;
  readonly reference: string;
  /** First name and initial: "Jo B.". */
  readonly shortName: string;
  /** Whole weeks since the first contact. */
  readonly weeksSinceContact: number;
  readonly goalsAgreed: number;
  /** The person's goal ratings, or undefined when they have not chosen to share them. */
  readonly ratings?: readonly SharedGoalRatings[];
  readonly state:
    | { readonly kind: 'asking'; readonly base: string }
    | { readonly kind: 'recorded'; readonly review: CallbackReview }
    | { readonly kind: 'ended' };
}

/** The inputs of {@link callbackReviewView}. `goals` only when the person shares their progress. */
export interface ReviewFacts {
  readonly request: CallbackRequest;
  readonly outcome: CallbackOutcome;
  readonly sharedGoals?: readonly Goal[];
  readonly now: number;
  /** Draw the question for this base rather than what was recorded (the card as it is sent). */
  readonly asking?: string;
}

/** The review card's facts at `now`. */
export function callbackReviewView(facts: ReviewFacts): CallbackReviewView {
  const { request, outcome, sharedGoals, now, asking } = facts;
  const base = asking ?? reviewBase(request, outcome);
  const state: CallbackReviewView['state'] =
    request.status === 'contacted' && base !== undefined && (asking !== undefined || outcome.review === undefined)
      ? { kind: 'asking', base }
      : outcome.review !== undefined
        ? { kind: 'recorded', review: outcome.review }
        : { kind: 'ended' };
  const ratings = sharedGoals === undefined ? undefined : sharedGoalRatings(sharedGoals);
  return {
    callbackId: request.id,
    reference: request.reference,
    shortName: shortNameOf(request.name),
    weeksSinceContact: request.contactedAt === undefined ? 0 : Math.max(0, Math.floor((now - Date.parse(request.contactedAt)) / weekMs)),
    goalsAgreed: outcome.goalsAgreed,
    ...(ratings === undefined ? {} : { ratings }),
    state,
  };
}

/** First and latest rating of each rated goal (oldest goal first), named "Goal 1", "Goal 2", …: no words. */
export function sharedGoalRatings(goals: readonly Goal[]): SharedGoalRatings[] {
  return goals
    .filter((goal) => goal.ratings.length > 0)
    .map((goal, index) => ({ label: `Goal ${index + 1}`, first: goal.ratings[0]?.score ?? 0, latest: goal.ratings.at(-1)?.score ?? 0 }));
}
