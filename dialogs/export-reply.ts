import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { showsCards } from './channel-capabilities';
import type { ExportLink } from './dialog-services';

/**
 * The export as a message: a card with a "Download my data" button that opens the link (web chat,
 * Teams, the Emulator), or, where there are no buttons (SMS), the link in words to open on a phone
 * or computer.
 */
export function exportReply(context: TurnContext, link: ExportLink): Partial<Activity> {
  const lasts = `It works once, in the next ${link.validForMinutes} minutes; after that, just ask me again.`;
  if (!showsCards(context)) {
    // Plain, not Markdown: a link's "_" must not be read as emphasis.
    return {
      ...MessageFactory.text(`Your data is ready as a file (${link.fileName}). To download it, open this link on a phone or computer. ${lasts}\n${link.url}`),
      textFormat: 'plain',
    };
  }
  return MessageFactory.attachment(
    CardFactory.heroCard(
      'Your data, ready to download',
      `Everything I hold about you, as a JSON file (${link.fileName}). The button downloads it. ${lasts}`,
      undefined,
      [{ type: 'openUrl', title: 'Download my data', value: link.url }],
    ),
  );
}
