import { isIP } from 'node:net';

/**
 * Whether an unauthenticated (anonymous mode) activity may have its replies sent to `serviceUrl`:
 * a loopback address (localhost, 127.0.0.0/8, ::1), where the Emulator runs, or one of
 * `allowedOrigins` (ANONYMOUS_SERVICE_URLS). Anything else would let anyone make the service send
 * requests to a host of their choosing.
 */
export function anonymousMayReplyTo(serviceUrl: string, allowedOrigins: readonly string[]): boolean {
  if (!URL.canParse(serviceUrl)) return false;
  const url = new URL(serviceUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowedOrigins.includes(url.origin)) return true;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}
