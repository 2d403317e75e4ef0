import type { OncePerMonth } from '../../domain/reports/report-increments';
import type { MonthCounters } from '../../domain/reports/report-measures';
import type { SiteId } from '../../domain/sites';
import type { ReportAggregates, ReportEntry } from '../ports';

/** In-memory report aggregates: the same maps Redis keeps as hashes. */
export class MemoryReportAggregates implements ReportAggregates {
  private readonly monthCounters = new Map<string, Record<string, number>>();
  private readonly people = new Map<string, Record<string, string>>();
  /** Per site: open request id → its request time. */
  private readonly open = new Map<SiteId, Map<string, number>>();

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

  async countOnce(siteId: SiteId, pseudonym: string, once: OncePerMonth): Promise<boolean> {
    if (this.people.get(`${siteId}:${pseudonym}`)?.[once.field] === once.month) return false;
    await this.apply(siteId, [{ pseudonym, increments: { month: once.month, counters: { [once.counter]: 1 }, person: { [once.field]: once.month } } }]);
    return true;
  }

  async startWaiting(siteId: SiteId, requestId: string, requestedAt: number): Promise<void> {
    const open = this.open.get(siteId) ?? new Map<string, number>();
    if (!open.has(requestId)) open.set(requestId, requestedAt);
    this.open.set(siteId, open);
  }

  async stopWaiting(siteId: SiteId, requestId: string): Promise<number | undefined> {
    const open = this.open.get(siteId);
    const requestedAt = open?.get(requestId);
    open?.delete(requestId);
    return requestedAt;
  }

  async openSince(siteId: SiteId): Promise<number[]> {
    return [...(this.open.get(siteId)?.values() ?? [])].sort((a, b) => a - b);
  }
}
