/** Who messages come from: a Messaging Service (its pool and compliance settings) or one number. */
export type SmsFrom = { readonly messagingServiceSid: string } | { readonly from: string };

/**
 * The SMS channel's settings (TWILIO_* and PUBLIC_URL), built once by the configuration and handed
 * to the channel and its REST client whole.
 */
export interface SmsSettings {
  readonly accountSid: string;
  /** Checks X-Twilio-Signature on webhooks and authenticates REST sends. */
  readonly authToken: string;
  readonly sender: SmsFrom;
  /** Twilio's REST API, e.g. `https://api.twilio.com` (tests point it at a fake); no trailing slash. */
  readonly apiBaseUrl: string;
  /** `https://host` Twilio's webhooks are configured with; no trailing slash. */
  readonly publicUrl: string;
  /** How long an inbound message's turn may take before the replies go by REST instead of TwiML (0: always by REST). */
  readonly twimlBudgetMs: number;
}

/** The webhook URLs exactly as Twilio calls (and signs) them: messages, and delivery reports. */
export function smsWebhookUrls(settings: Pick<SmsSettings, 'publicUrl'>): { readonly message: string; readonly status: string } {
  return { message: `${settings.publicUrl}/api/sms`, status: `${settings.publicUrl}/api/sms/status` };
}
