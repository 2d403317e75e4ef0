import type { TeamDirectoryEntry } from '../../domain/team/team-directory';
import { siteIds, type SiteId } from '../../domain/sites';
import type { TeamDirectoryStore } from '../ports';
import { teamDirectoryCodec } from '../team-record-schema';

/** Team directory entries in this process's memory, kept encoded (checked both ways, copied in and out). */
export class MemoryTeamDirectoryStore implements TeamDirectoryStore {
  private readonly entries = new Map<SiteId, string>();

  async get(siteId: SiteId): Promise<TeamDirectoryEntry | undefined> {
    const raw = this.entries.get(siteId);
    return raw === undefined ? undefined : teamDirectoryCodec.decode(raw);
  }

  async put(entry: TeamDirectoryEntry): Promise<void> {
    const { raw, value } = teamDirectoryCodec.encode(entry);
    this.entries.set(value.siteId, raw);
  }

  async list(): Promise<TeamDirectoryEntry[]> {
    return siteIds.flatMap((siteId) => {
      const raw = this.entries.get(siteId);
      return raw === undefined ? [] : [teamDirectoryCodec.decode(raw)];
    });
  }
}
