import { z } from 'zod';

/**
 * A member of staff signed in to the staff app in a browser (OpenID Connect): who they are (Entra
 * tenant and object id, the name from their ID token), the CSRF token their changes must carry, and
 * when the session began and was last used (for the idle and absolute timeouts). Kept under the
 * SHA-256 of the session id; the id itself lives only in the `lwc_staff` cookie.
 */
export const staffSessionSchema = z.strictObject({
  tenantId: z.string().min(1).max(300),
  aadObjectId: z.string().min(1).max(300),
  name: z.string().max(200).optional(),
  csrfToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
});
export type StaffSession = z.infer<typeof staffSessionSchema>;
