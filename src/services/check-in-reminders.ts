import type { TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isAppError } from '../domain/app-error';
import { isoNow, type Clock } from '../domain/clock';
import {
  checkInReminderJobId,
  checkInReminderText,
  decideDueReminder,
  lastCheckInAt,
  nextReminderAt,
  reminderReplyWindowMs,
  type ReminderBasis,
} from '../domain/wellbeing/check-in-reminder';
import { siteOfArea, type SiteId } from '../domain/sites';
import { jobType, type Jobs, type RunningJob } from '../jobs/jobs';
import type { KeyedReference } from '../store/keyed-reference';
import type { ExpiringStorage, PersonStore, TurnFence, WellbeingStore } from '../store/ports';
import { personKey } from '../bot/person-key';
import type { ReportRecorder } from './report-recorder';
import { turnFenceOf } from '../bot/turn-fence';

/** The reminder job: its data is the instant it was planned for (the person is the job's person reference). */
export const checkInReminderJob = jobType('checkin.reminder', z.strictObject({ dueAt: z.string().datetime() }));

/** Where a reminder goes: the channels that can send one unasked. */
const addressSchema = z.strictObject({
  channelId: z.enum(['sms', 'webchat']),
  userId: z.string().min(1),
  conversationId: z.string().min(1),
});
export type ReminderAddress = z.output<typeof addressSchema>;

/**
 * What is kept per person beside the job: where to send, the one pending job, the last reminder,
 * and whether a plain "yes" still answers it. Under a keyed reference, erased with the person.
 */
const plannedSchema = addressSchema.extend({
  jobId: z.string().optional(),
  /** When the job `jobId` is due, so it can be queued again (plans written before it was kept have none). */
  dueAt: z.string().datetime().optional(),
  lastReminderAt: z.string().datetime().optional(),
  awaitingReply: z.boolean().optional(),
});
type Planned = z.output<typeof plannedSchema>;

/** Sends a reminder's text unasked (SMS by Twilio REST, web chat into the history). */
export type ProactiveSend = (address: ReminderAddress, text: string) => Promise<void>;

export interface CheckInRemindersDependencies {
  readonly jobs: Jobs;
  /** Where each person's plan is kept (the bot storage, under `checkin-reminder:<person ref>`). */
  readonly storage: ExpiringStorage;
  readonly people: PersonStore;
  readonly wellbeing: WellbeingStore;
  readonly references: KeyedReference;
  /** The outcome reports: each reminder sent is counted at the person's site. */
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A plan outlives the longest gap between reminders (a month, then up to 60 days to find a time). */
const planTtlSeconds = 100 * 24 * 60 * 60;

/**
 * Check-in reminders on the jobs layer: one pending reminder per person at most, planned from
 * their preferences, last check-in and last reminder; checked again when it falls due; cancelled
 * at once on STOP, "never", withdrawn consent and erasure.
 */
export class CheckInReminders {
  constructor(private readonly deps: CheckInRemindersDependencies) {}

  /** Registers the job's handler (before `jobs.start()`): due reminders go out through `send`. */
  register(send: ProactiveSend): void {
    this.deps.jobs.handle(checkInReminderJob, (job) => this.fire(job, send));
  }

  /**
   * Plans (or replaces, or cancels) the person's next reminder after their preferences or
   * check-ins changed. Only SMS and web chat can be reminded; other channels plan nothing.
   */
  async plan(context: TurnContext): Promise<void> {
    const { channelId, from, conversation } = context.activity;
    const address = addressSchema.safeParse({ channelId, userId: from.id, conversationId: conversation.id });
    if (!address.success) return;
    const ref = this.personRef(personKey(context.activity));
    const current = await this.read(ref);
    // A new plan from a turn: the person is here, so the last reminder is answered.
    await this.planFrom(ref, { ...current, ...address.data, awaitingReply: false }, turnFenceOf(context));
  }

  /**
   * True once for a "yes" right after a reminder (within {@link reminderReplyWindowMs}): the
   * caller starts the check-in. Call only for a reply that takes a reminder up.
   */
  async takeReply(context: TurnContext): Promise<boolean> {
    const ref = this.personRef(personKey(context.activity));
    const planned = await this.read(ref);
    if (planned?.awaitingReply !== true || planned.lastReminderAt === undefined) return false;
    if (this.deps.clock.now() - Date.parse(planned.lastReminderAt) > reminderReplyWindowMs) return false;
    await this.write(ref, { ...planned, awaitingReply: false }, turnFenceOf(context));
    return true;
  }

  /** STOP or withdrawn consent: every pending job of the person is cancelled, and the plan goes. */
  async stop(key: string): Promise<void> {
    const ref = this.personRef(key);
    await this.deps.jobs.cancelForPerson(ref);
    await this.deps.storage.delete([storageKey(ref)]);
  }

  /** Erasure: as {@link stop}, and their finished and failed jobs go too. `fence`: the erasing turn's. */
  async erase(key: string, fence?: TurnFence): Promise<void> {
    const ref = this.personRef(key);
    await this.deps.jobs.erasePerson(ref);
    await this.deps.storage.delete([storageKey(ref)], fence);
  }

