/**
 * `npm run bench:reports` (also part of `npm run bench`): a year of one large site (50,000 people,
 * 1,000,000 check-ins, 20,000 callbacks) replayed as report events into the Redis aggregates, on a
 * throwaway redis-server, in batches of one transaction each (pipelined); then the site's report
 * for the year through ReportsApi, timed (median of 20) against the target of 500 ms.
 * The replay keeps each person's first/latest fields in this process as it writes them (the
 * replay starts from nothing, so they are what Redis holds), instead of reading them back per event.
 */
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { ReportsApi } from '../src/admin/reports-api';
import type { ReportEvent } from '../src/domain/reports/report-event';
import { reportIncrements } from '../src/domain/reports/report-increments';
import { seededRandom } from '../src/domain/seeded-random';
import { systemClock } from '../src/runtime/system-clock';
import type { ReportEntry } from '../src/store/ports';
import { createRedisStores } from '../src/store/redis/redis-stores';
import { startRedisServer } from '../tests/support/redis-server';

const people = 50_000;
const checkIns = 1_000_000;
const callbacks = 20_000;
const batchSize = 5_000;
const year = DateTime.fromISO('2026-01-01T00:00:00', { zone: 'Europe/London' });
const yearMs = year.plus({ years: 1 }).toMillis() - year.toMillis();

/** The year's events in time order, made from a fixed seed. */
function yearOfEvents(): ReportEvent[] {
  const random = seededRandom(19);
  const at = (fraction: number) => new Date(year.toMillis() + Math.floor(fraction * yearMs)).toISOString();
  const events: Array<ReportEvent & { ms: number }> = [];
  const push = (event: ReportEvent) => events.push({ ...event, ms: Date.parse(event.at) });
  for (let person = 0; person < people; person += 1) {
    const start = random() * 0.7;
    const key = `person-${person}`;
    push({ type: 'use.active', at: at(start), person: key, channel: random() < 0.7 ? 'webchat' : 'sms' });
    for (let goal = 0; goal < 3; goal += 1) push({ type: 'goal.set', at: at(start), person: key, consented: true });
    for (let sitting = 0; sitting < 3; sitting += 1) {
      const score = () => Math.min(10, Math.floor(random() * 6) + sitting * 2);
      push({ type: 'ons4.answered', at: at(start + sitting * 0.1), person: key, consented: true, scores: { lifeSatisfaction: score(), worthwhile: score(), happiness: score(), anxiety: 10 - score() } });
    }
    push({ type: 'connection.answered', at: at(start), person: key, consented: true, closeFriend: random() < 0.66 ? 'yes' : 'no', tookPart: random() < 0.26 ? 'yes' : 'no' });
    push({ type: 'connection.answered', at: at(start + 0.25), person: key, consented: true, closeFriend: random() < 0.81 ? 'yes' : 'no', tookPart: random() < 0.48 ? 'yes' : 'no' });
  }
  for (let checkIn = 0; checkIn < checkIns; checkIn += 1) {
    const person = Math.floor(random() * people);
    const when = at(random());
    push({ type: 'use.check_in', at: when });
    push({ type: 'goal.rated', at: when, person: `person-${person}`, consented: true, goalId: String(checkIn % 3), score: Math.floor(random() * 11) });
  }
  for (let request = 0; request < callbacks; request += 1) {
    const requested = random() * 0.95;
    push({ type: 'callback.requested', at: at(requested), outOfHours: random() < 0.3 });
    push({ type: 'callback.first_contact', requestedAt: at(requested), at: at(requested + (random() * 40) / 365) });
    push({ type: 'practitioner.outcome', at: at(requested + 0.05), code: random() < 0.8 ? 'contact.reached' : 'contact.no-answer' });
  }
  events.sort((a, b) => a.ms - b.ms);
  return events.map(({ ms: _ms, ...event }) => event as ReportEvent);
}

/** Replays the events into the aggregates, a batch per transaction; returns the seconds taken. */
export async function runReportsBench(): Promise<void> {
  const events = yearOfEvents();
  process.stdout.write(`Outcome reports: ${events.length.toLocaleString('en-GB')} events for one site's year (${people.toLocaleString('en-GB')} people, ${checkIns.toLocaleString('en-GB')} check-ins, ${callbacks.toLocaleString('en-GB')} callbacks)\n`);
  const redis = await startRedisServer();
  try {
    const stores = await createRedisStores({ connection: { url: redis.url }, keyPrefix: 'bench-reports:', lockTtlMs: 5_000, lockWaitMs: 2_000, clock: systemClock, referenceSecret: 'bench reference secret, long enough to pass' });
    try {
      const fields = new Map<string, Record<string, string>>();
      const started = performance.now();
      let batch: ReportEntry[] = [];
      for (const event of events) {
        const pseudonym = 'person' in event ? stores.references('person', `reports\u0000salford\u0000${event.person}`) : undefined;
        const increments = reportIncrements(event, pseudonym === undefined ? {} : (fields.get(pseudonym) ?? {}));
        if (pseudonym !== undefined && Object.keys(increments.person).length > 0) fields.set(pseudonym, { ...fields.get(pseudonym), ...increments.person });
        batch.push({ ...(pseudonym === undefined ? {} : { pseudonym }), increments });
        if (batch.length >= batchSize) {
          await stores.reports.apply('salford', batch);
          batch = [];
        }
      }
      await stores.reports.apply('salford', batch);
      const replaySeconds = (performance.now() - started) / 1000;
      process.stdout.write(`  replay into Redis: ${replaySeconds.toFixed(1)} s (${Math.round(events.length / replaySeconds).toLocaleString('en-GB')} events/s)\n`);

      const api = new ReportsApi({ aggregates: stores.reports, clock: systemClock });
      const times: number[] = [];
      let measures = 0;
      for (let round = 0; round < 20; round += 1) {
        const start = performance.now();
        const view = await api.report('salford', { from: '2026-01', to: '2026-12' });
        times.push(performance.now() - start);
        measures = view.measures.length;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
      const worst = times[times.length - 1] ?? Number.NaN;
      process.stdout.write(`  report for 12 months (${measures} measures): median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms of 20 -> target (< 500 ms) ${worst < 500 ? 'met' : 'NOT met'}\n`);
    } finally {
      await stores.close();
    }
  } finally {
    await redis.stop();
  }
}

if (require.main === module) {
  runReportsBench().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
