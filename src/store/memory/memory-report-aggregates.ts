import type { MonthCounters } from '../../domain/reports/report-measures';
import type { SiteId } from '../../domain/sites';
import type { ReportAggregates, ReportEntry } from '../ports';

/** In-memory report aggregates: the same maps Redis keeps as hashes. */
export class MemoryReportAggregates implements ReportAggregates {
  private readonly monthCounters = new Map<string, Record<string, number>>();
  private readonly people = new Map<string, Record<string, string>>();

  async person(siteId: SiteId, pseudonym: string): Promise<Record<string, string>> {
    return { ...this.people.get(`${siteId}:${pseudonym}`) };
  }

  async apply(siteId: SiteId, entries: readonly ReportEntry[]): Promise<void> {
    for (const { pseudonym, increments } of entries) {
      const key = `${siteId}:${increments.month}`;
      const counters = this.monthCounters.get(key) ?? {};
      for (const [name, by] of Object.entries(increments.counters)) counters[name] = (counters[name] ?? 0) + by;
      this.monthCounters.set(key, counters);
      if (pseudonym !== undefined && Object.keys(increments.person).length > 0) {
        const personKey = `${siteId}:${pseudonym}`;
        this.people.set(personKey, { ...this.people.get(personKey), ...increments.person });
      }
    }
  }

  async months(siteId: SiteId, months: readonly string[]): Promise<MonthCounters[]> {
    return months.map((month) => ({ ...this.monthCounters.get(`${siteId}:${month}`) }));
  }

  async forget(siteId: SiteId, pseudonym: string): Promise<void> {
    this.people.delete(`${siteId}:${pseudonym}`);
  }
}
