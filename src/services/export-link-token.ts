import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * The token of an "export my data" link: `<id>.<expiry>.<mac>`. The id is 16 random bytes
 * (base64url) naming a waiting export in the store; the expiry is the epoch second the link stops
 * working (base 36); the mac is the first 16 bytes of an HMAC-SHA256 of both, under a key derived
 * from the service's signing secret. It says nothing about the person. Not a JWT like the web chat
 * tokens: the link has to fit in a text message.
 */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22}\.[0-9a-z]{1,10}\.[A-Za-z0-9_-]{22}$/);

/** The outcome of {@link readExportLinkToken}. */
export type ExportLinkTokenCheck = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

/**
 * The key export links are signed with, derived from the shared signing secret (HKDF-SHA256 with
 * a label of its own, so it is never the key that signs web chat tokens).
 */
export function exportLinkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'living-well-companion export link v1', 32));
}

/** A new token, with the id it names, that stops working at `expiresAtMs` (rounded up to the second). */
export function newExportLinkToken(key: Buffer, expiresAtMs: number): { readonly id: string; readonly token: string } {
  const id = randomBytes(16).toString('base64url');
  const signed = `${id}.${Math.ceil(expiresAtMs / 1000).toString(36)}`;
  return { id, token: `${signed}.${mac(key, signed)}` };
}

/**
 * The id a token names, if it was made with `key` and has not expired at `nowMs`. A token that is
 * malformed or carries a wrong mac is `invalid`; a genuine one past its expiry is `expired`.
 */
export function readExportLinkToken(key: Buffer, token: string, nowMs: number): ExportLinkTokenCheck {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const [id = '', expiry = '', given = ''] = parsed.data.split('.');
  const expected = Buffer.from(mac(key, `${id}.${expiry}`));
  if (!timingSafeEqual(Buffer.from(given), expected)) return { ok: false, reason: 'invalid' };
  if (parseInt(expiry, 36) * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, id };
}

function mac(key: Buffer, signed: string): string {
  return createHmac('sha256', key).update(signed).digest().subarray(0, 16).toString('base64url');
}
