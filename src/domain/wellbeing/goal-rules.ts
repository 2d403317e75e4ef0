import { normaliseReply } from '../reply-text';
import type { Goal, GoalRating, GoalStatus, WellbeingRecord } from './wellbeing-record';

/** How many goals can be active at once: more than a handful is hard to keep in mind. */
export const maxActiveGoals = 5;

/** Goal-Based Outcomes: a rise of this many points or more is a meaningful change. */
export const meaningfulChange = 3;

/** Why a change to the goals was not made. */
export type GoalChangeFailure = 'too-many-active' | 'duplicate' | 'not-found' | 'not-active' | 'invalid-score';

/** The outcome of a change to the goals: the new record and the goal it touched, or why not. */
export type GoalChange =
  | { readonly ok: true; readonly record: WellbeingRecord; readonly goal: Goal }
  | { readonly ok: false; readonly reason: GoalChangeFailure };

/** What `addGoal` needs: the id is made by the caller, so this stays pure. */
export interface NewGoal {
  readonly id: string;
  /** Already cleaned (see `parseGoalText`). */
  readonly text: string;
  /** UTC ISO instant. */
  readonly at: string;
  /** A first rating, when the person gave one while setting the goal. */
  readonly score?: number;
  readonly note?: string;
}

/** How a goal has moved between its first and latest rating. */
export interface GoalProgress {
  readonly goal: Goal;
  readonly first?: GoalRating;
  /** Set whenever there is at least one rating; the same as `first` when there is only one. */
  readonly latest?: GoalRating;
  /** `latest.score - first.score`, only when there are two or more ratings. */
  readonly change?: number;
  /** An improvement of `meaningfulChange` points or more. A fall is never "meaningful" here. */
  readonly meaningful: boolean;
  readonly direction: 'up' | 'down' | 'same' | 'one-rating' | 'not-rated';
}

/** A goal score is a whole number from 0 to 10. */
function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= 10;
}

/** A copy of a rating, leaving `note` out when there is none (so stored records stay tidy). */
function copyRating(rating: Omit<GoalRating, 'note'> & { readonly note?: string | undefined }): GoalRating {
  return rating.note === undefined ? { score: rating.score, at: rating.at } : { score: rating.score, at: rating.at, note: rating.note };
}

/** The record with one goal swapped for its new version, in the same place. */
function withGoal(record: WellbeingRecord, goal: Goal, at: string): WellbeingRecord {
  return { ...record, goals: record.goals.map((existing) => (existing.id === goal.id ? goal : existing)), updatedAt: at };
}

/**
 * The goals being worked on now (status `active`), oldest first.
 * Only these are rated at a check-in and count towards `maxActiveGoals`.
 */
export function activeGoals(record: WellbeingRecord): Goal[] {
  return record.goals.filter((goal) => goal.status === 'active');
}

/** The goals still in play (active and paused), oldest first: what a person would call "my goals". */
export function currentGoals(record: WellbeingRecord): Goal[] {
  return record.goals.filter((goal) => goal.status === 'active' || goal.status === 'paused');
}

/**
 * Adds a new active goal at the end of the list, with its first rating when a score is given.
 * Fails with `too-many-active` when `maxActiveGoals` are already active, `duplicate` when an
 * active or paused goal has the same words (ignoring case and punctuation) or the id is taken,
 * and `invalid-score` when the score is not a whole number from 0 to 10 (checked in that order).
 * Achieved and retired goals do not block the same words, so a person can set a goal again.
 */
export function addGoal(record: WellbeingRecord, input: NewGoal): GoalChange {
  if (activeGoals(record).length >= maxActiveGoals) return { ok: false, reason: 'too-many-active' };
  const words = normaliseReply(input.text);
  const sameWords = currentGoals(record).some((goal) => normaliseReply(goal.text) === words);
  const sameId = record.goals.some((goal) => goal.id === input.id);
  if (sameWords || sameId) return { ok: false, reason: 'duplicate' };
  if (input.score !== undefined && !isValidScore(input.score)) return { ok: false, reason: 'invalid-score' };

  const ratings: GoalRating[] = input.score === undefined ? [] : [copyRating({ score: input.score, at: input.at, note: input.note })];
  const goal: Goal = {
    id: input.id,
    text: input.text,
    status: 'active',
    createdAt: input.at,
    statusChangedAt: input.at,
    ratings,
  };
  return { ok: true, record: { ...record, goals: [...record.goals, goal], updatedAt: input.at }, goal };
}

/**
 * Adds a rating to an active goal. Fails with `not-found`, `not-active` (paused, achieved and
 * retired goals are not rated) or `invalid-score` (not a whole number from 0 to 10).
 */
export function rateGoal(record: WellbeingRecord, goalId: string, rating: GoalRating): GoalChange {
  const goal = record.goals.find((candidate) => candidate.id === goalId);
  if (goal === undefined) return { ok: false, reason: 'not-found' };
  if (goal.status !== 'active') return { ok: false, reason: 'not-active' };
  if (!isValidScore(rating.score)) return { ok: false, reason: 'invalid-score' };

  const rated: Goal = { ...goal, ratings: [...goal.ratings, copyRating(rating)] };
  return { ok: true, record: withGoal(record, rated, rating.at), goal: rated };
}

/**
 * Pauses, resumes, marks achieved, retires or reopens a goal. Making a goal active again fails
 * with `too-many-active` when `maxActiveGoals` are already active. Setting the status it already
 * has succeeds and changes nothing (the record comes back as it was).
 */
export function setGoalStatus(record: WellbeingRecord, goalId: string, status: GoalStatus, at: string): GoalChange {
  const goal = record.goals.find((candidate) => candidate.id === goalId);
  if (goal === undefined) return { ok: false, reason: 'not-found' };
  // A repeated tap on "pause" should not look like a new change of mind.
  if (goal.status === status) return { ok: true, record, goal };
  if (status === 'active' && activeGoals(record).length >= maxActiveGoals) return { ok: false, reason: 'too-many-active' };

  const changed: Goal = { ...goal, status, statusChangedAt: at };
  return { ok: true, record: withGoal(record, changed, at), goal: changed };
}

/** How far a goal has moved from its first rating to its latest one. */
export function goalProgress(goal: Goal): GoalProgress {
  const first = goal.ratings[0];
  const latest = goal.ratings[goal.ratings.length - 1];
  if (first === undefined || latest === undefined) return { goal, meaningful: false, direction: 'not-rated' };
  if (goal.ratings.length === 1) return { goal, first, latest, meaningful: false, direction: 'one-rating' };

  const change = latest.score - first.score;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return { goal, first, latest, change, meaningful: change >= meaningfulChange, direction };
}

/**
 * {@link goalProgress} as it stood right after the rating made at `ratingAt`. A check-in's summary
 * shows this, so a rating given meanwhile in another conversation of the same person is never
 * reported as this one's. Undefined when that rating is no longer in the record.
 */
export function progressAsRated(goal: Goal, ratingAt: string): GoalProgress | undefined {
  const index = goal.ratings.findIndex((rating) => rating.at === ratingAt);
  return index < 0 ? undefined : goalProgress({ ...goal, ratings: goal.ratings.slice(0, index + 1) });
}
