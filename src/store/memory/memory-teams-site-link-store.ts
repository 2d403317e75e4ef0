import type { SiteId } from '../../domain/sites';
import type { TeamsSiteLinkStore } from '../ports';
import type { LinkCodeGrant } from '../../domain/teams/link-code';
import type { SiteChannel } from '../../domain/teams/site-channel';
import { linkCodeGrantCodec, siteChannelCodec } from '../teams-record-schema';

/** Site channel links and link codes in this process's memory; codes go at their time to live. */
export class MemoryTeamsSiteLinkStore implements TeamsSiteLinkStore {
  private readonly codes = new Map<string, { readonly raw: string; readonly goneAt: number }>();
  private readonly channels = new Map<SiteId, string>();

  /** `now` gives the instants times to live are measured against (the injected clock). */
  constructor(private readonly now: () => number) {}

  async putCode(codeHash: string, grant: LinkCodeGrant, ttlMs: number): Promise<void> {
    const { raw } = linkCodeGrantCodec.encode(grant);
    this.codes.set(codeHash, { raw, goneAt: this.now() + ttlMs });
  }

  async findCode(codeHash: string): Promise<LinkCodeGrant | undefined> {
    const raw = this.live(codeHash);
    return raw === undefined ? undefined : linkCodeGrantCodec.decode(raw);
  }

  async takeCode(codeHash: string): Promise<LinkCodeGrant | undefined> {
    const raw = this.live(codeHash);
    this.codes.delete(codeHash);
    return raw === undefined ? undefined : linkCodeGrantCodec.decode(raw);
  }

  async link(siteId: SiteId, channel: SiteChannel): Promise<void> {
    this.channels.set(siteId, siteChannelCodec.encode(channel).raw);
  }

  async channelOf(siteId: SiteId): Promise<SiteChannel | undefined> {
    const raw = this.channels.get(siteId);
    return raw === undefined ? undefined : siteChannelCodec.decode(raw);
  }

  private live(codeHash: string): string | undefined {
    const code = this.codes.get(codeHash);
    if (code === undefined) return undefined;
    if (code.goneAt > this.now()) return code.raw;
    this.codes.delete(codeHash);
    return undefined;
  }
}
