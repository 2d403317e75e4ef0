import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { CallbackTimers } from '../../src/admin/callback-timers';
import { applyTransition, type CallbackRequest, type CallbackTransition } from '../../src/domain/callbacks/callback-request';
import type { DomainEvent } from '../../src/domain/callbacks/domain-event';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { loadSampleTeams } from '../../src/data/sample-data';
import type { Stores } from '../../src/store/ports';
import { callbackFixture } from '../support/callback-fixture';
import { capturingLogger } from '../support/log-capture';
import { TestClock } from '../support/test-clock';
import { openTestMemoryStores } from '../support/test-stores';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();

const opened: InProcessJobs[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
});

/** The Salford team, open Monday to Friday 9am to 5pm, with no exceptions. */
async function storesWithOfficeHours(): Promise<Stores> {
  const stores = openTestMemoryStores();
  const salford = (await loadSampleTeams()).find((entry) => entry.siteId === 'salford');
  if (salford === undefined) throw new Error('sample Salford team expected');
  const openingHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));
  await stores.teams.put({ ...salford, openingHours, exceptions: [], closedOnBankHolidays: false });
  return stores;
}

async function harness(now: string) {
  const stores = await storesWithOfficeHours();
  const clock = new TestClock(london(now));
  const jobs = new InProcessJobs({ clock, logger: capturingLogger().logger, pollMs: 3_600_000 });
  opened.push(jobs);
  const timers = new CallbackTimers({
    events: stores.events,
    jobs,
    callbacks: stores.callbacks,
    teams: stores.teams,
    references: stores.references,
    clock,
    logger: capturingLogger().logger,
    settings: { claimOpenHours: 4, outcomeDays: 3 },
  });
  timers.handleJobs();
  const request = callbackFixture({ requestedAt: clock.iso(), updatedAt: clock.iso() });
  await stores.callbacks.create(request);
  const event = (type: DomainEvent['type']): DomainEvent => ({ type, at: clock.iso(), siteId: request.siteId, callbackId: request.id, reference: request.reference });
  await timers.append(event('callback.requested'));
  return {
    stores,
    timers,
    request,
    /** Moves the clock to a London wall-clock time and runs what is due. */
    at: async (time: string) => {
      clock.set(new Date(london(time)).toISOString());
      await jobs.runDue();
    },
    /** The team moves the request on (as the admin API does) and the event passes through the timers. */
    move: async (action: CallbackTransition['action'], type: DomainEvent['type']) => {
      await stores.callbacks.update(request.id, (current): CallbackRequest | undefined => {
        const result = applyTransition(current, { action, by: 'Sam (practitioner)', at: clock.iso() });
        return result.ok ? result.request : undefined;
      });
      await timers.append(event(type));
    },
    overdue: async () => (await stores.events.read('0', 100)).map((entry) => entry.event.type).filter((type) => type.endsWith('_overdue')),
  };
}

describe('callback timers (in-process jobs, fake clock)', () => {
  it('emits callback.claim_overdue after 4 opening hours, not counting the night', async () => {
    // Monday 3pm: two hours left today, two more from 9am Tuesday.
    const h = await harness('2026-12-07T15:00');
    await h.at('2026-12-07T19:00');
    expect(await h.overdue()).toEqual([]);
    await h.at('2026-12-08T10:59');
    expect(await h.overdue()).toEqual([]);
    await h.at('2026-12-08T11:00');
    expect(await h.overdue()).toEqual(['callback.claim_overdue']);
    const [last] = (await h.stores.events.read('0', 100)).slice(-1);
    expect(last?.event).toEqual({ type: 'callback.claim_overdue', at: new Date(london('2026-12-08T11:00')).toISOString(), siteId: 'salford', callbackId: h.request.id, reference: h.request.reference });
  });

  it('does not count the weekend', async () => {
    const h = await harness('2026-12-11T16:00');
    await h.at('2026-12-14T11:59');
    expect(await h.overdue()).toEqual([]);
    await h.at('2026-12-14T12:00');
    expect(await h.overdue()).toEqual(['callback.claim_overdue']);
  });

  it('emits nothing once the request is claimed', async () => {
    const h = await harness('2026-12-07T10:00');
    await h.at('2026-12-07T11:00');
    await h.move('claim', 'callback.claimed');
    await h.at('2026-12-09T17:00');
    expect(await h.overdue()).toEqual([]);
  });

  it('emits callback.outcome_overdue 3 days after contacted without an outcome', async () => {
    const h = await harness('2026-12-07T10:00');
    await h.at('2026-12-07T11:00');
    await h.move('claim', 'callback.claimed');
    await h.move('contacted', 'callback.contacted');
    await h.at('2026-12-10T10:59');
    expect(await h.overdue()).toEqual([]);
    await h.at('2026-12-10T11:00');
    expect(await h.overdue()).toEqual(['callback.outcome_overdue']);
  });

  it('emits nothing once the outcome is recorded', async () => {
    const h = await harness('2026-12-07T10:00');
    await h.move('claim', 'callback.claimed');
    await h.move('contacted', 'callback.contacted');
    await h.at('2026-12-08T10:00');
    await h.move('close', 'callback.closed');
    await h.at('2026-12-20T10:00');
    expect(await h.overdue()).toEqual([]);
  });

  it('checks again when it fires: a request changed without its event emits nothing', async () => {
    const h = await harness('2026-12-07T10:00');
    // Claimed by a path that did not pass the event through the timers: the job still fires, and checks.
    await h.stores.callbacks.update(h.request.id, (current) => {
      const result = applyTransition(current, { action: 'claim', by: 'Sam (practitioner)', at: new Date(london('2026-12-07T10:30')).toISOString() });
      return result.ok ? result.request : undefined;
    });
    await h.at('2026-12-08T10:00');
    expect(await h.overdue()).toEqual([]);
  });
});
