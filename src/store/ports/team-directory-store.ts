import type { SiteId } from '../../domain/sites';
import type { TeamDirectoryEntry } from '../../domain/team/team-directory';

/**
 * How to reach each site's Living Well team (contact details, opening hours, exceptions), one
 * entry per site, shared by every instance. Entries are checked against the directory schema when
 * written and when read back.
 */
export interface TeamDirectoryStore {
  /** The site's entry, if one has been saved. */
  get(siteId: SiteId): Promise<TeamDirectoryEntry | undefined>;
  /**
   * Saves the entry for its site, replacing any there was.
   * @throws AppError STORE_RECORD_INVALID when the entry does not fit the schema.
   */
  put(entry: TeamDirectoryEntry): Promise<void>;
  /** Every saved entry, in the order of `siteIds`. */
  list(): Promise<TeamDirectoryEntry[]>;
}
