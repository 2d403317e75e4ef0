import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/** Teams SSO as a local key set: what the service is configured with, and a signer of tokens. */
export interface LocalSsoKeys {
  /** STAFF_SSO_JWKS_URL / STAFF_SSO_ISSUER / STAFF_OIDC_CLIENT_ID / STAFF_SSO_APP_ID_URI for the service under test. */
  readonly env: Readonly<Record<string, string>>;
  readonly clientId: string;
  readonly appIdUri: string;
  /** The issuer of a tenant's tokens. */
  issuerFor(tenantId: string): string;
  /**
   * A token as Teams would hand the tab: RS256, signed by the served key (or by a key of no key set
   * when `forged`), v2 audience, issuer of `tid`, scope `access_as_user`, valid for an hour from
   * `now`; `claims` override any of it.
   */
  signSsoToken(claims: JWTPayload & { tid: string; oid: string }, options?: { readonly now?: number; readonly forged?: boolean }): Promise<string>;
  /** How many times the key set was fetched. */
  fetches(): number;
  stop(): Promise<void>;
}

/** Serves a JWKS on 127.0.0.1 for every tenant path (`/<tenant>/discovery/v2.0/keys`), no internet. */
export async function startLocalSsoKeys(): Promise<LocalSsoKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const kid = 'local-sso-key-1';
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' }] });
  let fetches = 0;
  const server = createServer((_req, res) => {
    fetches += 1;
    // restify (loaded in the same process) patches ServerResponse: no chaining on writeHead.
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = '6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const appIdUri = `api://staff.example.org/${clientId}`;
  const issuerFor = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;
  return {
    env: {
      STAFF_OIDC_CLIENT_ID: clientId,
      STAFF_SSO_JWKS_URL: `${base}/{tenant}/discovery/v2.0/keys`,
      STAFF_SSO_ISSUER: 'https://login.microsoftonline.com/{tenant}/v2.0',
      STAFF_SSO_APP_ID_URI: appIdUri,
    },
    clientId,
    appIdUri,
    issuerFor,
    signSsoToken: async (claims, options = {}) => {
      const now = Math.floor((options.now ?? Date.now()) / 1000);
      return new SignJWT({ iss: issuerFor(claims.tid), aud: clientId, scp: 'access_as_user', iat: now, nbf: now, exp: now + 3600, ver: '2.0', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .sign(options.forged === true ? forger.privateKey : privateKey);
    },
    fetches: () => fetches,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
