import type { CallbackCards } from '../../../src/teams/callback-cards';
import { callbackRequestCard } from './callback-request-card';
import { monthlyDigestCard } from './monthly-digest-card';
import { morningDigestCard } from './morning-digest-card';
import { noticeCard } from './notice-card';
import { outcomePromptCard } from './outcome-prompt-card';
import { reviewCard } from './review-card';

/** The practitioners' cards as Adaptive Cards 1.5 for Teams. */
export const teamsCallbackCards: CallbackCards = {
  requestCard: callbackRequestCard,
  outcomePrompt: outcomePromptCard,
  reviewCard,
  morningDigest: morningDigestCard,
  monthlyDigest: monthlyDigestCard,
  notice: noticeCard,
};
