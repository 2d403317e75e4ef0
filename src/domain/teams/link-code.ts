import { z } from 'zod';
import { siteIds } from '../sites';

/**
 * One-time codes that link a site to a Teams channel: a site admin gets one from the admin API and
 * types `link CODE` in the channel. Short enough to type, shown as `ABCD-EFGH`; only a hash is kept.
 */

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 5/S, 2/Z). */
export const linkCodeAlphabet = 'ABCDEFGHJKMNPQRTUVWXY346789';

/** Characters in a code (about 38 bits: plenty for a code that lives 10 minutes and works once). */
export const linkCodeLength = 8;

/** How long a code works after it is issued. */
export const linkCodeTtlMs = 10 * 60 * 1000;

/** A code as shown to the site admin: `ABCD-EFGH`. */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A code as typed (any case, with or without the dash or spaces) in its one stored form, or
 * undefined when it cannot be a code at all.
 */
export function normaliseLinkCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== linkCodeLength) return undefined;
  return [...code].every((character) => linkCodeAlphabet.includes(character)) ? code : undefined;
}

/** Whether a code that expires at `expiresAt` (ISO instant) still works at `now` (ms). */
export function isLinkCodeLive(expiresAt: string, now: number): boolean {
  return Date.parse(expiresAt) > now;
}

/** What a link code grants until it expires: linking one site's channel. */
export const linkCodeGrantSchema = z.strictObject({
  siteId: z.enum(siteIds),
  /** UTC ISO instant after which the code no longer works. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type LinkCodeGrant = z.infer<typeof linkCodeGrantSchema>;