  /** A due reminder: checked again against everything as it is now, then sent, moved or dropped. */
  private async fire(job: RunningJob<{ dueAt: string }>, send: ProactiveSend): Promise<void> {
    const planned = await this.read(job.person);
    // Erased, stopped, or replaced by a newer plan: this one is not theirs to send.
    if (planned === undefined || planned.jobId !== job.id) {
      // The plan is written before its job is queued: if the instance stopped between the two (this
      // job then runs again, as stalled), the plan's job is queued now; a job that is there stays as it is.
      if (planned?.jobId !== undefined && planned.dueAt !== undefined) await this.queue(job.person, planned.jobId, planned.dueAt);
      this.log('dropped', planned === undefined ? 'no-plan' : 'superseded');
      return;
    }
    const now = DateTime.fromMillis(this.deps.clock.now(), { zone: 'utc' });
    const { basis, siteId } = await this.facts(planned);
    const decision = decideDueReminder(basis, now);
    if (decision.kind === 'drop') {
      await this.deps.storage.delete([storageKey(job.person)]);
      this.log('dropped', 'preferences');
      return;
    }
    if (decision.kind === 'move') {
      await this.schedule(job.person, planned, decision.at);
      this.log('moved', 'not-now');
      return;
    }
    try {
      await send(planned, checkInReminderText(planned.channelId));
    } catch (error) {
      // STOP on SMS (the channel refuses), or a web chat erased or expired: nothing more is planned.
      if (!isAppError(error, 'FORBIDDEN') && !isAppError(error, 'NOT_FOUND')) throw error;
      await this.stop(personKeyOf(planned));
      this.log('dropped', 'opted-out');
      return;
    }
    this.log('sent', planned.channelId);
    if (siteId !== undefined) await this.deps.reports.record(siteId, { type: 'use.reminder', at: isoNow(this.deps.clock) });
    await this.planFrom(job.person, { ...planned, jobId: undefined, dueAt: undefined, lastReminderAt: isoNow(this.deps.clock), awaitingReply: true });
  }

  /** Works out the next reminder from `planned` and the stores, and schedules it (or drops the plan). */
  private async planFrom(ref: string, planned: Planned, fence?: TurnFence): Promise<void> {
    const next = nextReminderAt(await this.basis(planned), DateTime.fromMillis(this.deps.clock.now(), { zone: 'utc' }));
    if (next === undefined) {
      if (planned.jobId !== undefined) await this.deps.jobs.cancel(checkInReminderJob, planned.jobId);
      await this.deps.storage.delete([storageKey(ref)], fence);
      return;
    }
    await this.schedule(ref, planned, next, fence);
  }

  /**
   * Schedules the reminder due `at`, replacing the one pending (never two for a person). The plan
   * names the job before it is queued, so a job due at once finds itself named when it runs.
   */
  private async schedule(ref: string, planned: Planned, at: string, fence?: TurnFence): Promise<void> {
    const jobId = checkInReminderJobId(ref, at);
    await this.write(ref, { ...planned, jobId, dueAt: at }, fence);
    if (planned.jobId !== undefined && planned.jobId !== jobId) await this.deps.jobs.cancel(checkInReminderJob, planned.jobId);
    await this.queue(ref, jobId, at);
  }

  /** Queues the job `jobId` due `at` (nothing when it is pending, or finished within its retention). */
  private async queue(ref: string, jobId: string, at: string): Promise<void> {
    await this.deps.jobs.schedule(checkInReminderJob, { id: jobId, person: ref, data: { dueAt: at }, timing: { at: Date.parse(at) } });
  }

  private async basis(planned: Planned): Promise<ReminderBasis> {
    return (await this.facts(planned)).basis;
  }

  /** What decides the reminder, and the person's site (where a reminder sent is counted). */
  private async facts(planned: Planned): Promise<{ basis: ReminderBasis; siteId: SiteId | undefined }> {
    const key = personKeyOf(planned);
    const [person, record] = await Promise.all([this.deps.people.get(key), this.deps.wellbeing.get(key)]);
    return {
      basis: {
        consented: person?.consent !== undefined,
        preferences: record?.preferences,
        lastCheckInAt: record === undefined ? undefined : lastCheckInAt(record),
        lastReminderAt: planned.lastReminderAt,
      },
      siteId: siteOfArea(person?.area),
    };
  }

  private async read(ref: string): Promise<Planned | undefined> {
    const key = storageKey(ref);
    const found = (await this.deps.storage.read([key]))[key];
    // A plan that does not fit is treated as none: the next turn plans afresh.
    return found === undefined ? undefined : plannedSchema.safeParse(withoutETag(found)).data;
  }

  private async write(ref: string, planned: Planned, fence?: TurnFence): Promise<void> {
    const parsed = plannedSchema.parse(planned);
    await this.deps.storage.write({ [storageKey(ref)]: { ...parsed, eTag: '*' } }, planTtlSeconds, fence);
  }

  private personRef(key: string): string {
    return this.deps.references('person', key);
  }

  private log(outcome: 'sent' | 'moved' | 'dropped', reason: string): void {
    this.deps.logger.info({ event: `checkin_reminder.${outcome}`, reason }, `check-in reminder ${outcome}`);
  }
}

function storageKey(ref: string): string {
  return `checkin-reminder:${ref}`;
}

/** The person key of a plan's address: `<channel>:<user id>`, as `personKey` makes it in a turn. */
function personKeyOf(address: ReminderAddress): string {
  return `${address.channelId}:${address.userId}`;
}

function withoutETag(item: Record<string, unknown>): Record<string, unknown> {
  const { eTag: _eTag, ...rest } = item;
  return rest;
}
