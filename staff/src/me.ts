import { z } from 'zod';
import { createApiClient, type ApiCredentials } from './api-client';
import type { Me } from './page-props';

/** `GET /staff/api/me`: who is signed in and their role at each site. */
export const meSchema = z.object({
  name: z.string().optional(),
  tenantId: z.string(),
  aadObjectId: z.string(),
  via: z.enum(['oidc', 'teams-sso']),
  sites: z.array(z.object({ siteId: z.string(), role: z.enum(['practitioner', 'site-admin']) })),
  csrfToken: z.string().optional(),
});

/** Asks the service who is signed in with these credentials; throws ApiError (401 when no one is). */
export async function fetchMe(credentials: ApiCredentials): Promise<Me> {
  const parsed = await createApiClient({ siteId: '', credentials }).get('/staff/api/me', meSchema);
  // Optional fields are left out rather than set to undefined (exactOptionalPropertyTypes).
  const { name, csrfToken, ...rest } = parsed;
  return { ...rest, ...(name === undefined ? {} : { name }), ...(csrfToken === undefined ? {} : { csrfToken }) };
}

/** The credentials a cookie session uses before its CSRF token is known: enough for GETs. */
export const cookieBeforeMe: ApiCredentials = { kind: 'cookie', csrfToken: '' };
