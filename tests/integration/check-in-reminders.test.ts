import { afterEach, describe, expect, it } from 'vitest';
import { checkInReminderJob } from '../../src/services/check-in-reminders';
import { checkInReminderJobId } from '../../src/domain/wellbeing/check-in-reminder';
import { emptyWellbeingRecord } from '../../src/domain/wellbeing/wellbeing-record';
import type { Jobs } from '../../src/jobs/jobs';
import { DialogChat, textOf } from '../support/dialog-chat';
import { BullMqJobs } from '../../src/jobs/bullmq-jobs';
import { createJobsRedisClient } from '../../src/store/redis/redis-connection';
import { testJobPolicy } from '../support/jobs-under-test';
import { capturingLogger } from '../support/log-capture';
import { personWith, reminderHarness, sendingReminders, turnOf } from '../support/reminder-harness';
import { TestClock } from '../support/test-clock';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix, testRedisUrl } from '../support/test-stores';

const phone = '+447700900555';
const smsPerson = `sms:${phone}`;
const webUser = 'dl_person_0123456789abcdef';
const webPerson = `webchat:${webUser}`;

const opened: Jobs[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
});

function setUp(startIso: string) {
  const stores = openTestMemoryStores();
  const clock = new TestClock(Date.parse(startIso));
  const harness = reminderHarness(stores, clock);
  opened.push(harness.jobs);
  /** Moves the clock to `iso` and runs what is due then. */
  const runAt = async (iso: string) => {
    clock.set(iso);
    await harness.jobs.runDue();
  };
  const pending = async () => (await harness.jobs.counts()).find((queue) => queue.queue === checkInReminderJob.name)?.counts;
  return { stores, clock, ...harness, runAt, pending };
}

