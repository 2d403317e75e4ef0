import { randomInt } from 'node:crypto';
import { tokenHash } from '../admin/admin-auth';
import { type Clock, isoNow } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import { formatLinkCode, isLinkCodeLive, linkCodeAlphabet, linkCodeLength, linkCodeTtlMs, normaliseLinkCode } from '../domain/teams/link-code';
import type { TeamsConversation } from '../domain/teams/teams-conversation';
import type { PractitionerStore, TeamsSiteLinkStore } from '../store/ports';
import type { PractitionerIdentity } from './teams-directory';

/** A link code as the site admin gets it: shown once, kept only as a hash. */
export interface IssuedLinkCode {
  /** `ABCD-EFGH`. */
  readonly code: string;
  /** UTC ISO instant it stops working. */
  readonly expiresAt: string;
}

/** What became of `link CODE`. */
export type LinkOutcome =
  | { readonly kind: 'linked'; readonly siteId: SiteId }
  | { readonly kind: 'refused'; readonly reason: 'bad-code' | 'not-site-admin' | 'not-a-channel' };

export interface TeamsLinkingDependencies {
  readonly links: TeamsSiteLinkStore;
  readonly practitioners: PractitionerStore;
  readonly clock: Clock;
}

/**
 * Linking a site to a Teams channel with a one-time code: issued to a site admin (admin API),
 * typed as `link CODE` in the channel by a site admin of that site, used once, within 10 minutes.
 */
export class TeamsLinking {
  constructor(private readonly deps: TeamsLinkingDependencies) {}

  /** A new code for the site, valid {@link linkCodeTtlMs}; only its SHA-256 is kept. */
  async issueCode(siteId: SiteId): Promise<IssuedLinkCode> {
    const code = Array.from({ length: linkCodeLength }, () => linkCodeAlphabet.charAt(randomInt(linkCodeAlphabet.length))).join('');
    const expiresAt = new Date(this.deps.clock.now() + linkCodeTtlMs).toISOString();
    await this.deps.links.putCode(tokenHash(code), { siteId, expiresAt }, linkCodeTtlMs);
    return { code: formatLinkCode(code), expiresAt };
  }

  /**
   * `link <typed>` in `conversation`, from `by`: links the channel when the code is live and `by`
   * is a site admin of its site. A refusal changes nothing (the code still works for a site admin).
   */
  async redeem(typed: string, by: PractitionerIdentity | undefined, conversation: TeamsConversation): Promise<LinkOutcome> {
    if (conversation.scope !== 'channel') return { kind: 'refused', reason: 'not-a-channel' };
    const code = normaliseLinkCode(typed);
    if (code === undefined) return { kind: 'refused', reason: 'bad-code' };
    const hash = tokenHash(code);
    const grant = await this.deps.links.findCode(hash);
    if (grant === undefined || !isLinkCodeLive(grant.expiresAt, this.deps.clock.now())) return { kind: 'refused', reason: 'bad-code' };
    if (by === undefined || (await this.deps.practitioners.roleAt(by, grant.siteId)) !== 'site-admin') return { kind: 'refused', reason: 'not-site-admin' };
    // Taken atomically: of two redeems at once (on any instances), one links and the other is refused.
    const taken = await this.deps.links.takeCode(hash);
    if (taken === undefined || !isLinkCodeLive(taken.expiresAt, this.deps.clock.now())) return { kind: 'refused', reason: 'bad-code' };
    await this.deps.links.link(taken.siteId, { conversationId: conversation.conversationId, linkedAt: isoNow(this.deps.clock) });
    return { kind: 'linked', siteId: taken.siteId };
  }
}
