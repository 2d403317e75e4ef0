import type { Logger } from 'pino';
import { errorCode } from '../bot/error-code';
import type { SafetyReplyCounter } from '../bot/safety-step';
import { type Clock, isoNow } from '../domain/clock';
import { safetyReplyEvents } from '../domain/reports/report-event';
import type { SafetyMarker } from '../domain/safety-reply';
import { siteOfArea } from '../domain/sites';
import type { PersonStore } from '../store/ports';
import type { ReportRecorder } from './report-recorder';

export interface SafetyReportsDependencies {
  /** For the person's site (the area they chose). */
  readonly people: Pick<PersonStore, 'get'>;
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
  /** Event names and error codes only. */
  readonly logger: Logger;
}

/**
 * Safety replies and "are you safe?" questions counted for the outcome reports, by category and
 * level only, at the person's site; someone with no site yet (before consent, or elsewhere) is in
 * no site's count. Started after the reply is sent and never awaited: the reply never waits on
 * the store, and a failure is logged without personal data.
 */
export class SafetyReports implements SafetyReplyCounter {
  constructor(private readonly deps: SafetyReportsDependencies) {}

  count(personKey: string, marker: SafetyMarker): void {
    void this.countAtSite(personKey, marker, isoNow(this.deps.clock));
  }

  private async countAtSite(personKey: string, marker: SafetyMarker, at: string): Promise<void> {
    try {
      const siteId = siteOfArea((await this.deps.people.get(personKey))?.area);
      if (siteId === undefined) return;
      for (const event of safetyReplyEvents(marker, at)) await this.deps.reports.record(siteId, event);
    } catch (error) {
      this.deps.logger.warn({ event: 'reports.safety_reply_not_counted', level: marker.level, code: errorCode(error) }, 'safety reply not counted for the outcome reports');
    }
  }
}
