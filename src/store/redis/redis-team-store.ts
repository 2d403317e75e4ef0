import { siteIds, type SiteId } from '../../domain/sites';
import type { TeamDirectoryEntry } from '../../domain/team/team-directory';
import type { TeamDirectoryStore } from '../ports';
import { teamDirectoryCodec } from '../team-record-schema';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** The `{teams}` hash tag puts every site's entry in one cluster slot, so `list` is one MGET. */
const teamKey = (siteId: SiteId) => `{teams}:${siteId}`;

/** Team directory entries on Redis: a string `{teams}:<siteId>` = `{ v: 1, entry }` per site. */
export class RedisTeamDirectoryStore implements TeamDirectoryStore {
  constructor(private readonly redis: RedisCommands) {}

  async get(siteId: SiteId): Promise<TeamDirectoryEntry | undefined> {
    const raw = await redisCall('reading a team directory entry', this.redis.get(teamKey(siteId)));
    return raw === null ? undefined : teamDirectoryCodec.decode(raw);
  }

  async put(entry: TeamDirectoryEntry): Promise<void> {
    const { raw, value } = teamDirectoryCodec.encode(entry);
    // The key comes from the checked entry, not the argument as given.
    await redisCall('saving a team directory entry', this.redis.set(teamKey(value.siteId), raw));
  }

  async list(): Promise<TeamDirectoryEntry[]> {
    const raws = await redisCall('listing team directory entries', this.redis.mget(...siteIds.map(teamKey)));
    return raws.flatMap((raw) => (raw === null ? [] : [teamDirectoryCodec.decode(raw)]));
  }
}
