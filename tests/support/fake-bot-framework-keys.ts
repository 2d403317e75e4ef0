import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';

/** The issuer of Bot Framework channel tokens (botframework-connector's ToBotFromChannelTokenIssuer). */
export const botFrameworkIssuer = 'https://api.botframework.com';

export interface TokenOptions {
  /** The bot's app id (`aud`). */
  readonly audience: string;
  /** The `serviceurl` claim: must match the activity's serviceUrl. */
  readonly serviceUrl: string;
  /** Seconds from now the token expires (negative: already expired). Default 1 hour. */
  readonly expiresInSeconds?: number;
}

export interface FakeBotFrameworkKeys {
  /** BOT_OPENID_METADATA_URL: the OpenID metadata document, naming the JWKS below. */
  readonly openIdMetadataUrl: string;
  /** A token as the Bot Connector service signs it for the bot (RS256, the published key). */
  channelToken(options: TokenOptions): Promise<string>;
  /** The same claims signed with a key that is not published, under the published key's id. */
  forgedToken(options: TokenOptions): Promise<string>;
  /** The same claims with `alg: none` and no signature. */
  unsignedToken(options: TokenOptions): string;
  close(): Promise<void>;
}

/**
 * A local stand-in for Bot Framework's token keys: an OpenID metadata document and a JWKS (one
 * RSA key, endorsed for `msteams`) on 127.0.0.1, and tokens signed like the Bot Connector's.
 */
export async function startFakeBotFrameworkKeys(): Promise<FakeBotFrameworkKeys> {
  const kid = randomUUID();
  const published = await generateKeyPair('RS256', { extractable: true });
  const impostor = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(published.publicKey)), kid, use: 'sig', endorsements: ['msteams'] };
  let base = '';
  const server: Server = createServer((req, res) => {
    const body =
      req.url === '/openid'
        ? { issuer: botFrameworkIssuer, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? { keys: [jwk] }
          : undefined;
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  const claims = (options: TokenOptions) => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: botFrameworkIssuer, aud: options.audience, serviceurl: options.serviceUrl, nbf: now - 60, iat: now - 60, exp: now + (options.expiresInSeconds ?? 3600) };
  };
  const sign = (options: TokenOptions, key: CryptoKey) => new SignJWT(claims(options)).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  return {
    openIdMetadataUrl: `${base}/openid`,
    channelToken: (options) => sign(options, published.privateKey),
    forgedToken: (options) => sign(options, impostor.privateKey),
    unsignedToken: (options) => `${part({ alg: 'none', kid, typ: 'JWT' })}.${part(claims(options))}.`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
