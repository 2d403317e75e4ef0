import type { Redis } from 'ioredis';
import { siteIds, type SiteId } from '../../domain/sites';
import type { TeamDirectoryEntry } from '../../domain/team/team-directory';
import type { TeamDirectoryStore } from '../ports';
import { teamDirectoryCodec } from '../team-record-schema';
import { redisFailure } from './redis-failure';

const teamKey = (siteId: SiteId) => `team:${siteId}`;

/** Team directory entries on Redis: a string `team:<siteId>` = `{ v: 1, entry }` per site. */
export class RedisTeamDirectoryStore implements TeamDirectoryStore {
  constructor(private readonly redis: Redis) {}

  async get(siteId: SiteId): Promise<TeamDirectoryEntry | undefined> {
    const raw = await this.redis.get(teamKey(siteId)).catch((cause: unknown) => {
      throw redisFailure('reading a team directory entry', cause);
    });
    return raw === null ? undefined : teamDirectoryCodec.decode(raw);
  }

  async put(entry: TeamDirectoryEntry): Promise<void> {
    const raw = teamDirectoryCodec.encode(entry);
    // The key comes from the checked entry, not the argument as given.
    const { siteId } = teamDirectoryCodec.decode(raw);
    await this.redis.set(teamKey(siteId), raw).catch((cause: unknown) => {
      throw redisFailure('saving a team directory entry', cause);
    });
  }

  async list(): Promise<TeamDirectoryEntry[]> {
    const raws = await this.redis.mget(...siteIds.map(teamKey)).catch((cause: unknown) => {
      throw redisFailure('listing team directory entries', cause);
    });
    return raws.flatMap((raw) => (raw === null ? [] : [teamDirectoryCodec.decode(raw)]));
  }
}