describe('check-in reminders (fake clock)', () => {
  it('spring forward: due on the last Sunday of March at 9am BST (08:00 UTC), by SMS, then planned a week on', async () => {
    const { stores, clock, jobs, reminders, texts, runAt } = setUp('2026-03-22T10:00:00Z');
    await personWith(stores, clock, smsPerson, 'morning', { from: '21:00', to: '09:00' });
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-03-29T08:00:00.000Z');
    await runAt('2026-03-29T07:59:00Z');
    expect(texts).toEqual([]);
    await runAt('2026-03-29T08:00:00Z');
    expect(texts).toEqual([{ to: phone, body: 'Time for your check-in. Reply CHECK IN to start, or STOP to stop texts.', at: '2026-03-29T08:00:00.000Z' }]);
    // After each reminder the next is planned from it: one at a time, a week later.
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-04-05T08:00:00.000Z');
    expect((await jobs.counts())[0]?.counts).toMatchObject({ delayed: 1, waiting: 0 });
  });

  it('counts each reminder sent at the person\'s site for the outcome reports (someone with no site is in no report)', async () => {
    const { stores, clock, reminders, texts, runAt } = setUp('2026-12-01T12:00:00Z');
    await personWith(stores, clock, smsPerson, 'any', null);
    await stores.people.update(smsPerson, (current) => ({ ...(current ?? { createdAt: clock.iso(), updatedAt: clock.iso() }), area: 'luton' }));
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    await runAt('2026-12-08T12:00:00Z');
    expect(texts).toHaveLength(1);
    expect(await stores.reports.months('luton', ['2026-12'])).toStrictEqual([{ 'use.reminders': 1 }]);
  });

  it('fall back: due on the last Sunday of October at 9am GMT (09:00 UTC)', async () => {
    const { stores, clock, jobs, reminders, texts, runAt } = setUp('2026-10-18T09:00:00Z');
    await personWith(stores, clock, smsPerson, 'morning', { from: '21:00', to: '09:00' });
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-10-25T09:00:00.000Z');
    await runAt('2026-10-25T08:00:00Z');
    expect(texts).toEqual([]);
    await runAt('2026-10-25T09:00:00Z');
    expect(texts.map((text) => text.at)).toEqual(['2026-10-25T09:00:00.000Z']);
  });

  it('moves (never drops) a reminder that falls due in quiet hours spanning midnight, and sends it when they end', async () => {
    const { stores, clock, jobs, reminders, texts, runAt, pending } = setUp('2026-12-01T12:00:00Z');
    await personWith(stores, clock, smsPerson, 'any', null);
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-12-08T09:00:00.000Z');
    // Quiet hours changed where no plan followed (another instance, a race): 8pm to 10:30am.
    await stores.wellbeing.update(smsPerson, (current) => ({ ...(current ?? emptyWellbeingRecord(clock.iso())), preferences: { frequency: 'weekly', timeOfDay: 'any', quietHours: { from: '20:00', to: '10:30' }, updatedAt: '2026-12-01T12:00:00.000Z' } }));
    await runAt('2026-12-08T09:00:00Z');
    expect(texts).toEqual([]);
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-12-08T10:30:00.000Z');
    expect((await pending())?.delayed).toBe(1);
    await runAt('2026-12-08T10:30:00Z');
    expect(texts.map((text) => text.at)).toEqual(['2026-12-08T10:30:00.000Z']);
  });

  it('STOP between planning and sending cancels the reminder at once; one that fires anyway is checked and not sent', async () => {
    const { stores, clock, reminders, texts, textIn, runAt, pending } = setUp('2026-12-01T12:00:00Z');
    await personWith(stores, clock, smsPerson, 'any', null);
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    expect((await pending())?.delayed).toBe(1);
    await textIn(phone, 'STOP');
    expect((await pending())?.delayed).toBe(0);
    await runAt('2026-12-08T09:00:00Z');
    expect(texts).toEqual([]);

    // A reminder planned again, then an opt-out recorded without the cancel (another instance): the send is refused.
    await stores.sms.setOptedOut(phone, false, clock.iso());
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    await stores.sms.setOptedOut(phone, true, clock.iso());
    await runAt('2026-12-15T09:00:00Z');
    expect(texts).toEqual([]);
    expect(await pending()).toMatchObject({ delayed: 0, waiting: 0, failed: 0 });
  });

  it('an instance that stopped after writing the plan and before queueing its job: the next stale job of theirs queues it', async () => {
    const { stores, clock, jobs, reminders, texts, runAt } = setUp('2026-12-01T12:00:00Z');
    await personWith(stores, clock, smsPerson, 'any', null);
    await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    const planned = jobs.scheduled.at(-1);
    expect(planned?.at).toBe('2026-12-08T09:00:00.000Z');
    // The plan names the job, which never got queued; an older job of theirs runs (a stalled rerun).
    await jobs.cancel(checkInReminderJob, planned?.id ?? '');
    const ref = stores.references('person', smsPerson);
    const staleAt = '2026-12-02T09:00:00.000Z';
    await jobs.schedule(checkInReminderJob, { id: checkInReminderJobId(ref, staleAt), person: ref, data: { dueAt: staleAt }, timing: { at: Date.parse(staleAt) } });
    await runAt(staleAt);
    expect(texts).toEqual([]);
    await runAt('2026-12-08T09:00:00Z');
    expect(texts.map((text) => text.at)).toEqual(['2026-12-08T09:00:00.000Z']);
  });

  it('frequency "never" cancels the pending reminder', async () => {
    const { stores, clock, reminders, texts, runAt, pending } = setUp('2026-12-01T12:00:00Z');
    await personWith(stores, clock, webPerson, 'any', null);
    await stores.directLine.createConversation({ conversationId: 'conv-1', userId: webUser, createdAt: clock.iso() });
    await reminders.plan(turnOf('webchat', webUser, 'conv-1'));
    expect((await pending())?.delayed).toBe(1);
    await stores.wellbeing.update(webPerson, (current) => ({ ...(current ?? emptyWellbeingRecord(clock.iso())), preferences: { frequency: 'never', timeOfDay: 'any', quietHours: null, updatedAt: clock.iso() } }));
    await reminders.plan(turnOf('webchat', webUser, 'conv-1'));
    expect((await pending())?.delayed).toBe(0);
    await runAt('2026-12-08T09:00:00Z');
    expect(texts).toEqual([]);
    expect((await stores.directLine.since('conv-1', 0, 10)).activities).toEqual([]);
  });
});

