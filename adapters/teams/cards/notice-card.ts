import type { CardNotice } from '../../../src/teams/callback-cards';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { adaptiveCard, textBlock } from './adaptive-card';

const noticeTexts: Readonly<Record<CardNotice, string>> = {
  'not-allowed': "You don't have a role at this team's site, so nothing was changed. A site admin can add you.",
  gone: 'This callback request is no longer here (the person may have deleted their data).',
  'not-understood': "That action wasn't understood, so nothing was changed.",
  unavailable: "That didn't go through just now. Please try again in a moment.",
};

/** A short note as a card (no request details: a refusal tells an outsider nothing). */
export function noticeCard(notice: CardNotice): TeamsMessage {
  const text = noticeTexts[notice];
  return { text, card: adaptiveCard([textBlock(text)]) };
}
