import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { jsonRoute } from './json-route';
import { formBody } from './request-parts';

/** A Twilio webhook as HTTP delivers it: the `X-Twilio-Signature` header and the form fields. */
export interface SmsWebhook {
  readonly signature: string | undefined;
  readonly params: Readonly<Record<string, string>>;
}

/** The SMS channel as the HTTP layer needs it (implemented by adapters/sms). */
export interface SmsEndpoints {
  /**
   * An inbound message: resolves the TwiML to answer with.
   * @throws AppError FORBIDDEN for a missing or wrong signature.
   */
  receiveMessage(webhook: SmsWebhook): Promise<string>;
  /**
   * A delivery status report.
   * @throws AppError FORBIDDEN for a missing or wrong signature.
   */
  receiveStatus(webhook: SmsWebhook): Promise<void>;
}

export interface SmsRoutesOptions {
  readonly endpoints: SmsEndpoints;
  readonly logger: Logger;
}

/** The message webhook's path (Twilio's "A message comes in" URL is `<PUBLIC_URL>` + this). */
export const smsMessagePath = '/api/sms';
/** Where Twilio reports delivery (the StatusCallback of messages sent by REST). */
export const smsStatusPath = '/api/sms/status';

/** Any fields: the channel checks the signature over all of them before it reads any. */
const webhookFields = { schema: z.record(z.string(), z.string()), hint: 'The form body could not be read.' };

/** Mounts `POST /api/sms` (TwiML answers) and `POST /api/sms/status` (204). Mounted only when SMS is on. */
export function mountSmsRoutes(server: Server, options: SmsRoutesOptions): void {
  const { endpoints, logger } = options;
  server.post(
    smsMessagePath,
    jsonRoute(logger, async (req, res) => {
      const twiml = await endpoints.receiveMessage(webhookOf(req));
      res.sendRaw(200, twiml, { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' });
    }),
  );
  server.post(
    smsStatusPath,
    jsonRoute(logger, async (req, res) => {
      await endpoints.receiveStatus(webhookOf(req));
      res.send(204);
    }),
  );
}

/** A webhook as Twilio sends it: form-encoded, each field once (the signature covers each once). */
function webhookOf(req: Request): SmsWebhook {
  const signature = req.header('x-twilio-signature');
  return { signature: signature === '' ? undefined : signature, params: formBody(req, webhookFields) };
}
