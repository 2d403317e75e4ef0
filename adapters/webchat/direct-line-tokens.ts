import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { AppError } from '../../src/domain/app-error';

/** What a Direct Line token grants: one conversation, as one user, until it expires. */
export interface DirectLineGrant {
  readonly conversationId: string;
  readonly userId: string;
}

const claimsSchema = z.object({
  conv: z.string().min(1),
  sub: z.string().min(1),
  typ: z.literal('dl'),
});

const issuer = 'living-well-companion';

/**
 * Short-lived Direct Line tokens: HS256 JWTs (jose) binding a conversation and a user. The signing
 * secret stays on the server (every instance shares it); the browser only ever holds the token.
 */
export class DirectLineTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A token for `grant`, valid for `ttlSeconds`. */
  async issue(grant: DirectLineGrant): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    // `user` as in Azure's tokens: Web Chat takes the person's id from it.
    return new SignJWT({ conv: grant.conversationId, user: grant.userId, typ: 'dl' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(grant.userId)
      .setIssuer(issuer)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .setJti(randomBytes(9).toString('base64url'))
      .sign(this.key);
  }

  /**
   * The grant of a valid token.
   * @throws AppError FORBIDDEN for a missing, forged, malformed or expired token.
   */
  async verify(token: string | undefined): Promise<DirectLineGrant> {
    if (token === undefined || token === '') throw new AppError('FORBIDDEN', 'A Direct Line token is required.');
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer,
        algorithms: ['HS256'],
        currentDate: new Date(this.now()),
      });
      const claims = claimsSchema.parse(payload);
      return { conversationId: claims.conv, userId: claims.sub };
    } catch {
      throw new AppError('FORBIDDEN', 'The token is invalid or has expired.');
    }
  }
}

/** The token in an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}
