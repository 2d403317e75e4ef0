import type { SiteId } from '../../domain/sites';
import type { TeamsSiteLinkStore } from '../ports';
import type { LinkCodeGrant } from '../../domain/teams/link-code';
import type { SiteChannel } from '../../domain/teams/site-channel';
import { linkCodeGrantCodec, siteChannelCodec } from '../teams-record-schema';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

const codeKey = (codeHash: string) => `{msteams}:link-code:${codeHash}`;
const channelKey = (siteId: SiteId) => `{msteams}:site-channel:${siteId}`;

/**
 * Site channel links and link codes on Redis: `{msteams}:link-code:<sha-256>` = `{ v: 1, grant }`
 * expiring with the code, used up with GETDEL (once, on any instance); `{msteams}:site-channel:<siteId>`
 * = `{ v: 1, channel }`.
 */
export class RedisTeamsSiteLinkStore implements TeamsSiteLinkStore {
  constructor(private readonly redis: RedisCommands) {}

  async putCode(codeHash: string, grant: LinkCodeGrant, ttlMs: number): Promise<void> {
    const { raw } = linkCodeGrantCodec.encode(grant);
    await redisCall('keeping a Teams link code', this.redis.set(codeKey(codeHash), raw, 'PX', ttlMs));
  }

  async findCode(codeHash: string): Promise<LinkCodeGrant | undefined> {
    const raw = await redisCall('reading a Teams link code', this.redis.get(codeKey(codeHash)));
    return raw === null ? undefined : linkCodeGrantCodec.decode(raw);
  }

  async takeCode(codeHash: string): Promise<LinkCodeGrant | undefined> {
    const raw = await redisCall('using a Teams link code', this.redis.getdel(codeKey(codeHash)));
    return raw === null ? undefined : linkCodeGrantCodec.decode(raw);
  }

  async link(siteId: SiteId, channel: SiteChannel): Promise<void> {
    await redisCall("linking a site's channel", this.redis.set(channelKey(siteId), siteChannelCodec.encode(channel).raw));
  }

  async channelOf(siteId: SiteId): Promise<SiteChannel | undefined> {
    const raw = await redisCall("reading a site's channel", this.redis.get(channelKey(siteId)));
    return raw === null ? undefined : siteChannelCodec.decode(raw);
  }
}
