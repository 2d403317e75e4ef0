import type { CallbackOutcome } from '../domain/callbacks/callback-outcome';
import type { CallbackCardView } from '../domain/teams/callback-card-view';
import type { CallbackReviewView } from '../domain/teams/callback-review-view';
import type { MorningDigestView } from '../domain/teams/morning-digest';
import type { MonthlyDigestView } from '../domain/teams/monthly-digest';
import type { TeamsMessage } from './teams-sender';

/** What the outcome prompt shows: the request it is for, and what was recorded (once it was). */
export interface OutcomePromptView {
  readonly callbackId: string;
  readonly reference: string;
  readonly recorded?: Pick<CallbackOutcome, 'contactOutcome' | 'supportOffered' | 'goalsAgreed'>;
}

/** Short notes instead of a card's content: a refusal, a request that is gone, a failure to try again. */
export type CardNotice = 'not-allowed' | 'gone' | 'not-understood' | 'unavailable';

/**
 * The practitioners' cards as Teams messages (Adaptive Card 1.5 with notification text), built
 * from the facts the domain computes; implemented in adapters/teams/cards/. Never personal
 * details beyond the view's first name and initial.
 */
export interface CallbackCards {
  /** The callback request card (also the "waiting too long" nudge, when `view.overdue`). */
  requestCard(view: CallbackCardView): TeamsMessage;
  /** The outcome prompt after "Contacted", or what was recorded. */
  outcomePrompt(view: OutcomePromptView): TeamsMessage;
  /** The review prompt at a contacted request's review date, or what was recorded. */
  reviewCard(view: CallbackReviewView): TeamsMessage;
  /** The channel's morning digest. */
  morningDigest(view: MorningDigestView): TeamsMessage;
  /** The channel's monthly digest of last month's outcome figures, with a link to the Reports page. */
  monthlyDigest(view: MonthlyDigestView): TeamsMessage;
  /** A short note card. */
  notice(notice: CardNotice): TeamsMessage;
}
