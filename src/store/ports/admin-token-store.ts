import type { SiteId } from '../../domain/sites';

/**
 * What a site admin token grants: one site's admin rights, until it expires or is revoked. Grants
 * issued before tokens had names carry only `siteId` and `createdAt`.
 */
export interface AdminTokenGrant {
  readonly siteId: SiteId;
  /** UTC ISO instant the token was issued. */
  readonly createdAt: string;
  /** What it is for ("Import script"); shown in the list and the audit trail. */
  readonly name?: string | undefined;
  /** UTC ISO instant from which it is refused; none: it does not expire. */
  readonly expiresAt?: string | undefined;
  /** UTC ISO instant it was revoked; from then on it is refused. */
  readonly revokedAt?: string | undefined;
}

/** Site admin tokens, shared by every instance. */
export interface AdminTokenStore {
  /** Stores a site token by the SHA-256 of the token (the token itself is never stored), or replaces its grant (a revocation). */
  add(tokenHash: string, grant: AdminTokenGrant): Promise<void>;
  /** The grant of the token with this SHA-256 (hex), if it was issued. */
  find(tokenHash: string): Promise<AdminTokenGrant | undefined>;
  /**
   * The site's tokens with their hashes, in no particular order. Tokens issued before tokens could
   * be listed appear once they have been used.
   */
  list(siteId: SiteId): Promise<Array<{ readonly tokenHash: string; readonly grant: AdminTokenGrant }>>;
}
