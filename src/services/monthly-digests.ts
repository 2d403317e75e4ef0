import type { Logger } from 'pino';
import { isAppError } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { londonNow } from '../domain/local-date';
import { monthBefore } from '../domain/reports/report-months';
import type { ReportView } from '../domain/reports/report-view';
import { type SiteId, sites } from '../domain/sites';
import { monthlyDigest, monthlyDigestFromMinutes } from '../domain/teams/monthly-digest';
import { siteFirstWorkingDay } from '../listings/bank-holidays';
import type { MonthlyDigestStore } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { TeamsSender } from '../teams/teams-sender';

/** A site's outcome report for a range of London months, as the reports API builds it (`ReportsApi`). */
export interface SiteReports {
  report(siteId: SiteId, range: { readonly from: string; readonly to: string }): Promise<ReportView>;
}

export interface MonthlyDigestsDependencies {
  readonly reports: SiteReports;
  readonly records: MonthlyDigestStore;
  readonly directory: Pick<TeamsDirectory, 'siteChannel'>;
  readonly sender: TeamsSender;
  readonly render: Pick<CallbackCards, 'monthlyDigest'>;
  /** The staff app's Reports page (absolute), for the card's button; undefined: no button. */
  readonly reportsUrl: string | undefined;
  readonly clock: Clock;
  /** Sites, months and error codes only. */
  readonly logger: Logger;
}

/**
 * Each linked channel's monthly digest: on the site's first working day of a London month (Monday
 * to Friday, not one of its nation's bank holidays), at the first pass from 9am, last month's
 * headline figures from the outcome report (suppressed as the API shows them) and a button to the
 * Reports page. One per site and month: the month is taken (compare-and-set) before the send, so
 * two instances never both send; a send that fails is logged, not tried again.
 */
export class MonthlyDigests {
  constructor(private readonly deps: MonthlyDigestsDependencies) {}

  /** Sends the digests now due; resolves how many were sent. */
  async sendDue(): Promise<number> {
    const now = londonNow(this.deps.clock);
    if (now.hour * 60 + now.minute < monthlyDigestFromMinutes) return 0;
    const today = now.toFormat('yyyy-MM-dd');
    const month = now.toFormat('yyyy-MM');
    const reported = monthBefore(month);
    let sent = 0;
    for (const site of sites) {
      if (siteFirstWorkingDay(site.id, month) !== today) continue;
      const channel = await this.deps.directory.siteChannel(site.id);
      if (channel === undefined) continue;
      // Read first so the passes after the send do not build the report again.
      if ((await this.deps.records.get(site.id))?.lastMonth === reported) continue;
      const report = await this.deps.reports.report(site.id, { from: reported, to: reported });
      const taken = await this.deps.records.update(site.id, (current) => (current?.lastMonth === reported ? undefined : { lastMonth: reported }));
      if (taken === undefined) continue;
      try {
        await this.deps.sender.send(`monthly-digest:${site.id}:${reported}`, channel, this.deps.render.monthlyDigest(monthlyDigest(report, reported, site.name, this.deps.reportsUrl)));
        sent += 1;
      } catch (error) {
        if (!isAppError(error)) throw error;
        this.deps.logger.warn({ event: 'teams.monthly_digest_not_sent', siteId: site.id, month: reported, code: errorCode(error) }, 'monthly digest not sent');
      }
    }
    return sent;
  }
}
