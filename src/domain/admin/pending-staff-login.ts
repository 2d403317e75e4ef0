import { z } from 'zod';

/**
 * A browser sign-in under way (OpenID Connect): what the callback needs to finish it, kept on the
 * server under the SHA-256 of its `state` for a few minutes and taken once. `bindingHash` is the
 * SHA-256 of the value in the browser's `lwc_staff_login` cookie, so only the browser that began the
 * sign-in can finish it (no login CSRF).
 */
export const pendingStaffLoginSchema = z.strictObject({
  codeVerifier: z.string().regex(/^[A-Za-z0-9_~.-]{43,128}$/),
  nonce: z.string().min(16).max(200),
  returnTo: z.string().startsWith('/staff').max(2_000),
  bindingHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PendingStaffLogin = z.infer<typeof pendingStaffLoginSchema>;
