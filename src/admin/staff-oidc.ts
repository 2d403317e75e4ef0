import { createHash, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { StaffLoginStore } from '../store/ports';
import { randomSecret, type StaffIdentity } from './staff-sessions';

/** Browser sign-in with OpenID Connect (Entra ID, or the local provider in tests). */
export interface StaffOidcSettings {
  /** The issuer, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`; its metadata is read on first use. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** `<STAFF_PUBLIC_URL>/staff/auth/callback`, as registered with the provider. */
  readonly redirectUri: string;
  /** Entra tenants (lower-case GUIDs) whose staff may sign in. */
  readonly allowedTenants: readonly string[];
}

/** How long a sign-in may take at the provider before its state is forgotten. */
const pendingLoginMs = 10 * 60_000;

/** What the service takes from an ID token: tenant, object id, and the name to greet and audit by. */
const idTokenClaims = z.object({
  tid: z.string().regex(/^[0-9a-fA-F-]{36}$/).transform((tid) => tid.toLowerCase()),
  oid: z.string().min(1).max(300),
  name: z.string().max(200).optional(),
});

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * The authorization code flow with PKCE. State, nonce and the code verifier stay on the server
 * (`stores.staffLogins`, taken once); the browser holds only a random binding value in a cookie,
 * checked at the callback so a sign-in begun in one browser cannot be finished in another.
 */
export class StaffOidcSignIn {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(private readonly deps: { readonly settings: StaffOidcSettings; readonly logins: StaffLoginStore }) {}

  /**
   * Begins a sign-in: where to send the browser, and the binding value for its cookie.
   * @throws AppError UPSTREAM_UNAVAILABLE when the provider's metadata cannot be read.
   */
  async begin(returnTo: string): Promise<{ readonly authorizationUrl: string; readonly binding: string }> {
    const config = await this.config();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const binding = randomSecret();
    await this.deps.logins.put(sha256(state), { codeVerifier, nonce, returnTo, bindingHash: sha256(binding) }, pendingLoginMs);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.deps.settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, binding };
  }

  /**
   * Finishes a sign-in at the callback (`query` as the provider sent it): who signed in, and where
   * they were going.
   * @throws AppError UNAUTHORIZED for an unknown, expired, reused or other browser's sign-in, or a
   *   refused code or ID token; FORBIDDEN for a tenant that is not allowed; UPSTREAM_UNAVAILABLE
   *   when the provider cannot be reached.
   */
  async finish(query: string, binding: string | undefined): Promise<{ readonly identity: StaffIdentity; readonly returnTo: string }> {
    const config = await this.config();
    const state = new URLSearchParams(query).get('state');
    if (state === null || state.length > 200) throw new AppError('UNAUTHORIZED', 'This sign-in is not one this service began; sign in again.');
    const pending = await this.deps.logins.take(sha256(state));
    if (pending === undefined || binding === undefined || !timingSafeEqual(Buffer.from(sha256(binding)), Buffer.from(pending.bindingHash))) {
      throw new AppError('UNAUTHORIZED', 'This sign-in has expired or was begun elsewhere; sign in again.');
    }
    const callbackUrl = new URL(this.deps.settings.redirectUri);
    callbackUrl.search = query;
    const tokens = await oidc
      .authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true })
      .catch((cause: unknown) => {
        throw new AppError('UNAUTHORIZED', 'The sign-in was not accepted; sign in again.', { cause });
      });
    const claims = idTokenClaims.safeParse(tokens.claims());
    if (!claims.success) throw new AppError('UNAUTHORIZED', 'The sign-in did not say who you are (tenant and object id).');
    const { tid, oid, name } = claims.data;
    if (!this.deps.settings.allowedTenants.includes(tid)) throw new AppError('FORBIDDEN', "Your organisation's accounts cannot sign in to this service.");
    return { identity: { tenantId: tid, aadObjectId: oid, ...(name === undefined ? {} : { name }) }, returnTo: pending.returnTo };
  }

  /** The provider's metadata, read once (again after a failure). */
  private config(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.deps.settings;
    this.configuration ??= oidc
      // A local provider on http (tests, development) is allowed; production config insists on https.
      .discovery(new URL(issuer), clientId, clientSecret, undefined, issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : {})
      .catch((cause: unknown) => {
        this.configuration = undefined;
        throw new AppError('UPSTREAM_UNAVAILABLE', 'The sign-in provider cannot be reached; try again shortly.', { cause });
      });
    return this.configuration;
  }
}
