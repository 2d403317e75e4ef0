import type { Logger } from 'pino';
import type { AdminActor } from '../domain/admin/admin-actor';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import type { AdminTokenGrant, AdminTokenStore } from '../store/ports';
import type { AdminAuditRecorder } from './admin-audit';
import { issueSiteToken, siteTokenId } from './admin-auth';

/** A site token as the list shows it: never the token, only its id. */
export interface ListedSiteToken {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}

const dayMs = 86_400_000;

/**
 * Site tokens for scripts: listed, issued with a name and an expiry, revoked. Every issue and
 * revocation is in the site's audit trail.
 */
export class SiteTokensApi {
  constructor(private readonly deps: { readonly tokens: AdminTokenStore; readonly audit: AdminAuditRecorder; readonly clock: Clock; readonly logger: Logger }) {}

  /** The site's tokens, newest first. */
  async list(siteId: SiteId): Promise<{ tokens: ListedSiteToken[] }> {
    const tokens = (await this.deps.tokens.list(siteId)).map(({ tokenHash, grant }) => listed(siteTokenId(tokenHash), grant));
    return { tokens: tokens.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id)) };
  }

  /** A new token for the site, shown this once. */
  async issue(siteId: SiteId, body: { readonly name?: string | undefined; readonly expiresInDays?: number | undefined }, actor: AdminActor): Promise<ListedSiteToken & { token: string; siteId: SiteId }> {
    const expiresAt = body.expiresInDays === undefined ? undefined : new Date(this.deps.clock.now() + body.expiresInDays * dayMs).toISOString();
    const { token, id, grant } = await issueSiteToken(siteId, { ...(body.name === undefined ? {} : { name: body.name }), ...(expiresAt === undefined ? {} : { expiresAt }) }, this.deps);
    await this.deps.audit.record({ siteId, actor, action: 'token.issued', subject: { type: 'token', id }, summary: `Issued site token ${label(grant)}${expiresAt === undefined ? '' : `, expiring ${expiresAt.slice(0, 10)}`}` });
    this.deps.logger.info({ event: 'admin.token_issued', siteId, tokenId: id }, 'site admin token issued');
    const { revokedAt: _revoked, ...shown } = listed(id, grant);
    return { token, siteId, ...shown, revokedAt: null };
  }

  /**
   * Revokes the site's token with this id: refused from now on, on every instance. Revoking one
   * already revoked changes nothing.
   * @throws AppError NOT_FOUND when the site has no token with this id.
   */
  async revoke(siteId: SiteId, id: string, actor: AdminActor): Promise<void> {
    const found = (await this.deps.tokens.list(siteId)).find(({ tokenHash }) => siteTokenId(tokenHash) === id);
    if (found === undefined) throw new AppError('NOT_FOUND', 'This site has no token with that id.');
    if (found.grant.revokedAt !== undefined) return;
    await this.deps.tokens.add(found.tokenHash, { ...found.grant, revokedAt: isoNow(this.deps.clock) });
    await this.deps.audit.record({ siteId, actor, action: 'token.revoked', subject: { type: 'token', id }, summary: `Revoked site token ${label(found.grant)}` });
    this.deps.logger.info({ event: 'admin.token_revoked', siteId, tokenId: id }, 'site admin token revoked');
  }
}

function listed(id: string, grant: AdminTokenGrant): ListedSiteToken {
  return { id, name: grant.name ?? '', createdAt: grant.createdAt, expiresAt: grant.expiresAt ?? null, revokedAt: grant.revokedAt ?? null };
}

function label(grant: AdminTokenGrant): string {
  return grant.name === undefined ? '(unnamed)' : `"${grant.name}"`;
}
