import { z } from 'zod';
import type { Logger } from 'pino';
import {
  activityReminderCancelledText,
  activityReminderKinds,
  activityReminderText,
  activityReminderTimes,
  defaultDayBeforeMinutes,
  sessionState,
  type ActivityReminderKind,
} from '../domain/activities/activity-reminders';
import { nextOccurrence } from '../domain/activities/schedule-occurrences';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import type { ActivityReminderRequest, PersonRecord } from '../domain/person-record';
import { siteOfArea } from '../domain/sites';
import { timeOfDayStartMinutes } from '../domain/wellbeing/check-in-preferences';
import { jobType, type Jobs, type RunningJob } from '../jobs/jobs';
import type { KeyedReference } from '../store/keyed-reference';
import type { ActivityStore, ExpiringStorage, PersonStore, TurnFence, WellbeingStore } from '../store/ports';
import type { PersonMessenger } from './person-messenger';
import type { ReportRecorder } from './report-recorder';

/** One reminder of one session: ids and codes only (the text is built from the listing when it is sent). */
export const activityReminderJob = jobType(
  'activity.reminder',
  z.strictObject({
    activityId: z.uuid(),
    session: z.number().int(),
    kind: z.enum(activityReminderKinds),
  }),
);

/** A reminder request as "my reminders" shows it: the listing's name (if it is still there) and the session planned. */
export interface ActivityReminderView {
  readonly activityId: string;
  readonly name: string | undefined;
  /** Start of the session reminded of (epoch ms); undefined when no session is coming. */
  readonly session: number | undefined;
}

export interface ActivityRemindersDependencies {
  readonly jobs: Jobs;
  readonly people: PersonStore;
  /** For the part of the day the person chose for check-ins: the day-before reminder comes then. */
  readonly wellbeing: Pick<WellbeingStore, 'get'>;
  readonly activities: Pick<ActivityStore, 'get'>;
  /**
   * Where a job finds whom it is for: jobs carry the person's keyed reference only, so the person
   * key sits here under `reminders:<reference>`, for as long as their latest reminder needs it.
   */
  readonly addresses: ExpiringStorage;
  readonly references: KeyedReference;
  readonly messenger: PersonMessenger;
  /** The outcome reports: each reminder sent is counted at the person's site. */
  readonly reports: Pick<ReportRecorder, 'record'>;
  readonly clock: Clock;
  /** Job ids and codes only. */
  readonly logger: Logger;
}

const dayMs = 86_400_000;
// Not strict: the storage adds its eTag.
const addressSchema = z.object({ personKey: z.string().min(3) });

/**
 * "Remind me" on activities: two jobs for the next session of each activity the person asked
 * about (the day before, an hour before), listed and cancelled by "my reminders", checked again
 * when they fire (consent, the request still there, the listing still active, the session still on).
 */
export class ActivityReminders {
  constructor(private readonly deps: ActivityRemindersDependencies) {}

  /** Registers the job handler (before `jobs.start()`). */
  handleJobs(): void {
    this.deps.jobs.handle(activityReminderJob, (job) => this.fire(job));
  }

  /**
   * Plans the reminders of the next session of `activityId` for a person whose record holds the
   * request, and records the session on it. Resolves the session's start, or undefined when the
   * listing has no session coming (the request stays, without reminders).
   */
  async plan(personKey: string, activityId: string, fence?: TurnFence): Promise<number | undefined> {
    const now = this.deps.clock.now();
    const [activity, wellbeing] = await Promise.all([this.deps.activities.get(activityId), this.deps.wellbeing.get(personKey)]);
    const session = activity === undefined ? undefined : nextOccurrence(activity, now);
    if (session === undefined) return undefined;
    const timeOfDay = wellbeing?.preferences?.timeOfDay;
    const planned = activityReminderTimes(session, timeOfDay === undefined ? defaultDayBeforeMinutes : timeOfDayStartMinutes(timeOfDay), now);
    const record = await this.deps.people.update(personKey, (current) =>
      changeRequests(current, isoNow(this.deps.clock), (requests) =>
        requests.map((request) => (request.activityId === activityId ? { ...request, session: new Date(session.start).toISOString() } : request)),
      ),
    );
    // Only what the person asked for (and still has) is planned.
    if (!record.activityReminders?.some((request) => request.activityId === activityId)) return undefined;
    await this.keepAddress(personKey, record, fence);
    const person = this.personRef(personKey);
    for (const { kind, at } of planned) {
      await this.deps.jobs.schedule(activityReminderJob, {
        id: jobId(person, activityId, session.start, kind),
        person,
        data: { activityId, session: session.start, kind },
        timing: { at },
      });
    }
    return session.start;
  }

  /** The person's reminder requests, oldest first, with each listing's name and the session planned. */
  async list(personKey: string): Promise<ActivityReminderView[]> {
    const requests = (await this.deps.people.get(personKey))?.activityReminders ?? [];
    return Promise.all(
      requests.map(async (request) => ({
        activityId: request.activityId,
        name: (await this.deps.activities.get(request.activityId))?.name,
        session: request.session === undefined ? undefined : Date.parse(request.session),
      })),
    );
  }

