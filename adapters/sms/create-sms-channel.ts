import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { createTurnErrorHandler } from '../../src/bot/turn-error-handler';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import { smsChannelId } from './sms-adapter';
import { SmsChannel, type SmsChannelOptions } from './sms-channel';
import { TwilioRestClient } from './twilio-rest-client';

/** What the composition root hands the SMS channel (from TWILIO_* and PUBLIC_URL). */
export interface SmsSettings {
  readonly accountSid: string;
  readonly authToken: string;
  readonly sender: { readonly messagingServiceSid: string } | { readonly from: string };
  /** Twilio's REST API base, e.g. `https://api.twilio.com`; no trailing slash. */
  readonly apiBaseUrl: string;
  /** `https://host` the webhooks are configured with; no trailing slash. */
  readonly publicUrl: string;
  readonly twimlBudgetMs: number;
}

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
): SmsChannel {
  return new SmsChannel({
    accountSid: settings.accountSid,
    authToken: settings.authToken,
    publicUrl: settings.publicUrl,
    twimlBudgetMs: settings.twimlBudgetMs,
    store: stores.sms,
    sender: new TwilioRestClient({
      accountSid: settings.accountSid,
      authToken: settings.authToken,
      sender: settings.sender,
      apiBaseUrl: settings.apiBaseUrl,
      statusCallbackUrl: `${settings.publicUrl}/api/sms/status`,
    }),
    inboundLimit: stores.rateLimit(smsInboundRule),
    // One notice per window: the first message over the limit gets it, later ones nothing.
    noticeLimit: stores.rateLimit({ name: 'sms-in-notice', points: 1, windowSeconds: smsInboundRule.windowSeconds }),
    logic,
    onTurnError: createTurnErrorHandler(logger, stores.references),
    logger,
    clock,
    references: stores.references,
    safetyFallback,
    teamFor: async (phoneE164) => {
      const area = (await stores.people.get(`${smsChannelId}:${phoneE164}`))?.area;
      if (area === undefined || area === 'elsewhere') return undefined;
      const entry = await stores.teams.get(area);
      return entry === undefined ? undefined : { teamName: entry.teamName, phone: entry.phone };
    },
  });
}
