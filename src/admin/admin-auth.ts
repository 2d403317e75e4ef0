import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AdminActor } from '../domain/admin/admin-actor';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import { siteIds, type SiteId } from '../domain/sites';
import type { PractitionerRole } from '../teams/teams-directory';
import type { AdminTokenGrant, AdminTokenStore, PractitionerStore } from '../store/ports';
import type { StaffIdentity, StaffSessions } from './staff-sessions';

/** Who an admin request comes from: the super admin (every site, token issuing) or one site's admin. */
export type AdminPrincipal =
  | { readonly role: 'super' }
  | { readonly role: 'site'; readonly siteId: SiteId; readonly tokenHash: string; readonly name: string | undefined };

export interface AdminAuthDependencies {
  /** ADMIN_TOKEN; undefined: the admin API is disabled and every request is refused. */
  readonly superToken: string | undefined;
  readonly tokens: AdminTokenStore;
  /** For site tokens' expiry. */
  readonly clock: Clock;
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
 * @throws AppError UNAUTHORIZED for no token, an overlong, unknown, revoked or expired one, or when the admin API is disabled.
 */
export async function authenticate(token: string | undefined, deps: AdminAuthDependencies): Promise<AdminPrincipal> {
  if (deps.superToken === undefined) throw unauthorized('The admin API is disabled on this service (no ADMIN_TOKEN).');
  if (token === undefined || token.length > maxTokenLength) throw unauthorized('Send an admin token as Authorization: Bearer <token>.');
  if (isSuperToken(token, deps.superToken)) return { role: 'super' };
  if (!siteTokenPattern.test(token)) throw unauthorized('That admin token is not valid.');
  const grant = await deps.tokens.find(tokenHash(token));
  if (grant === undefined) throw unauthorized('That admin token is not valid.');
  if (grant.revokedAt !== undefined) throw unauthorized('That admin token was revoked.');
  if (grant.expiresAt !== undefined && Date.parse(grant.expiresAt) <= deps.clock.now()) throw unauthorized('That admin token has expired.');
  return { role: 'site', siteId: grant.siteId, tokenHash: tokenHash(token), name: grant.name };
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

/** What the HTTP layer hands the access check of one request. */
export interface AdminCredentials {
  /** The `Authorization: Bearer` token: ADMIN_TOKEN, a site token, or a Teams SSO token (a JWT). */
  readonly bearer: string | undefined;
  /** The staff app's session id, from the `lwc_staff` cookie. */
  readonly sessionId: string | undefined;
  /** The `X-CSRF-Token` header: a cookie session's changes must carry its CSRF token. */
  readonly csrfToken: string | undefined;
  /** Whether the request may change something (POST, PUT, PATCH, DELETE). */
  readonly changes: boolean;
}

/** What a site route needs of signed-in staff: any role at the site, or site admin. */
export type StaffNeed = 'practitioner' | 'site-admin';

/** Signed-in staff, as the access check let them in. */
export interface StaffPrincipal extends StaffIdentity {
  readonly role: 'staff';
  /** A browser session (cookie) or a Teams SSO token (bearer). */
  readonly via: 'oidc' | 'teams-sso';
  /** The session's CSRF token (cookie sessions only). */
  readonly csrfToken?: string;
}

/** Verifies a Teams SSO token (a JWT bearer) and says who it is for. */
export interface StaffTokenVerifier {
  /** @throws AppError UNAUTHORIZED for a token that is forged, expired, for another audience or tenant, or without the scope. */
  verify(token: string): Promise<StaffIdentity>;
}

/** What the staff app is told of who is signed in (`GET /staff/api/me`). */
export interface StaffMe {
  readonly name?: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly via: 'oidc' | 'teams-sso';
  readonly sites: ReadonlyArray<{ readonly siteId: SiteId; readonly role: PractitionerRole }>;
  readonly csrfToken?: string;
}

/** The admin routes' access check, as the HTTP layer runs it before every admin handler. */
export interface AdminAccess {
  /**
   * Super-admin routes (token issuing): the super token only.
   * @throws AppError UNAUTHORIZED, FORBIDDEN as {@link authorize}.
   */
  superAdmin(token: string | undefined): Promise<AdminPrincipal>;
  /**
   * A site's routes: the path's site, once the caller may act there. Tokens act as site admins;
   * signed-in staff need the role `need` asks for (site admins may do what practitioners may).
   * @throws AppError UNAUTHORIZED (no, unknown, expired or forged credentials), FORBIDDEN (another
   *   site, too low a role, a cookie session's change without its CSRF token), NOT_FOUND (unknown
   *   site, to a valid caller only).
   */
  site(credentials: AdminCredentials, rawSiteId: string, need: StaffNeed): Promise<{ siteId: SiteId; principal: AdminPrincipal | StaffPrincipal }>;
  /**
   * Signed-in staff (session cookie or Teams SSO bearer), for the staff app's own routes.
   * @throws AppError UNAUTHORIZED when not signed in; FORBIDDEN for a cookie session's change without its CSRF token.
   */
  staff(credentials: AdminCredentials): Promise<StaffPrincipal>;
  /**
   * Who is signed in and their role at each site.
   * @throws AppError as {@link AdminAccess.staff}.
   */
  me(credentials: AdminCredentials): Promise<StaffMe>;
}

/** What the access check needs beyond the tokens: staff sessions, roles, and Teams SSO when configured. */
export interface AdminAccessDependencies extends AdminAuthDependencies {
  readonly sessions: StaffSessions;
  readonly practitioners: Pick<PractitionerStore, 'roleAt'>;
  /** Undefined: Teams SSO is off, and a JWT bearer is refused like any unknown token. */
  readonly sso?: StaffTokenVerifier;
}

/** A JWT's shape (three base64url parts): how a Teams SSO token is told from a site token or ADMIN_TOKEN. */
const jwtPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The access check over the super token (ADMIN_TOKEN), the issued site tokens, staff sessions and Teams SSO. */
export function createAdminAccess(deps: AdminAccessDependencies): AdminAccess {
  /** Signed-in staff from a JWT bearer or the session cookie; undefined when the request carries neither. */
  async function staffOf(credentials: AdminCredentials): Promise<StaffPrincipal | undefined> {
    const { bearer } = credentials;
    if (bearer !== undefined) {
      if (deps.sso === undefined || !jwtPattern.test(bearer) || bearer.length > maxJwtLength || isSuperToken(bearer, deps.superToken)) return undefined;
      return { role: 'staff', via: 'teams-sso', ...(await deps.sso.verify(bearer)) };
    }
    if (credentials.sessionId === undefined) return undefined;
    const session = await deps.sessions.resume(credentials.sessionId);
    if (session === undefined) throw unauthorized('Your session has ended; sign in again.');
    if (credentials.changes && !sameSecret(credentials.csrfToken, session.csrfToken)) {
      throw new AppError('FORBIDDEN', 'Send the X-CSRF-Token header with every change (from /staff/api/me).');
    }
    const { tenantId, aadObjectId, name, csrfToken } = session;
    return { role: 'staff', via: 'oidc', tenantId, aadObjectId, ...(name === undefined ? {} : { name }), csrfToken };
  }

  async function staff(credentials: AdminCredentials): Promise<StaffPrincipal> {
    const principal = await staffOf(credentials);
    if (principal === undefined) throw unauthorized('Sign in to the staff app first.');
    return principal;
  }

  return {
    superAdmin: (token) => authorize(token, undefined, deps),
    site: async (credentials, rawSiteId, need) => {
      const principal = await staffOf(credentials);
      if (principal === undefined) {
        const siteId = await authorizeSite(credentials.bearer, rawSiteId, deps);
        return { siteId, principal: await authenticate(credentials.bearer, deps) };
      }
      const site = siteIdSchema.safeParse(rawSiteId);
      if (!site.success) throw new AppError('NOT_FOUND', 'There is no such site.');
      const role = await deps.practitioners.roleAt(principal, site.data);
      if (role === undefined) throw new AppError('FORBIDDEN', 'You have no role at this site.');
      if (need === 'site-admin' && role !== 'site-admin') throw new AppError('FORBIDDEN', "Only the site's admins can do this.");
      return { siteId: site.data, principal };
    },
    staff,
    me: async (credentials) => {
      const principal = await staff(credentials);
      const sites: Array<{ siteId: SiteId; role: PractitionerRole }> = [];
      for (const siteId of siteIds) {
        const role = await deps.practitioners.roleAt(principal, siteId);
        if (role !== undefined) sites.push({ siteId, role });
      }
      const { via, tenantId, aadObjectId, name, csrfToken } = principal;
      return { ...(name === undefined ? {} : { name }), tenantId, aadObjectId, via, sites, ...(csrfToken === undefined ? {} : { csrfToken }) };
    },
  };
}

/** Longest Teams SSO token looked at (Entra tokens are 1 to 3 KB). */
const maxJwtLength = 16_384;

/** A site token's id: the start of its SHA-256 (the token itself is never kept or shown). */
export function siteTokenId(hash: string): string {
  return hash.slice(0, 16);
}

/**
 * Issues a new token for one site's admin: 32 random bytes, base64url, prefixed `lwc_site_`. Only
 * its SHA-256 is stored, so the token is shown once, here.
 */
export async function issueSiteToken(
  siteId: SiteId,
  options: { readonly name?: string; readonly expiresAt?: string },
  deps: { readonly tokens: AdminTokenStore; readonly clock: Clock },
): Promise<{ token: string; id: string; grant: AdminTokenGrant }> {
  const token = `${siteTokenPrefix}${randomBytes(32).toString('base64url')}`;
  const grant: AdminTokenGrant = { siteId, createdAt: isoNow(deps.clock), ...options };
  await deps.tokens.add(tokenHash(token), grant);
  return { token, id: siteTokenId(tokenHash(token)), grant };
}

/** Compares digests, not the strings: equal lengths for timingSafeEqual, and no timing hint of the token. */
function isSuperToken(candidate: string, superToken: string | undefined): boolean {
  return superToken !== undefined && sameSecret(candidate, superToken);
}

/** Whether two secrets are equal, compared in constant time (as digests, so lengths never differ); undefined never matches. */
function sameSecret(candidate: string | undefined, expected: string): boolean {
  if (candidate === undefined) return false;
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function unauthorized(message: string): AppError {
  return new AppError('UNAUTHORIZED', message);
}

/** Who the audit trail says made a change, for a principal let in by the access check. */
export function actorOfPrincipal(principal: AdminPrincipal | StaffPrincipal): AdminActor {
  if (principal.role === 'super') return { kind: 'super' };
  if (principal.role === 'staff') {
    const { tenantId, aadObjectId, name } = principal;
    return { kind: 'staff', tenantId, aadObjectId, ...(name === undefined ? {} : { name }) };
  }
  return { kind: 'site-token', tokenId: siteTokenId(principal.tokenHash), name: principal.name ?? '' };
}