  /** Stops the reminders of one activity, or of every activity (`all`): the jobs go, and the requests. */
  async cancel(personKey: string, which: string | 'all'): Promise<void> {
    const requests = (await this.deps.people.get(personKey))?.activityReminders ?? [];
    const cancelled = requests.filter((request) => which === 'all' || request.activityId === which);
    for (const request of cancelled) await this.cancelJobs(personKey, request);
    await this.deps.people.update(personKey, (current) => withoutRequests(current, isoNow(this.deps.clock), new Set(cancelled.map((request) => request.activityId))));
  }

  /** On erasure or withdrawn consent: no reminder job or address is left behind. */
  async forget(personKey: string, fence?: TurnFence): Promise<void> {
    const person = this.personRef(personKey);
    await this.deps.jobs.cancelForPerson(person);
    await this.deps.addresses.delete([addressKey(person)], fence);
  }

  private async fire(job: RunningJob<z.output<typeof activityReminderJob.data>>): Promise<void> {
    const { activityId, session, kind } = job.data;
    const personKey = await this.addressOf(job.person);
    const record = personKey === undefined ? undefined : await this.deps.people.get(personKey);
    // Erased, consent withdrawn, the request cancelled or moved to another session: nothing to send.
    if (personKey === undefined || record?.consent === undefined) return;
    const request = record.activityReminders?.find((candidate) => candidate.activityId === activityId);
    if (request?.session === undefined || Date.parse(request.session) !== session) return;

    const now = this.deps.clock.now();
    const activity = await this.deps.activities.get(activityId);
    const state = sessionState(activity, session);
    if (state.state === 'on') {
      const sent = await this.deps.messenger.send(personKey, activityReminderText(state.activity, state.session, now));
      const siteId = siteOfArea(record.area);
      if (sent && siteId !== undefined) await this.deps.reports.record(siteId, { type: 'use.reminder', at: isoNow(this.deps.clock) });
      this.deps.logger.info(
        {
          event: sent ? 'reminders.activity_sent' : 'reminders.activity_unreachable',
          job: job.id,
          kind,
        },
        'activity reminder',
      );
      if (kind === 'hour-before') await this.deps.people.update(personKey, (current) => withoutRequests(current, isoNow(this.deps.clock), new Set([activityId])));
      return;
    }
    // The session is off: the other reminder goes, the request goes, and the person is told once.
    await this.cancelJobs(personKey, request);
    await this.deps.people.update(personKey, (current) => withoutRequests(current, isoNow(this.deps.clock), new Set([activityId])));
    const sent = await this.deps.messenger.send(personKey, activityReminderCancelledText(activity, state.state, session, now));
    this.deps.logger.info(
      {
        event: 'reminders.activity_session_off',
        job: job.id,
        state: state.state,
        sent,
      },
      'activity reminder cancelled: session off',
    );
  }

  private async cancelJobs(personKey: string, request: ActivityReminderRequest): Promise<void> {
    if (request.session === undefined) return;
    const person = this.personRef(personKey);
    const session = Date.parse(request.session);
    for (const kind of activityReminderKinds) await this.deps.jobs.cancel(activityReminderJob, jobId(person, request.activityId, session, kind));
  }

  /** Keeps the person key for the jobs until a day after the latest session planned. */
  private async keepAddress(personKey: string, record: PersonRecord, fence: TurnFence | undefined): Promise<void> {
    const latest = Math.max(...(record.activityReminders ?? []).map((request) => (request.session === undefined ? 0 : Date.parse(request.session))));
    const ttlSeconds = Math.ceil((latest + dayMs - this.deps.clock.now()) / 1000);
    if (ttlSeconds <= 0) return;
    await this.deps.addresses.write({ [addressKey(this.personRef(personKey))]: { personKey } }, ttlSeconds, fence);
  }

  private async addressOf(person: string): Promise<string | undefined> {
    const key = addressKey(person);
    const parsed = addressSchema.safeParse((await this.deps.addresses.read([key]))[key]);
    return parsed.success ? parsed.data.personKey : undefined;
  }

  private personRef(personKey: string): string {
    return this.deps.references('person', personKey);
  }
}

/** One id per person, activity, session and kind: planning the same session twice queues nothing new. */
function jobId(person: string, activityId: string, session: number, kind: ActivityReminderKind): string {
  return `activity.${person}.${activityId}.${session}.${kind}`;
}

function addressKey(person: string): string {
  return `reminders:${person}`;
}

/**
 * The record with its reminder requests changed (and `updatedAt` moved on).
 * @throws AppError NOT_FOUND when the record is gone (erased meanwhile): a request is never a reason to make one.
 */
function changeRequests(current: PersonRecord | undefined, now: string, change: (requests: readonly ActivityReminderRequest[]) => ActivityReminderRequest[]): PersonRecord {
  if (current === undefined) throw new AppError('NOT_FOUND', 'The person record is gone.');
  return {
    ...current,
    activityReminders: change(current.activityReminders ?? []),
    updatedAt: now,
  };
}

function withoutRequests(current: PersonRecord | undefined, now: string, activityIds: ReadonlySet<string>): PersonRecord {
  return changeRequests(current, now, (requests) => requests.filter((request) => !activityIds.has(request.activityId)));
}
