import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInReminderText } from '../../src/domain/wellbeing/check-in-reminder';
import { BullMqJobs, jobsKeyPrefix } from '../../src/jobs/bullmq-jobs';
import { checkInReminderJob, type CheckInReminders } from '../../src/services/check-in-reminders';
import type { Stores } from '../../src/store/ports';
import { createJobsRedisClient } from '../../src/store/redis/redis-connection';
import { startFakeTwilio, type FakeTwilio } from '../support/fake-twilio';
import { capturingLogger } from '../support/log-capture';
import { personWith, turnOf } from '../support/reminder-harness';
import { exitOf, startProcess, type ServiceProcess } from '../support/service-process';
import { TestClock } from '../support/test-clock';
import { testReminders } from '../support/test-reminders';
import { openTestRedisStores, randomKeyPrefix, testRedisUrl, testReferenceSecret } from '../support/test-stores';

/** Preferences set a week before the reminders fall due (weekly, any time, no quiet hours). */
const preferencesSetAt = '2026-12-01T09:00:00Z';
/** When the reminders fall due: the instances' clocks read this as the drill starts, and on from there. */
const dueAt = '2026-12-08T09:00:00Z';
/** The same people's next reminders, a week later: the job id each plan names once its reminder is recorded. */
const nextJobSuffix = '.2026-12-15T0900';
const perRound = 20;

/** What the drill reads of a person's reminder plan (`checkin-reminder:<ref>` in the bot storage): the record of a send. */
const planSchema = z.object({ jobId: z.string().optional(), lastReminderAt: z.string().optional() });

/**
 * Issue 16's drill: two service processes on one Redis (BullMQ jobs) dispatch check-in reminders
 * by SMS, each to its own fake Twilio (so the test knows which instance sent what; together they
 * are the one Twilio a person hears from). One is killed with SIGKILL mid-dispatch.
 */
