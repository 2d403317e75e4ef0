import type { ConnectorClientOptions } from 'botframework-connector';
import { z } from 'zod';
import type { Clock } from '../../src/domain/clock';
import { ConnectorRefusal, retryAfterMs } from './connector-refusal';

type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type OutgoingRequest = Parameters<ConnectorHttpClient['sendRequest']>[0];
type IncomingResponse = Awaited<ReturnType<ConnectorHttpClient['sendRequest']>>;
type ResponseHeadersLike = IncomingResponse['headers'];

/** The Bot Framework error body (`{ error: { code, message } }`): only the code is read. */
const errorBodySchema = z.object({ error: z.object({ code: z.string().max(100) }) });

/**
 * The HTTP leg of the send pipeline's ConnectorClients: one request, one attempt. Any answer but
 * 2xx, and any failure to get one, is thrown as a {@link ConnectorRefusal}; that is not an error
 * botbuilder's retry policy retries (it retries only its own RestErrors), so its built-in retries
 * of 429 and 5xx never run and every attempt goes through the pipeline's budget and its own
 * retry rules. `timeoutMs` bounds each attempt.
 */
export function singleAttemptHttpClient(clock: Clock, timeoutMs: number): ConnectorHttpClient {
  return {
    sendRequest: async (request: OutgoingRequest): Promise<IncomingResponse> => {
      let response: Response;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.toJson({ preserveCase: true }),
          ...(typeof request.body === 'string' ? { body: request.body } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        throw new ConnectorRefusal(undefined, undefined, undefined);
      }
      const bodyAsText = await response.text().catch(() => '');
      if (!response.ok) {
        const parsed = errorBodySchema.safeParse(parseJson(bodyAsText));
        throw new ConnectorRefusal(response.status, parsed.success ? parsed.data.error.code : undefined, retryAfterMs(response.headers.get('retry-after'), clock.now()));
      }
      return { request, status: response.status, headers: new ResponseHeaders(response.headers), bodyAsText };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A response's headers in the shape botbuilder's HTTP layer reads (names lower-cased). */
class ResponseHeaders implements ResponseHeadersLike {
  private readonly entries = new Map<string, string>();

  constructor(source?: Iterable<[string, string]>) {
    for (const [name, value] of source ?? []) this.entries.set(name.toLowerCase(), value);
  }

  set(name: string, value: string | number): void {
    this.entries.set(name.toLowerCase(), String(value));
  }

  get(name: string): string | undefined {
    return this.entries.get(name.toLowerCase());
  }

  contains(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  remove(name: string): boolean {
    return this.entries.delete(name.toLowerCase());
  }

  rawHeaders(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }

  headersArray(): Array<{ name: string; value: string }> {
    return [...this.entries].map(([name, value]) => ({ name, value }));
  }

  headerNames(): string[] {
    return [...this.entries.keys()];
  }

  headerValues(): string[] {
    return [...this.entries.values()];
  }

  clone(): ResponseHeaders {
    return new ResponseHeaders(this.entries);
  }

  toJson(): Record<string, string> {
    return this.rawHeaders();
  }
}
