import type { TeamsMessage } from '../../src/teams/teams-sender';

/** The Adaptive Card content type, as Teams and the Bot Connector name it. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/**
 * A message activity for a {@link TeamsMessage}. A card goes alone, with the notification text as
 * the activity's `summary` (what Teams shows in notifications and the activity feed): Teams turns
 * text plus an attachment into two messages, answers such a send without one activity id, and
 * refuses to update such a message ("Activity resulted into multiple skype activities").
 */
export function teamsMessageActivity(message: TeamsMessage) {
  return message.card === undefined
    ? { type: 'message', text: message.text }
    : { type: 'message', summary: message.text, attachments: [{ contentType: adaptiveCardContentType, content: message.card }] };
}