describe('check-in reminders on BullMQ (real Redis)', () => {
  it('sends a due reminder once by SMS, plans the next a week on, and erasure leaves no job behind', async () => {
    const stores = await openTestRedisStores();
    const clock = new TestClock(Date.parse('2026-12-01T12:00:00Z'));
    const jobs = new BullMqJobs({ redis: createJobsRedisClient({ url: testRedisUrl() }), keyPrefix: randomKeyPrefix(), clock, logger: capturingLogger('silent').logger, policy: testJobPolicy });
    opened.push(jobs);
    try {
      const { reminders, texts } = sendingReminders(stores, clock, jobs);
      await jobs.start();
      await personWith(stores, clock, smsPerson, 'any', null);
      // Planned a week after the preferences were set, by the test's clock: due now, so BullMQ (on real time) runs it at once.
      clock.set('2026-12-08T09:00:00Z');
      await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
      const counts = async () => (await jobs.counts()).find((queue) => queue.queue === checkInReminderJob.name)?.counts;
      for (let waited = 0; texts.length === 0 && waited < 15_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(texts).toEqual([{ to: phone, body: 'Time for your check-in. Reply CHECK IN to start, or STOP to stop texts.', at: '2026-12-08T09:00:00.000Z' }]);
      for (let waited = 0; (await counts())?.completed !== 1 && waited < 15_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await counts()).toMatchObject({ delayed: 1, completed: 1, failed: 0 });
      await reminders.erase(smsPerson);
      expect(await counts()).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 });
    } finally {
      await stores.close();
    }
  });
});

describe('check-in reminders through the conversation (fake clock)', () => {
  /** On web chat: onboarded, a goal added (a check-in), weekly reminders at any time, no quiet hours. */
  async function webChatWithReminders() {
    const set = setUp('2026-12-01T12:00:00Z');
    const chat = new DialogChat('webchat', set.stores, set.clock, undefined, undefined, set.reminders);
    await chat.onboard();
    await chat.say('add a goal');
    await chat.say('Sleep better');
    await chat.say('4');
    await chat.say('Not now');
    await chat.say('check in settings');
    await chat.say('Weekly');
    await chat.say('Any time');
    const saved = await chat.sayText('No quiet hours');
    // TestAdapter's conversation, as the page would have it.
    await set.stores.directLine.createConversation({ conversationId: 'Convo1', userId: 'user1', createdAt: set.clock.iso() });
    return { ...set, chat, saved };
  }

  it('plans when the settings are saved, leaves the reminder in the web chat history, and "yes" starts the check-in', async () => {
    const { chat, saved, jobs, runAt, stores, pending } = await webChatWithReminders();
    expect(saved).toContain("I'll leave a short reminder here in the chat when it's time.");
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-12-08T09:00:00.000Z');
    await runAt('2026-12-08T09:00:00Z');
    const history = await stores.directLine.since('Convo1', 0, 10);
    expect(history.activities.map((activity) => activity.text)).toEqual(['Time for your check-in. Reply CHECK IN to start, or CHECK IN SETTINGS to change or stop reminders.']);
    expect(textOf(await chat.say('yes'))).toContain('"Sleep better": Last time');
    // The check-in rating plans the next reminder a week after it.
    await chat.say('6');
    expect(jobs.scheduled.at(-1)?.at).toBe('2026-12-15T09:00:00.000Z');
    // Replaced, never added: one reminder waiting, whatever was planned before.
    expect(await pending()).toMatchObject({ delayed: 1, waiting: 0 });
  });

  it('a plain "yes" with no reminder before it does not start a check-in', async () => {
    const { chat } = await webChatWithReminders();
    expect(textOf(await chat.say('yes'))).not.toContain('Last time');
  });

  it('"delete my data" between planning and sending leaves no job, no job data and no plan, and nothing is sent', async () => {
    const { chat, runAt, stores, jobs, pending } = await webChatWithReminders();
    expect((await pending())?.delayed).toBe(1);
    await chat.say('delete my data');
    await chat.say('Yes, delete everything');
    expect(await pending()).toEqual({ waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 });
    expect(stores.botStorage.keys().filter((key) => key.startsWith('checkin-reminder:'))).toEqual([]);
    await runAt('2026-12-08T09:00:00Z');
    expect(jobs.scheduled.length).toBeGreaterThan(0);
    expect((await stores.directLine.since('Convo1', 0, 10)).activities).toEqual([]);
  });
});
