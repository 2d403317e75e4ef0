import { describe, expect, it } from 'vitest';
import { DirectLineAdapter } from '../../adapters/webchat/webchat-adapter';
import { openTestMemoryStores, openTestRedisStores } from '../support/test-stores';

describe.each([
  ['memory', async () => openTestMemoryStores()],
  ['redis', () => openTestRedisStores()],
])('proactive web chat messages (%s)', (_name, open) => {
  it('are kept in the history while the person is away, ready when they come back', async () => {
    const stores = await open();
    try {
      await stores.directLine.createConversation({ conversationId: 'away-1', userId: 'dl_person_0123456789abcdef', createdAt: new Date().toISOString() });
      const adapter = new DirectLineAdapter({ history: stores.directLine, botId: 'bot', botName: 'Living Well companion', now: () => Date.now() });
      // As a reminder job will: from a stored conversation reference, with no one connected.
      await adapter.continueConversation(
        { channelId: 'webchat', conversation: { id: 'away-1', isGroup: false, conversationType: 'personal', name: '' }, user: { id: 'dl_person_0123456789abcdef', name: '' }, bot: { id: 'bot', name: '' }, serviceUrl: 'urn:test' },
        async (context) => {
          await context.sendActivity('A gentle reminder: how are your goals going?');
        },
      );
      const page = await stores.directLine.since('away-1', 0, 10);
      expect(page.activities).toHaveLength(1);
      expect(page.activities[0]).toMatchObject({
        type: 'message',
        text: 'A gentle reminder: how are your goals going?',
        from: { id: 'bot', role: 'bot' },
        recipient: { id: 'dl_person_0123456789abcdef' },
        id: 'away-1|1',
      });
    } finally {
      await stores.close();
    }
  });
});
