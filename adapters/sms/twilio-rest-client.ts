import { z } from 'zod';
import { AppError } from '../../src/domain/app-error';
import { smsWebhookUrls, type SmsSettings } from './sms-settings';

/** How the client retries; every part has a default. */
export interface TwilioRetryOptions {
  /** Per attempt; default 10 s. */
  readonly timeoutMs?: number;
  /** Attempts in all (default 3): 429, 5xx and network failures are retried. */
  readonly attempts?: number;
  /** First backoff before jitter (default 500 ms); doubles per attempt. */
  readonly baseDelayMs?: number;
  /** Longest wait honoured from Retry-After (default 10 s). */
  readonly maxDelayMs?: number;
  /** For tests: how to wait between attempts. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The parts of Twilio's Message resource the channel uses. */
const sentMessageSchema = z.object({ sid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/), status: z.string() });
export type SentMessage = z.infer<typeof sentMessageSchema>;

/** Twilio's error body: `{ code, message, more_info, status }`. Only the code is kept (messages may quote numbers). */
const twilioErrorSchema = z.object({ code: z.number().int() });

const retryableStatus = (status: number) => status === 429 || status >= 500;

/**
 * Sends SMS through Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`) with
 * fetch, so the base URL can point at a fake. Retries 429 and 5xx (and network failures) with
 * jittered backoff, honouring Retry-After.
 */
export class TwilioRestClient {
  private readonly sleep: (ms: number) => Promise<void>;

  private readonly statusCallbackUrl: string;

  /** Sends as the account in `settings`; delivery reports go to the status webhook under its `publicUrl`. */
  constructor(
    private readonly settings: SmsSettings,
    private readonly retry: TwilioRetryOptions = {},
  ) {
    this.sleep = retry.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.statusCallbackUrl = smsWebhookUrls(settings).status;
  }

  /**
   * Sends one message body to an E.164 number.
   * @throws AppError UPSTREAM_UNAVAILABLE when Twilio refuses it (e.g. 21610, the number opted out)
   *   or is still failing after the last attempt; the message carries Twilio's error code, never the number.
   */
  async sendMessage(to: string, body: string): Promise<SentMessage> {
    const { accountSid, authToken, sender, apiBaseUrl } = this.settings;
    const url = `${apiBaseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const form = new URLSearchParams({ To: to, Body: body, StatusCallback: this.statusCallbackUrl });
    if ('messagingServiceSid' in sender) form.set('MessagingServiceSid', sender.messagingServiceSid);
    else form.set('From', sender.from);
    const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    const attempts = this.retry.attempts ?? 3;

    let lastProblem = 'no attempt made';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: form.toString(),
          signal: AbortSignal.timeout(this.retry.timeoutMs ?? 10_000),
        });
      } catch (error) {
        lastProblem = `network failure (${error instanceof Error ? error.name : 'unknown'})`;
        if (attempt < attempts) await this.sleep(this.backoff(attempt, undefined));
        continue;
      }
      const json: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const parsed = sentMessageSchema.safeParse(json);
        if (!parsed.success) throw new AppError('UPSTREAM_UNAVAILABLE', `Twilio answered ${response.status} with an unexpected body`);
        return parsed.data;
      }
      const code = twilioErrorSchema.safeParse(json);
      lastProblem = `Twilio answered ${response.status}${code.success ? ` (error ${code.data.code})` : ''}`;
      if (!retryableStatus(response.status)) break;
      if (attempt < attempts) await this.sleep(this.backoff(attempt, response.headers.get('retry-after')));
    }
    throw new AppError('UPSTREAM_UNAVAILABLE', `sending an SMS failed: ${lastProblem}`);
  }

  /** Retry-After when Twilio gives one (capped), otherwise exponential backoff with jitter (half to all of the step). */
  private backoff(attempt: number, retryAfter: string | null | undefined): number {
    const maxDelayMs = this.retry.maxDelayMs ?? 10_000;
    const waitMs = retryAfterMs(retryAfter);
    if (waitMs !== undefined) return Math.min(waitMs, maxDelayMs);
    const ceiling = Math.min((this.retry.baseDelayMs ?? 500) * 2 ** (attempt - 1), maxDelayMs);
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null | undefined): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
