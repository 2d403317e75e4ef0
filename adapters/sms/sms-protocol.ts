import { z } from 'zod';

/** A Twilio webhook as the HTTP layer hands it over: the signature header and the form fields. */
export interface SmsWebhookRequest {
  readonly signature: string | undefined;
  readonly params: Readonly<Record<string, string>>;
}

/** E.164, as Twilio gives SMS numbers. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/);

/** The fields of an inbound message webhook the channel relies on; others (FromCity, ...) are ignored. */
export const inboundSmsSchema = z.object({
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/),
  AccountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  From: e164Schema,
  To: z.string().min(1).max(64),
  Body: z.string().default(''),
  NumMedia: z.coerce.number().int().min(0).max(10).default(0),
});
export type InboundSms = z.infer<typeof inboundSmsSchema>;

/** A delivery report (status callback). */
export const smsStatusSchema = z.object({
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/),
  MessageStatus: z.string().regex(/^[a-z_-]{1,32}$/),
  ErrorCode: z.string().regex(/^\d{1,8}$/).optional(),
});
export type SmsStatus = z.infer<typeof smsStatusSchema>;
