import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityReminders } from '../../src/services/activity-reminders';
import type { PersonMessenger } from '../../src/services/person-messenger';
import type { Activity } from '../../src/domain/activities/activity';
import { consentWordingVersion } from '../../src/domain/consent';
import { BullMqJobs, jobsKeyPrefix } from '../../src/jobs/bullmq-jobs';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import { createJobsRedisClient, createRedisClient } from '../../src/store/redis/redis-connection';
import type { Stores } from '../../src/store/ports';
import { activityFixture } from '../support/admin-activity-fixture';
import { testActivityReminders } from '../support/dialog-test-bot';
import { capturingLogger } from '../support/log-capture';
import { TestClock } from '../support/test-clock';
import { testJobPolicy } from '../support/jobs-under-test';
import { dumpPrefix } from '../support/redis-dump';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
const person = 'webchat:dl_reminded_person_0123456789';

/** Everything a reminder test needs: stores, a fake clock, in-process jobs on it, and what was sent to whom. */
interface Harness {
  readonly stores: Stores;
  readonly clock: TestClock;
  readonly jobs: InProcessJobs;
  readonly reminders: ActivityReminders;
  readonly sent: Array<{ personKey: string; text: string }>;
  /** Moves the clock to a London wall-clock time (or a UTC instant) and runs what is due. */
  at(time: string): Promise<void>;
  /** Jobs waiting in the reminders queue. */
  pending(): Promise<number>;
}

const opened: InProcessJobs[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
});

async function harness(now: string, activities: readonly Activity[]): Promise<Harness> {
  const stores = openTestMemoryStores();
  const clock = new TestClock(london(now));
  const jobs = new InProcessJobs({ clock, logger: capturingLogger().logger, pollMs: 3_600_000 });
  opened.push(jobs);
  const sent: Array<{ personKey: string; text: string }> = [];
  const messenger: PersonMessenger = {
    send: async (personKey, text) => {
      sent.push({ personKey, text });
      return true;
    },
  };
  const reminders = testActivityReminders(stores, clock, jobs, messenger);
  reminders.handleJobs();
  await stores.activities.putMany(activities);
  const at = clock.iso();
  await stores.people.update(person, () => ({
    consent: { givenAt: at, wordingVersion: consentWordingVersion },
    area: 'salford',
    activityReminders: activities.map((activity) => ({ activityId: activity.id, requestedAt: at })),
    createdAt: at,
    updatedAt: at,
  }));
  return {
    stores,
    clock,
    jobs,
    reminders,
    sent,
    at: async (time) => {
      clock.set(time.endsWith('Z') ? time : new Date(london(time)).toISOString());
      await jobs.runDue();
    },
    pending: async () => (await jobs.counts()).find((queue) => queue.queue === 'activity.reminder')?.counts.delayed ?? 0,
  };
}

