import type { TurnContext } from 'botbuilder';
import type { PersonProfile, UsageReports } from '../../dialogs/dialog-services';
import { type Clock, isoNow } from '../domain/clock';
import { reportChannelOf } from '../domain/reports/report-event';
import { siteOfArea, type SiteId } from '../domain/sites';
import { personKey } from '../bot/person-key';
import type { ReportRecorder } from './report-recorder';

export interface TurnReportsDependencies {
  /** The person's area (their site): read once per turn, shared with the consent check. */
  readonly profile: Pick<PersonProfile, 'get'>;
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
}

/**
 * What a person's turn counts for the outcome reports, at their site (the area they chose; no site,
 * no count): that they were active this month on their channel, and the activity searches they
 * make. The count is started, not awaited: the turn never waits on it, and the recorder logs a
 * failure (no personal data) instead of throwing.
 */
export class TurnReports implements UsageReports {
  constructor(private readonly deps: TurnReportsDependencies) {}

  /**
   * Counts the person as active this month on web chat or SMS (the store counts each person once a
   * month). Resolves false while they have no site yet, so a later turn counts them; true when
   * counted or not countable (Teams, the Emulator).
   */
  async countActive(context: TurnContext): Promise<boolean> {
    const channel = reportChannelOf(context.activity.channelId);
    if (channel === undefined) return true;
    const siteId = await this.siteOf(context);
    if (siteId === undefined) return false;
    void this.deps.reports.record(siteId, { type: 'use.active', at: isoNow(this.deps.clock), person: personKey(context.activity), channel });
    return true;
  }

  async activitySearched(context: TurnContext): Promise<void> {
    const siteId = await this.siteOf(context);
    if (siteId !== undefined) void this.deps.reports.record(siteId, { type: 'use.activity_search', at: isoNow(this.deps.clock) });
  }

  /** The person's site; none when the read fails (the turn's own read of the same record reports that). */
  private async siteOf(context: TurnContext): Promise<SiteId | undefined> {
    try {
      return siteOfArea((await this.deps.profile.get(context)).area);
    } catch {
      return undefined;
    }
  }
}
