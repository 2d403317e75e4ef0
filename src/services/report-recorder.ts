import type { Logger } from 'pino';
import type { ReportEvent } from '../domain/reports/report-event';
import { reportIncrements } from '../domain/reports/report-increments';
import { type SiteId, siteIds } from '../domain/sites';
import type { KeyedReference } from '../store/keyed-reference';
import type { ReportAggregates } from '../store/ports';

/**
 * Keeps the outcome reports' aggregates as things happen: the services call `record` where a
 * request is made, a goal rated, a check-in done. A failure is logged (no personal data) and never
 * fails the person's turn: a report a count short is better than a lost answer.
 */
export class ReportRecorder {
  constructor(private readonly deps: { readonly aggregates: ReportAggregates; readonly references: KeyedReference; readonly logger: Logger }) {}

  /** The person's pseudonym at a site: keyed (REFERENCE_HASH_SECRET), so it differs from site to site and from every other reference. */
  pseudonym(siteId: SiteId, personKey: string): string {
    return this.deps.references('person', `reports\u0000${siteId}\u0000${personKey}`);
  }

  /** Counts one event at the site. */
  async record(siteId: SiteId, event: ReportEvent): Promise<void> {
    try {
      const pseudonym = 'person' in event ? this.pseudonym(siteId, event.person) : undefined;
      const person = pseudonym === undefined ? {} : await this.deps.aggregates.person(siteId, pseudonym);
      await this.deps.aggregates.apply(siteId, [{ ...(pseudonym === undefined ? {} : { pseudonym }), increments: reportIncrements(event, person) }]);
    } catch (error) {
      this.deps.logger.warn({ err: error, eventType: event.type, siteId }, 'could not count an event for the outcome reports');
    }
  }

  /** Erasure: the person's first/latest values go at every site; counts already kept stay. */
  async forget(personKey: string): Promise<void> {
    await Promise.all(siteIds.map((siteId) => this.deps.aggregates.forget(siteId, this.pseudonym(siteId, personKey))));
  }
}
