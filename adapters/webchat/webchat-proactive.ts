import type { DirectLineHistory } from '../../src/store/ports';
import type { DirectLineAdapter } from './webchat-adapter';
import { webChatChannelId, webChatServiceUrl } from './webchat-adapter';

/**
 * The one way a message goes, outside any turn, into a given web chat conversation: it is kept in
 * the history (and reaches an open stream), so the page shows it when the person comes back.
 */
export async function sendIntoConversation(adapter: DirectLineAdapter, botId: string, conversationId: string, userId: string, text: string): Promise<void> {
  const reference = {
    channelId: webChatChannelId,
    serviceUrl: webChatServiceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    user: { id: userId, name: '' },
    bot: { id: botId, name: '' },
  };
  await adapter.continueConversation(reference, async (context) => {
    await context.sendActivity(text);
  });
}

/**
 * Sends a message, outside any turn, into the person's newest web chat conversation. Resolves
 * false when they have no conversation left (expired or erased): there is nowhere to put it.
 */
export async function sendToWebChatUser(adapter: DirectLineAdapter, history: DirectLineHistory, botId: string, userId: string, text: string): Promise<boolean> {
  const conversations = await Promise.all((await history.conversationsOf(userId)).map((id) => history.getConversation(id)));
  const newest = conversations.filter((conversation) => conversation !== undefined).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  if (newest === undefined) return false;
  await sendIntoConversation(adapter, botId, newest.conversationId, userId, text);
  return true;
}