describe('check-in reminders dispatched by two instances on one Redis', { timeout: 120_000 }, () => {
  const keyPrefix = randomKeyPrefix();
  const clock = new TestClock(Date.parse(dueAt));
  // The test plans as the service does, on the same Redis; its jobs layer only schedules (no handlers).
  const planner = new BullMqJobs({ redis: createJobsRedisClient({ url: testRedisUrl() }), keyPrefix, clock, logger: capturingLogger('silent').logger });
  let stores: Stores;
  let reminders: CheckInReminders;
  let twilioA: FakeTwilio;
  let twilioB: FakeTwilio;
  let doomed: ServiceProcess;
  let survivor: ServiceProcess;

  beforeAll(async () => {
    stores = await openTestRedisStores(keyPrefix);
    reminders = testReminders(stores, clock, planner);
    [twilioA, twilioB] = await Promise.all([startFakeTwilio(), startFakeTwilio()]);
    // Both processes and the test agree on "now": the due time, from the moment the drill starts.
    const shiftMs = String(Date.parse(dueAt) - Date.now());
    const env = (twilio: FakeTwilio) => ({
      NODE_ENV: 'test',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: keyPrefix,
      REFERENCE_HASH_SECRET: testReferenceSecret,
      PUBLIC_URL: 'https://companion.example.test',
      TWILIO_ACCOUNT_SID: `AC${'ab'.repeat(16)}`,
      TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789abcdef',
      TWILIO_FROM_NUMBER: '+447700900000',
      TWILIO_API_BASE_URL: twilio.baseUrl,
      // A short lock, so the killed instance's jobs are found stalled within seconds (default 30 s).
      JOBS_LOCK_MS: '3000',
      // 10 jobs of a queue at once per instance: 20 due reminders then keep both instances sending.
      JOBS_CONCURRENCY: '10',
      WEB_PUSH: 'off',
    });
    const entry = ['tests/support/shifted-clock-service.ts', shiftMs];
    [doomed, survivor] = await Promise.all([startProcess(env(twilioA), entry), startProcess(env(twilioB), entry)]);
    // Each process compiles the service with tsx as it starts: slow on a busy machine.
  }, 90_000);

  afterAll(async () => {
    for (const running of [doomed, survivor]) {
      if (running !== undefined && running.child.exitCode === null && running.child.signalCode === null) {
        running.child.kill('SIGTERM');
        await exitOf(running.child);
      }
    }
    await planner.close();
    await stores?.close();
    await Promise.all([twilioA?.close(), twilioB?.close()]);
  });

  /** Plans a due reminder, through the service's own planning, for each of 20 people with SMS numbers of this round. */
  async function planRound(round: number): Promise<string[]> {
    const phones = Array.from({ length: perRound }, (_, i) => `+4477009${round}${String(i).padStart(4, '0')}`);
    clock.set(preferencesSetAt);
    for (const phone of phones) await personWith(stores, clock, `sms:${phone}`, 'any', null);
    clock.set(dueAt);
    for (const phone of phones) await reminders.plan(turnOf('sms', phone, `sms:${phone}`));
    return phones;
  }

  async function planOf(phone: string): Promise<z.output<typeof planSchema>> {
    const key = `checkin-reminder:${stores.references('person', `sms:${phone}`)}`;
    return planSchema.parse((await stores.botStorage.read([key]))[key]);
  }

  /** The phones whose reminder the service has recorded as sent (the plan holds the send). */
  async function recorded(phones: readonly string[]): Promise<string[]> {
    const plans = await Promise.all(phones.map(planOf));
    return phones.filter((_, i) => plans[i]?.lastReminderAt !== undefined);
  }

  /** The phones whose reminder is recorded and whose next one, a week on, is the one planned. */
  async function plannedOn(phones: readonly string[]): Promise<number> {
    const plans = await Promise.all(phones.map(planOf));
    return plans.filter((plan) => plan.lastReminderAt !== undefined && plan.jobId?.endsWith(nextJobSuffix) === true).length;
  }

  /** Every SMS Twilio took for the number, from either instance. */
  function textsTo(phone: string): string[] {
    return [...twilioA.sends, ...twilioB.sends].filter((send) => send.to === phone).map((send) => send.body);
  }

  const held = () => twilioA.heldCount() + twilioB.heldCount();

  async function reminderCounts() {
    return (await planner.counts()).find((queue) => queue.queue === checkInReminderJob.name)?.counts;
  }

  it('sends each of 20 due reminders exactly once, both instances sending, and plans each next one a week on', async () => {
    twilioA.holdAnswers();
    twilioB.holdAnswers();
    const phones = await planRound(1);
    // Each instance runs at most 10 jobs of a queue at once (JOBS_CONCURRENCY): 20 sends waiting for Twilio means both are sending.
    await expect.poll(held, { timeout: 20_000 }).toBe(perRound);
    expect([twilioA.heldCount(), twilioB.heldCount()]).toEqual([10, 10]);
    twilioA.releaseAnswers();
    twilioB.releaseAnswers();

    await expect.poll(() => plannedOn(phones), { timeout: 20_000 }).toBe(perRound);
    await expect.poll(reminderCounts, { timeout: 20_000 }).toMatchObject({ waiting: 0, active: 0, delayed: perRound, completed: perRound, failed: 0 });
    for (const phone of phones) expect(textsTo(phone), phone).toEqual([checkInReminderText('sms')]);
  });

  it('loses no reminder when one instance is killed with SIGKILL mid-dispatch: only sends it had not recorded go again', async () => {
    const [fromA, fromB] = [twilioA.sends.length, twilioB.sends.length];
    twilioA.holdAnswers();
    twilioB.holdAnswers();
    const phones = await planRound(2);
    await expect.poll(held, { timeout: 20_000 }).toBe(perRound);
    const atDoomed = twilioA.sends.slice(fromA).map((send) => send.to);
    expect(atDoomed).toHaveLength(10);
    expect(twilioB.sends.length - fromB).toBe(10);
    // The survivor's sends are answered; of the doomed instance's, the first 4 are answered (and
    // recorded), the other 6 were taken by Twilio but their answers never reach it.
    twilioB.releaseAnswers();
    twilioA.releaseAnswers(4);
    const answered = atDoomed.slice(0, 4);
    const unanswered = atDoomed.slice(4);
    await expect.poll(() => recorded(answered), { timeout: 20_000 }).toEqual(answered);

    doomed.child.kill('SIGKILL');
    await exitOf(doomed.child);
    const recordedAtKill = await recorded(phones);
    expect(recordedAtKill).toEqual(expect.arrayContaining(answered));
    expect(recordedAtKill.filter((phone) => unanswered.includes(phone))).toEqual([]);
    // Answers to a process that is gone.
    twilioA.releaseAnswers();

    // The killed instance's 6 running jobs lose their lock (JOBS_LOCK_MS); the survivor finds them
    // stalled, runs them again, sends and records.
    await expect.poll(() => plannedOn(phones), { timeout: 45_000 }).toBe(perRound);
    await expect.poll(reminderCounts, { timeout: 20_000 }).toMatchObject({ waiting: 0, active: 0, delayed: 2 * perRound, completed: 2 * perRound, failed: 0 });
    // None lost; a send recorded before the kill went once; the duplicates are exactly the sends
    // Twilio took whose answer the killed instance never had, so never recorded.
    for (const phone of phones) {
      expect(textsTo(phone), phone).toEqual(Array(unanswered.includes(phone) ? 2 : 1).fill(checkInReminderText('sms')));
    }
    expect(twilioA.sends.length - fromA).toBe(10);
    expect(twilioB.sends.length - fromB).toBe(10 + unanswered.length);
  });

  it('sends nothing when a reminder job whose send was recorded runs again (as a stalled job does when its instance dies after the record)', async () => {
    const connection = createJobsRedisClient({ url: testRedisUrl() });
    const queue = new Queue(checkInReminderJob.name, { connection, prefix: jobsKeyPrefix(keyPrefix) });
    try {
      const sentBefore = twilioA.sends.length + twilioB.sends.length;
      // The kill cannot be timed to land between the record and BullMQ's "completed": the same
      // rerun is made by moving finished jobs back to waiting, as the stalled-job check does.
      const finished = await queue.getJobs(['completed'], 0, 9);
      expect(finished).toHaveLength(10);
      for (const job of finished) await job.retry('completed');
      await expect.poll(reminderCounts, { timeout: 20_000 }).toMatchObject({ waiting: 0, active: 0, delayed: 2 * perRound, completed: 2 * perRound, failed: 0 });
      expect(twilioA.sends.length + twilioB.sends.length).toBe(sentBefore);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
