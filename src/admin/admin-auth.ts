import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AdminActor } from '../domain/admin/admin-actor';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import { siteIds, type SiteId } from '../domain/sites';
import type { AdminTokenStore } from '../store/ports';

/** Who an admin request comes from: the super admin (every site, token issuing) or one site's admin. */
export type AdminPrincipal = { readonly role: 'super' } | { readonly role: 'site'; readonly siteId: SiteId; readonly tokenHash: string };

export interface AdminAuthDependencies {
  /** ADMIN_TOKEN; undefined: the admin API is disabled and every request is refused. */
  readonly superToken: string | undefined;
  readonly tokens: AdminTokenStore;
}

/** What every site token starts with, so a leaked one is recognisable (e.g. by secret scanners). */
export const siteTokenPrefix = 'lwc_site_';
/** `lwc_site_` and 32 random bytes in base64url (43 characters). */
const siteTokenPattern = /^lwc_site_[A-Za-z0-9_-]{43}$/;
/** Longest bearer token looked at; anything longer is refused before any lookup. */
const maxTokenLength = 1024;

/** SHA-256 of a token in lower-case hex: how site tokens are stored and found. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Who a bearer token (from `Authorization: Bearer <token>`) belongs to, whatever the route.
 * @throws AppError UNAUTHORIZED for no token, an overlong one, an unknown one, or when the admin API is disabled.
 */
export async function authenticate(token: string | undefined, deps: AdminAuthDependencies): Promise<AdminPrincipal> {
  if (deps.superToken === undefined) throw unauthorized('The admin API is disabled on this service (no ADMIN_TOKEN).');
  if (token === undefined || token.length > maxTokenLength) throw unauthorized('Send an admin token as Authorization: Bearer <token>.');
  if (isSuperToken(token, deps.superToken)) return { role: 'super' };
  if (!siteTokenPattern.test(token)) throw unauthorized('That admin token is not valid.');
  const grant = await deps.tokens.find(tokenHash(token));
  if (grant === undefined) throw unauthorized('That admin token is not valid.');
  return { role: 'site', siteId: grant.siteId, tokenHash: tokenHash(token) };
}

/**
 * Checks the request's token against what the route needs: `siteId` for a site's routes, undefined
 * for super-admin routes (token issuing).
 * @throws AppError UNAUTHORIZED as {@link authenticate}; FORBIDDEN for a site token used on another
 *   site or on a super-admin route.
 */
export async function authorize(token: string | undefined, siteId: SiteId | undefined, deps: AdminAuthDependencies): Promise<AdminPrincipal> {
  const principal = await authenticate(token, deps);
  if (principal.role === 'super') return principal;
  if (siteId === undefined) throw new AppError('FORBIDDEN', 'Only the super admin can do this.');
  if (principal.siteId !== siteId) throw new AppError('FORBIDDEN', 'This token is for another site.');
  return principal;
}

const siteIdSchema = z.enum(siteIds);

/**
 * The site in a site route's path, once the caller may manage it. An unknown site is 404, but only
 * to a caller with a valid token (401 otherwise, as everywhere).
 * @throws AppError UNAUTHORIZED, FORBIDDEN as {@link authorize}; NOT_FOUND for an unknown site.
 */
export async function authorizeSite(token: string | undefined, rawSiteId: string, deps: AdminAuthDependencies): Promise<SiteId> {
  const site = siteIdSchema.safeParse(rawSiteId);
  if (!site.success) {
    await authenticate(token, deps);
    throw new AppError('NOT_FOUND', 'There is no such site.');
  }
  await authorize(token, site.data, deps);
  return site.data;
}

/** The admin routes' access check, as the HTTP layer runs it before every admin handler. */
export interface AdminAccess {
  /**
   * Super-admin routes (token issuing).
   * @throws AppError UNAUTHORIZED, FORBIDDEN as {@link authorize}.
   */
  superAdmin(token: string | undefined): Promise<AdminPrincipal>;
  /**
   * A site's routes: the path's site, once the token may manage it.
   * @throws AppError UNAUTHORIZED, FORBIDDEN, NOT_FOUND as {@link authorizeSite}.
   */
  site(token: string | undefined, rawSiteId: string): Promise<{ siteId: SiteId; principal: AdminPrincipal }>;
}

/** The access check over the super token (ADMIN_TOKEN) and the issued site tokens. */
export function createAdminAccess(deps: AdminAuthDependencies): AdminAccess {
  return {
    superAdmin: (token) => authorize(token, undefined, deps),
    site: async (token, rawSiteId) => {
      const siteId = await authorizeSite(token, rawSiteId, deps);
      return { siteId, principal: await authenticate(token, deps) };
    },
  };
}

/**
 * Issues a new token for one site's admin: 32 random bytes, base64url, prefixed `lwc_site_`. Only
 * its SHA-256 is stored, so the token is shown once, here.
 */
export async function issueSiteToken(siteId: SiteId, deps: { readonly tokens: AdminTokenStore; readonly clock: Clock }): Promise<{ token: string }> {
  const token = `${siteTokenPrefix}${randomBytes(32).toString('base64url')}`;
  await deps.tokens.add(tokenHash(token), { siteId, createdAt: isoNow(deps.clock) });
  return { token };
}

/** Compares digests, not the strings: equal lengths for timingSafeEqual, and no timing hint of the token. */
function isSuperToken(candidate: string, superToken: string): boolean {
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(superToken, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function unauthorized(message: string): AppError {
  return new AppError('UNAUTHORIZED', message);
}

/** Who the audit trail says made a change, for a principal let in by the access check. */
export function actorOfPrincipal(principal: AdminPrincipal): AdminActor {
  if (principal.role === 'super') return { kind: 'super' };
  // The token's id is the start of its SHA-256 (the token itself is never kept or shown).
  return { kind: 'site-token', tokenId: principal.tokenHash.slice(0, 16), name: '' };
}
