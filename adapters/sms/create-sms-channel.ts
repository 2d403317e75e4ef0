import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import type { Channel } from '../channel';
import { smsChannelId } from './sms-adapter';
import { SmsChannel, type SmsChannelOptions } from './sms-channel';
import type { SmsSettings } from './sms-settings';
import { TwilioRestClient } from './twilio-rest-client';

/** Inbound messages one number may send in a window before its messages stop running turns. */
export const smsInboundRule = { name: 'sms-in', points: 30, windowSeconds: 300 } as const;

/** The SMS channel over Twilio, over the stores and the shared turn logic. */
export function createSmsChannel(
  settings: SmsSettings,
  stores: Stores,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  clock: Clock,
  safetyFallback: SmsChannelOptions['safetyFallback'],
  onOptOut?: SmsChannelOptions['onOptOut'],
): Channel<SmsChannel> {
  const channel = new SmsChannel({
    settings,
    store: stores.sms,
    sender: new TwilioRestClient(settings),
    inboundLimit: stores.rateLimit(smsInboundRule),
    // One notice per window: the first message over the limit gets it, later ones nothing.
    noticeLimit: stores.rateLimit({ name: 'sms-in-notice', points: 1, windowSeconds: smsInboundRule.windowSeconds }),
    logic,
    onTurnError: createTurnErrorHandler(logger, stores.references),
    logger,
    clock,
    references: stores.references,
    safetyFallback,
    ...(onOptOut === undefined ? {} : { onOptOut }),
    teamFor: async (phoneE164) => {
      const area = (await stores.people.get(`${smsChannelId}:${phoneE164}`))?.area;
      if (area === undefined || area === 'elsewhere') return undefined;
      const entry = await stores.teams.get(area);
      return entry === undefined ? undefined : { teamName: entry.teamName, phone: entry.phone };
    },
  });
  // Replies over the TwiML budget are sent by REST after the webhook was answered: draining sends them.
  return { name: smsChannelId, endpoints: channel, drain: () => channel.drain() };
}
