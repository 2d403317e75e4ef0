import type { Logger } from 'pino';
import type { ReportEvent } from '../domain/reports/report-event';
import { activeOncePerMonth, reportIncrements } from '../domain/reports/report-increments';
import { monthEndWaits, waitingAtMonthEndPrefix } from '../domain/reports/still-waiting';
import { waitBucket } from '../domain/reports/wait-days';
import { type SiteId, siteIds } from '../domain/sites';
import type { KeyedReference } from '../store/keyed-reference';
import type { ReportAggregates } from '../store/ports';

/**
 * Keeps the outcome reports' aggregates as things happen: the services call `record` where a
 * request is made, a goal rated, a check-in done. A failure is logged (no personal data) and never
 * fails the person's turn: a report a count short is better than a lost answer. Nothing here
 * throws, so a caller that must not wait may start it without awaiting (`void reports.record(…)`).
 */
export class ReportRecorder {
  constructor(private readonly deps: { readonly aggregates: ReportAggregates; readonly references: KeyedReference; readonly logger: Logger }) {}

  /** The person's pseudonym at a site: keyed (REFERENCE_HASH_SECRET), so it differs from site to site and from every other reference. */
  pseudonym(siteId: SiteId, personKey: string): string {
    return this.deps.references('person', `reports\u0000${siteId}\u0000${personKey}`);
  }

  /** Counts one event at the site. `use.active` (every turn) takes one store call; the others read the person's values first. */
  async record(siteId: SiteId, event: ReportEvent): Promise<void> {
    try {
      if (event.type === 'use.active') {
        await this.deps.aggregates.countOnce(siteId, this.pseudonym(siteId, event.person), activeOncePerMonth(event));
        return;
      }
      const pseudonym = 'person' in event ? this.pseudonym(siteId, event.person) : undefined;
      const person = pseudonym === undefined ? {} : await this.deps.aggregates.person(siteId, pseudonym);
      await this.deps.aggregates.apply(siteId, [{ ...(pseudonym === undefined ? {} : { pseudonym }), increments: reportIncrements(event, person) }]);
    } catch (error) {
      this.failed(error, event.type, siteId);
    }
  }

  /** Still waiting: the request (its opaque id) waits from `requestedAt` (UTC ISO) until it leaves. */
  async startWaiting(siteId: SiteId, requestId: string, requestedAt: string): Promise<void> {
    try {
      await this.deps.aggregates.startWaiting(siteId, requestId, Date.parse(requestedAt));
    } catch (error) {
      this.failed(error, 'waiting.started', siteId);
    }
  }

  /**
   * The request stops waiting at `at` (first contact, close or cancel): it leaves the open requests,
   * and each month end it waited past counts it, by its wait then (`access.waiting_end.<days>`).
   */
  async stopWaiting(siteId: SiteId, requestId: string, at: string): Promise<void> {
    try {
      const requestedAt = await this.deps.aggregates.stopWaiting(siteId, requestId);
      if (requestedAt === undefined) return;
      const entries = monthEndWaits(requestedAt, Date.parse(at)).map(({ month, days }) => ({
        increments: { month, counters: { [`${waitingAtMonthEndPrefix}${waitBucket(days)}`]: 1 }, person: {} },
      }));
      if (entries.length > 0) await this.deps.aggregates.apply(siteId, entries);
    } catch (error) {
      this.failed(error, 'waiting.stopped', siteId);
    }
  }

  /** Erasure: the person's first/latest values go at every site; counts already kept stay. */
  async forget(personKey: string): Promise<void> {
    await Promise.all(siteIds.map((siteId) => this.deps.aggregates.forget(siteId, this.pseudonym(siteId, personKey))));
  }

  private failed(error: unknown, eventType: string, siteId: SiteId): void {
    this.deps.logger.warn({ err: error, eventType, siteId }, 'could not count an event for the outcome reports');
  }
}
