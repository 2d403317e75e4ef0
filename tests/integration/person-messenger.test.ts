import { describe, expect, it } from 'vitest';
import { DirectLineAdapter } from '../../adapters/webchat/webchat-adapter';
import { sendToWebChatUser } from '../../adapters/webchat/webchat-proactive';
import { channelMessenger } from '../../src/services/person-messenger';
import { AppError } from '../../src/domain/app-error';
import { openTestMemoryStores } from '../support/test-stores';

describe('sending to a person outside a turn (reminders)', () => {
  it('puts a web chat message in the newest conversation, and says when someone cannot be reached', async () => {
    const stores = openTestMemoryStores();
    const history = stores.directLine;
    const userId = 'dl_person_0123456789abcdef';
    await history.createConversation({ conversationId: 'older', userId, createdAt: '2026-12-01T10:00:00.000Z' });
    await history.createConversation({ conversationId: 'newer', userId, createdAt: '2026-12-06T10:00:00.000Z' });
    const adapter = new DirectLineAdapter({ history, botId: 'bot', botName: 'Living Well companion', now: () => Date.parse('2026-12-07T10:00:00Z') });
    const optedOut: string[] = [];
    const messenger = channelMessenger({
      webchat: (id, text) => sendToWebChatUser(adapter, history, 'bot', id, text),
      sms: async (phone) => {
        optedOut.push(phone);
        throw new AppError('FORBIDDEN', 'This number opted out.');
      },
    });

    expect(await messenger.send(`webchat:${userId}`, 'A reminder: the walk is tomorrow.')).toBe(true);
    expect((await history.since('newer', 0, 10)).activities).toMatchObject([{ type: 'message', text: 'A reminder: the walk is tomorrow.', from: { id: 'bot' } }]);
    expect((await history.since('older', 0, 10)).activities).toEqual([]);

    expect(await messenger.send('webchat:dl_nobody_0123456789abcdef', 'hello')).toBe(false);
    expect(await messenger.send('sms:+447700900123', 'hello')).toBe(false);
    expect(optedOut).toEqual(['+447700900123']);
    expect(await messenger.send('emulator:someone', 'hello')).toBe(false);
  });
});
