import { describe, expect, it } from 'vitest';
import { inboundActivitySchema } from '../../adapters/bot-connector/bot-connector-protocol';
import { baseActivitySchema, inboundActivity, proactiveActivity, type InboundActivityParts } from '../../adapters/channel';
import { smsChannelId, smsServiceUrl } from '../../adapters/sms/sms-adapter';
import { webChatChannelId, webChatServiceUrl } from '../../adapters/webchat/webchat-adapter';

const timestamp = new Date('2026-12-07T09:30:00Z');
const webChat: InboundActivityParts = {
  type: 'message',
  channelId: webChatChannelId,
  serviceUrl: webChatServiceUrl,
  conversationId: 'c0nversation',
  userId: 'dl_abcdefghijklmnop',
  botId: 'living-well-companion',
  timestamp,
};
const sms: InboundActivityParts = {
  type: 'message',
  channelId: smsChannelId,
  serviceUrl: smsServiceUrl,
  conversationId: 'sms:+447700900123',
  userId: '+447700900123',
  botId: '+447700900999',
  timestamp,
};

describe('inboundActivity', () => {
  it.each([
    ['web chat message', webChat],
    ['web chat start', { ...webChat, type: 'conversationUpdate' }],
    ['SMS message', sms],
  ])('builds a %s the base schema and the Bot Connector protocol both accept', (_name, parts) => {
    const activity = inboundActivity(parts, { text: 'hello' });
    expect(baseActivitySchema.safeParse(activity).success).toBe(true);
    expect(inboundActivitySchema.safeParse(activity).success).toBe(true);
  });

  it('addresses a one-to-one conversation from the person to the bot', () => {
    expect(inboundActivity(sms, { id: 'SM1', text: 'hi' })).toEqual({
      id: 'SM1',
      text: 'hi',
      type: 'message',
      channelId: 'sms',
      serviceUrl: 'https://sms.channel.invalid/',
      conversation: { id: 'sms:+447700900123', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: '+447700900123', name: '', role: 'user' },
      recipient: { id: '+447700900999', name: '', role: 'bot' },
      timestamp,
    });
  });

  it('never lets the content speak as someone else or move the conversation', () => {
    const posted = {
      type: 'event',
      channelId: 'msteams',
      serviceUrl: 'https://attacker.test/',
      conversation: { id: 'someone-else', isGroup: true, conversationType: 'group', name: '' },
      from: { id: 'dl_someoneelse00000000', name: 'Admin', role: 'bot' },
      recipient: { id: 'x', name: '', role: 'user' },
      text: 'kept',
    };
    const activity = inboundActivity(webChat, posted);
    expect(activity).toMatchObject({
      type: 'message',
      channelId: 'webchat',
      serviceUrl: webChatServiceUrl,
      conversation: { id: 'c0nversation', isGroup: false },
      from: { id: 'dl_abcdefghijklmnop', role: 'user' },
      recipient: { id: 'living-well-companion', role: 'bot' },
      text: 'kept',
    });
  });
});

describe('proactiveActivity', () => {
  it('is a continueConversation event from the reference user to the reference bot', () => {
    const activity = proactiveActivity({
      channelId: smsChannelId,
      serviceUrl: smsServiceUrl,
      conversation: { id: 'sms:+447700900123', isGroup: false, conversationType: 'personal', name: '' },
      user: { id: '+447700900123', name: '' },
      bot: { id: '+447700900999', name: '' },
    });
    expect(activity).toMatchObject({
      type: 'event',
      name: 'continueConversation',
      channelId: 'sms',
      serviceUrl: smsServiceUrl,
      conversation: { id: 'sms:+447700900123' },
      from: { id: '+447700900123' },
      recipient: { id: '+447700900999' },
    });
    expect(baseActivitySchema.safeParse(activity).success).toBe(true);
  });
});
