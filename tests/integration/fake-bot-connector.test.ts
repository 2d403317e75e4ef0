import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.js';

/** The fake answers botbuilder's own Bot Connector client as the service does. */
describe('the fake Bot Connector, driven by botframework-connector', () => {
  let connector: FakeBotConnector;
  let client: ConnectorClient;

  beforeEach(async () => {
    connector = await startFakeBotConnector();
    // No app id: no token, as the Emulator runs (the anonymous mode).
    client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: connector.serviceUrl });
  });
  afterEach(async () => {
    await connector.close();
  });

  it('records sends and replies, keeps an activity updated in place, and creates conversations', async () => {
    const sent = await client.conversations.sendToConversation('19:channel@thread.tacv2', { type: 'message', text: 'a card' });
    expect(sent.id).toEqual(expect.any(String));
    await client.conversations.updateActivity('19:channel@thread.tacv2', sent.id, { type: 'message', text: 'claimed', id: sent.id });
    expect(connector.activity('19:channel@thread.tacv2', sent.id)).toMatchObject({ text: 'claimed' });
    expect(connector.activities.map((activity) => activity.operation)).toEqual(['send', 'update']);

    const made = await client.conversations.createConversation({
      isGroup: false,
      bot: { id: '28:bot', name: 'bot' },
      members: [{ id: '29:practitioner', name: 'Sam' }],
      tenantId: 'tenant-a',
      channelData: { tenant: { id: 'tenant-a' } },
    });
    expect(made.id).toMatch(/^a:/);
    expect(connector.created[0]?.parameters).toMatchObject({ tenantId: 'tenant-a' });
  });

  it('plays Teams error codes in the REST error shape, and answers 429 with Retry-After', async () => {
    connector.failNext({ status: 403, code: 'ConversationBlockedByUser', operations: ['send'] });
    await expect(client.conversations.sendToConversation('a:blocked', { type: 'message', text: 'x' })).rejects.toMatchObject({
      statusCode: 403,
      code: 'ConversationBlockedByUser',
    });
    connector.failNext({ status: 404, code: 'ConversationNotFound', conversationId: 'a:gone' });
    await expect(client.conversations.sendToConversation('a:gone', { type: 'message', text: 'x' })).rejects.toMatchObject({ statusCode: 404 });

    // One 429: botbuilder's client waits Retry-After and tries again; the fake saw both attempts.
    connector.failNext({ status: 429, retryAfterSeconds: 0 });
    const after = await client.conversations.sendToConversation('a:busy', { type: 'message', text: 'x' });
    expect(after.id).toEqual(expect.any(String));
    expect(connector.requests.filter((request) => request.conversationId === 'a:busy').map((request) => request.status)).toEqual([429, 201]);
  });

  it('answers roster lookups by 29: id or Entra object id', async () => {
    connector.setRoster('19:channel@thread.tacv2', [{ id: '29:sam', name: 'Sam', aadObjectId: 'aad-sam' }]);
    const members = await client.conversations.getConversationPagedMembers('19:channel@thread.tacv2');
    expect(members.members.map((member) => member.id)).toEqual(['29:sam']);
    await expect(client.conversations.getConversationMember('19:channel@thread.tacv2', '29:nobody')).rejects.toMatchObject({ statusCode: 404 });
  });
});
