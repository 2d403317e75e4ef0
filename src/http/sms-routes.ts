import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { jsonRoute } from './json-route';

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

const formFieldsSchema = z.record(z.string(), z.string());

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

function webhookOf(req: Request): SmsWebhook {
  const signature = req.header('x-twilio-signature');
  return { signature: signature === '' ? undefined : signature, params: parseFormBody(req) };
}

/**
 * The raw body (read by restify's bodyReader) as form fields.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE unless it is `application/x-www-form-urlencoded`;
 *   BAD_REQUEST when a field is repeated (Twilio never repeats one, and the signature covers each once).
 */
function parseFormBody(req: Request): Record<string, string> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.header('content-type') ?? '')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the webhook form-encoded (application/x-www-form-urlencoded), as Twilio does.');
  }
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) {
    if (fields.has(name)) throw new AppError('BAD_REQUEST', `The field ${name.slice(0, 40)} is repeated.`);
    fields.set(name, value);
  }
  const parsed = formFieldsSchema.safeParse(Object.fromEntries(fields));
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'The form body could not be read.');
  return parsed.data;
}
