import type { TeamContact } from '../../dialogs/dialog-services';
import type { Clock } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import { openingStatus, type OpeningStatus } from '../domain/team/opening-hours';
import type { TeamDirectoryEntry } from '../domain/team/team-directory';
import { teamHoursInForce } from '../listings/bank-holidays';
import type { TeamDirectoryStore } from '../store/ports';

/** Team details from the directory store, bank holiday closures included, with whether the team is open now. */
export class StoreTeamContact implements TeamContact {
  constructor(private readonly deps: { readonly teams: TeamDirectoryStore; readonly clock: Clock }) {}

  async forSite(siteId: SiteId): Promise<{ readonly entry: TeamDirectoryEntry; readonly status: OpeningStatus } | undefined> {
    const stored = await this.deps.teams.get(siteId);
    if (stored === undefined) return undefined;
    const now = this.deps.clock.now();
    const entry = teamHoursInForce(stored, now);
    return { entry, status: openingStatus(entry, now) };
  }
}
