import type { SiteId } from '../../domain/sites';

/** What a site admin token grants: one site's listings. */
export interface AdminTokenGrant {
  readonly siteId: SiteId;
  /** UTC ISO instant the token was issued. */
  readonly createdAt: string;
}

/** Site admin tokens, shared by every instance. */
export interface AdminTokenStore {
  /** Stores a site token by the SHA-256 of the token (the token itself is never stored). */
  add(tokenHash: string, grant: AdminTokenGrant): Promise<void>;
  /** The grant of the token with this SHA-256 (hex), if it was issued. */
  find(tokenHash: string): Promise<AdminTokenGrant | undefined>;
}
