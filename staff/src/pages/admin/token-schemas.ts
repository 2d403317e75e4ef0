import { z } from 'zod';

/** A site token as `GET tokens` lists it (never the token itself). */
export const siteTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type SiteTokenListing = z.infer<typeof siteTokenSchema>;

export const tokenListSchema = z.object({ tokens: z.array(siteTokenSchema) });

/** `POST tokens`: the new token, shown once. */
export const createdTokenSchema = z.object({ token: z.string(), id: z.string(), name: z.string(), createdAt: z.string(), expiresAt: z.string().nullable() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

/** A token's state in words, at `now` (ISO). */
export function tokenStatus(token: SiteTokenListing, now: string): 'Revoked' | 'Expired' | 'Active' {
  if (token.revokedAt !== null) return 'Revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'Expired';
  return 'Active';
}
