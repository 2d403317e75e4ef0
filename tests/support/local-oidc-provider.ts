import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An Entra-like account of the local provider: its ID tokens carry `tid`, `oid` and `name`. */
export interface LocalAccount {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
}

export interface LocalOidcProvider {
  /** `http://127.0.0.1:<port>`: the issuer for STAFF_OIDC_ISSUER. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  stop(): Promise<void>;
}

/** Plain cookies of one origin, for following a sign-in with fetch. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  /** Keeps what a response set (deleted ones removed). */
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/**
 * A local OpenID Connect provider (`oidc-provider`, with its development login form) on
 * 127.0.0.1, for sign-in tests without the internet: one confidential client with `redirectUri`,
 * PKCE required, consent skipped (a first-party app), accounts by login name.
 */
export async function startLocalOidcProvider(options: { readonly redirectUri: string; readonly accounts: Readonly<Record<string, LocalAccount>> }): Promise<LocalOidcProvider> {
  // ESM only: loaded as the module it is.
  const { default: Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'living-well-staff-app';
  const clientSecret = 'a-local-test-client-secret-nothing-real';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: async (_context: unknown, sub: string) => {
      const account = options.accounts[sub];
      if (account === undefined) return undefined;
      return { accountId: sub, claims: async () => ({ sub, tid: account.tenantId, oid: account.aadObjectId, ...(account.name === undefined ? {} : { name: account.name }) }) };
    },
    claims: { openid: ['sub', 'tid', 'oid'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['a-local-test-cookie-key-nothing-real'] },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    // A first-party app: the grant is made at once, so there is no consent screen.
    loadExistingGrant: async (context: GrantContext) => {
      const grant = new context.oidc.provider.Grant({ clientId: context.oidc.client.clientId, accountId: context.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface GrantContext {
  readonly oidc: {
    readonly provider: { Grant: new (init: { clientId: string; accountId: string }) => { addOIDCScope(scope: string): void; save(): Promise<string> } };
    readonly client: { readonly clientId: string };
    readonly session: { readonly accountId: string };
  };
}

/**
 * Follows a browser sign-in with fetch: the service's login route, the provider's login form
 * (submitted as `login`), back to the service's callback. Returns the callback's answer and the
 * browser's cookies for the service.
 */
export async function signInThroughProvider(serviceUrl: string, login: string, returnTo = '/staff/'): Promise<{ callback: Response; serviceCookies: CookieJar }> {
  const serviceCookies = new CookieJar();
  const providerCookies = new CookieJar();
  const start = await fetch(`${serviceUrl}/staff/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
  serviceCookies.take(start);
  let location = locationOf(start, serviceUrl);
  // At the provider: /auth → /interaction/<uid> (the login form) → POST it → /auth/<uid> → the callback.
  for (let hop = 0; hop < 10 && !location.startsWith(serviceUrl); hop += 1) {
    const interaction = /\/interaction\/([^/?#]+)$/.exec(new URL(location).pathname);
    const response =
      interaction === null
        ? await fetch(location, { redirect: 'manual', headers: { cookie: providerCookies.header() } })
        : await fetch(location, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: providerCookies.header(), 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
          });
    providerCookies.take(response);
    location = locationOf(response, location);
  }
  const callback = await fetch(location, { redirect: 'manual', headers: { cookie: serviceCookies.header() } });
  serviceCookies.take(callback);
  return { callback, serviceCookies };
}

function locationOf(response: Response, base: string): string {
  const location = response.headers.get('location');
  if (location === null) throw new Error(`expected a redirect, got ${response.status}: ${response.url}`);
  return new URL(location, base).href;
}