describe('activity reminders (in-process jobs, fake clock)', () => {
  it('reminds the day before and an hour before, with the time, place and how to join', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    expect(await h.reminders.plan(person, walk.id)).toBe(london('2026-12-08T10:00'));
    expect(await h.pending()).toBe(2);

    await h.at('2026-12-07T09:59');
    expect(h.sent).toEqual([]);
    await h.at('2026-12-07T10:00');
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.personKey).toBe(person);
    expect(h.sent[0]?.text).toContain('Tuesday walking group is tomorrow, 10am to 11:30am.');
    expect(h.sent[0]?.text).toContain('Where: Example Park gates, M6 5AA');
    expect(h.sent[0]?.text).toContain('How to join: Just turn up at the park gates.');

    await h.at('2026-12-08T09:00');
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]?.text).toContain('is today, 10am to 11:30am.');
    // Done: the request goes, and "my reminders" no longer lists it.
    expect(await h.reminders.list(person)).toEqual([]);
    expect(await h.pending()).toBe(0);
    // Both counted for the outcome reports at the person's site.
    expect(await h.stores.reports.months('salford', ['2026-12'])).toStrictEqual([{ 'use.reminders': 2 }]);
  });

  it('planning the same session twice queues nothing new', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    await h.reminders.plan(person, walk.id);
    await h.reminders.plan(person, walk.id);
    expect(await h.pending()).toBe(2);
  });

  it('keeps London wall-clock times across the autumn clock change', async () => {
    const sunday = activityFixture({ schedules: [{ ...(activityFixture().schedules[0] as Activity['schedules'][number]), byday: 'SU' }] });
    const h = await harness('2026-10-20T12:00', [sunday]);
    expect(await h.reminders.plan(person, sunday.id)).toBe(Date.parse('2026-10-25T10:00:00Z'));
    // Saturday 10am is BST (09:00Z); Sunday's session at 10am GMT, an hour before is 09:00Z.
    await h.at('2026-10-24T08:59:59Z');
    expect(h.sent).toEqual([]);
    await h.at('2026-10-24T09:00:00Z');
    expect(h.sent.map((message) => message.text.split('\n')[0])).toEqual(['A reminder: Tuesday walking group is tomorrow, 10am to 11:30am.']);
    await h.at('2026-10-25T09:00:00Z');
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]?.text).toContain('is today, 10am to 11:30am.');
  });

  it('sends a short note instead when the session is cancelled, and nothing after', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    await h.reminders.plan(person, walk.id);
    // The team stops the walk from this week: Tuesday's session is off.
    const [schedule] = walk.schedules;
    if (schedule === undefined) throw new Error('fixture has a schedule');
    await h.stores.activities.putMany([{ ...walk, schedules: [{ ...schedule, until: '2026-12-07' }] }]);

    await h.at('2026-12-07T10:00');
    expect(h.sent.map((message) => message.text)).toEqual(['Tuesday walking group tomorrow is not happening, so there will be no reminders for it.']);
    expect(await h.pending()).toBe(0);
    await h.at('2026-12-08T09:00');
    expect(h.sent).toHaveLength(1);
    expect(await h.reminders.list(person)).toEqual([]);
  });

  it('sends a short note when the listing is retired', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    await h.reminders.plan(person, walk.id);
    await h.stores.activities.putMany([{ ...walk, status: 'inactive' }]);
    await h.at('2026-12-08T09:00');
    expect(h.sent.map((message) => message.text)).toEqual(['Tuesday walking group is no longer running, so there will be no reminders for it. Say "activities" to find another.']);
  });

  it('"my reminders" lists them and stops one or all', async () => {
    const walk = activityFixture();
    const yoga = activityFixture({ name: 'Chair yoga', schedules: [{ ...(walk.schedules[0] as Activity['schedules'][number]), byday: 'WE' }] });
    const h = await harness('2026-12-07T09:00', [walk, yoga]);
    await h.reminders.plan(person, walk.id);
    await h.reminders.plan(person, yoga.id);
    expect(await h.reminders.list(person)).toEqual([
      { activityId: walk.id, name: 'Tuesday walking group', session: london('2026-12-08T10:00') },
      { activityId: yoga.id, name: 'Chair yoga', session: london('2026-12-09T10:00') },
    ]);
    expect(await h.pending()).toBe(4);

    await h.reminders.cancel(person, walk.id);
    expect(await h.pending()).toBe(2);
    await h.at('2026-12-08T10:00');
    await h.at('2026-12-09T09:00');
    expect(h.sent.map((message) => message.text.split('\n')[0])).toEqual(['A reminder: Chair yoga is tomorrow, 10am to 11:30am.', 'A reminder: Chair yoga is today, 10am to 11:30am.']);

    // Not asked for (any more): nothing is planned.
    expect(await h.reminders.plan(person, walk.id)).toBeUndefined();
    expect(await h.pending()).toBe(0);
    await h.stores.people.update(person, (current) => ({ ...(current ?? { createdAt: h.clock.iso(), updatedAt: h.clock.iso() }), activityReminders: [{ activityId: walk.id, requestedAt: h.clock.iso() }] }));
    await h.reminders.plan(person, walk.id);
    expect(await h.pending()).toBe(2);
    await h.reminders.cancel(person, 'all');
    expect(await h.pending()).toBe(0);
    expect(await h.reminders.list(person)).toEqual([]);
  });

  it('checks again when a job fires: nothing is sent after erasure or withdrawn consent', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    await h.reminders.plan(person, walk.id);
    // Erased between planning and sending, without the jobs being cancelled (as if the cancel was lost).
    await h.stores.people.delete(person);
    await h.at('2026-12-08T09:00');
    expect(h.sent).toEqual([]);

    const again = await harness('2026-12-07T09:00', [walk]);
    await again.reminders.plan(person, walk.id);
    await again.stores.people.update(person, (current) => {
      if (current === undefined) throw new Error('record expected');
      const { consent: _withdrawn, ...rest } = current;
      return rest;
    });
    await again.at('2026-12-08T09:00');
    expect(again.sent).toEqual([]);
  });

  it('forget (erasure) cancels every reminder job and the address', async () => {
    const walk = activityFixture();
    const h = await harness('2026-12-07T09:00', [walk]);
    await h.reminders.plan(person, walk.id);
    await h.reminders.forget(person);
    expect(await h.pending()).toBe(0);
    const stored = await h.stores.botStorage.read([`reminders:${h.stores.references('person', person)}`]);
    expect(Object.keys(stored)).toEqual([]);
  });
});

describe('activity reminders on Redis with BullMQ', () => {
  it('sends the hour-before reminder from a BullMQ job; the job holds ids and codes only', async () => {
    const keyPrefix = randomKeyPrefix();
    const stores = await openTestRedisStores(keyPrefix);
    // Real time on a shifted clock: it reads 1.5 s before the hour-before reminder of Tuesday's walk.
    const offset = london('2026-12-08T09:00') - 1_500 - Date.now();
    const clock = { now: () => Date.now() + offset };
    const jobs = new BullMqJobs({ redis: createJobsRedisClient({ url: testRedisUrl() }), keyPrefix, clock, logger: capturingLogger().logger, policy: testJobPolicy });
    const inspect = createRedisClient({ url: testRedisUrl() }, '');
    try {
      const walk = activityFixture();
      await stores.activities.putMany([walk]);
      const at = new Date(clock.now()).toISOString();
      await stores.people.update(person, () => ({ consent: { givenAt: at, wordingVersion: consentWordingVersion }, activityReminders: [{ activityId: walk.id, requestedAt: at }], createdAt: at, updatedAt: at }));
      const sent: string[] = [];
      const reminders = testActivityReminders(stores, clock, jobs, { send: async (_key, text) => sent.push(text) > 0 });
      reminders.handleJobs();
      await jobs.start();
      expect(await reminders.plan(person, walk.id)).toBe(london('2026-12-08T10:00'));

      const stored = (await dumpPrefix(inspect, jobsKeyPrefix(keyPrefix))).flatMap((entry) => entry.values).join(' ');
      expect(stored).toContain(walk.id);
      expect(stored).not.toContain('dl_reminded_person');
      expect(stored).not.toContain('walking group');

      const deadline = Date.now() + 15_000;
      // The handler sends, then drops the request it has done with.
      while ((await reminders.list(person)).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await reminders.list(person)).toEqual([]);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toContain('Tuesday walking group is today, 10am to 11:30am.');
    } finally {
      await jobs.close();
      inspect.disconnect();
      await stores.close();
    }
  });
});
