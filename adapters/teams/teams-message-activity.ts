import type { TeamsMessage } from '../../src/teams/teams-sender';

/** The Adaptive Card content type, as Teams and the Bot Connector name it. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A message activity for a {@link TeamsMessage}: the text, and the card as an Adaptive Card attachment. */
export function teamsMessageActivity(message: TeamsMessage) {
  return {
    type: 'message',
    text: message.text,
    ...(message.card === undefined ? {} : { attachments: [{ contentType: adaptiveCardContentType, content: message.card }] }),
  };
}
