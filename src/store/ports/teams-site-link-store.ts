import type { SiteId } from '../../domain/sites';
import type { LinkCodeGrant } from '../../domain/teams/link-code';
import type { SiteChannel } from '../../domain/teams/site-channel';

/**
 * Which Teams channel each site's nudges go to, and the one-time codes that link them. Codes are
 * kept by their hash only, each until its expiry; shared by every instance.
 */
export interface TeamsSiteLinkStore {
  /** Keeps a code's grant under the code's hash for `ttlMs`. */
  putCode(codeHash: string, grant: LinkCodeGrant, ttlMs: number): Promise<void>;
  /** The grant of a code, without using it up (undefined when unknown, used or gone). */
  findCode(codeHash: string): Promise<LinkCodeGrant | undefined>;
  /**
   * Uses a code up: the first call for a kept code gets its grant, every later one (on any
   * instance) gets undefined.
   */
  takeCode(codeHash: string): Promise<LinkCodeGrant | undefined>;
  /** Links the site to the channel, replacing any channel it had. */
  link(siteId: SiteId, channel: SiteChannel): Promise<void>;
  /** The channel the site is linked to, if any. */
  channelOf(siteId: SiteId): Promise<SiteChannel | undefined>;
}
