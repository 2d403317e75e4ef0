/**
 * A Bot Connector request that did not succeed: its HTTP status (undefined: no answer, e.g. the
 * connection failed or timed out), Teams' error code from the body, and `Retry-After` in ms.
 * Ids and codes only, never the request or its body.
 */
export class ConnectorRefusal extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly retryAfterMs: number | undefined,
  ) {
    super(status === undefined ? 'the Bot Connector did not answer' : `the Bot Connector answered ${status}${code === undefined ? '' : ` ${code}`}`);
    this.name = 'ConnectorRefusal';
  }
}

/** `Retry-After` in ms: seconds or an HTTP date (against `now`); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
