import type { DirectLineHistory } from '../../src/store/ports';
import type { DirectLineAdapter } from './webchat-adapter';
import { webChatChannelId, webChatServiceUrl } from './webchat-adapter';

/**
 * Sends a message, outside any turn, into the person's newest web chat conversation: it waits in
 * the history and the page shows it when they come back. Resolves false when they have no
 * conversation left (expired or erased): there is nowhere to put it.
 */
export async function sendToWebChatUser(adapter: DirectLineAdapter, history: DirectLineHistory, botId: string, userId: string, text: string): Promise<boolean> {
  const conversations = await Promise.all((await history.conversationsOf(userId)).map((id) => history.getConversation(id)));
  const newest = conversations.filter((conversation) => conversation !== undefined).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  if (newest === undefined) return false;
  await adapter.continueConversation(
    {
      channelId: webChatChannelId,
      conversation: {
        id: newest.conversationId,
        isGroup: false,
        conversationType: 'personal',
        name: '',
      },
      user: { id: userId, name: '' },
      bot: { id: botId, name: '' },
      serviceUrl: webChatServiceUrl,
    },
    async (context) => {
      await context.sendActivity(text);
    },
  );
  return true;
}
