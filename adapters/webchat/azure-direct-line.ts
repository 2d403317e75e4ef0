import { z } from 'zod';
import { AppError } from '../../src/domain/app-error';

const generatedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export interface AzureDirectLineOptions {
  /** The Direct Line channel secret from the Azure Bot resource. Never leaves the server. */
  readonly secret: string;
  /** e.g. https://directline.botframework.com (or a regional / private endpoint). */
  readonly baseUrl: string;
  /** How long to wait for Azure before telling the page to retry. */
  readonly timeoutMs: number;
}

/**
 * For sites that deploy on Azure Direct Line: exchanges the channel secret for a conversation
 * token bound to the person's user id (`POST /v3/directline/tokens/generate`), so the browser
 * gets a short-lived token and never the secret.
 */
export class AzureDirectLine {
  constructor(private readonly options: AzureDirectLineOptions) {}

  /** Where the page's Direct Line client should connect. */
  get domain(): string {
    return `${this.options.baseUrl.replace(/\/$/, '')}/v3/directline`;
  }

  /** @throws AppError UPSTREAM_UNAVAILABLE when Azure does not answer as documented. */
  async generateToken(userId: string): Promise<z.infer<typeof generatedTokenSchema>> {
    let response: Response;
    try {
      response = await fetch(`${this.domain}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (cause) {
      throw new AppError('UPSTREAM_UNAVAILABLE', 'Azure Direct Line did not answer.', { cause, retryAfterSeconds: 5 });
    }
    if (!response.ok) {
      throw new AppError('UPSTREAM_UNAVAILABLE', `Azure Direct Line refused the token request (${response.status}).`, { retryAfterSeconds: 5 });
    }
    const parsed = generatedTokenSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new AppError('UPSTREAM_UNAVAILABLE', 'Azure Direct Line answered with an unexpected body.');
    return parsed.data;
  }
}
