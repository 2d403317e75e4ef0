import type { Activity } from 'botbuilder';

/**
 * The export as a message: a JSON attachment (contentType application/json, the document as its
 * content) that Web Chat offers as a download.
 */
export function exportReply(document: Record<string, unknown>): Partial<Activity> {
  return {
    type: 'message',
    text: 'Here is everything I hold about you, as a JSON file.',
    attachments: [{ contentType: 'application/json', name: 'living-well-companion-my-data.json', content: document }],
  };
}
