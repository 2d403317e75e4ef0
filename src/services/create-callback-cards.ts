import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../domain/clock';
import { jobType, type Jobs } from '../jobs/jobs';
import type { EventOutbox, Stores } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { TeamsSender } from '../teams/teams-sender';
import { CallbackCardActions, type ClaimNudgeTimer } from './callback-card-actions';
import { CallbackCardCopies } from './callback-card-copies';
import { CallbackNudges, nudgesReader, nudgesReaderReference } from './callback-nudges';
import { ReportRecorder } from './report-recorder';
import { CallbackOutcomeRecording } from './callback-outcome-recording';
import { CallbackReviews, type ReviewTimer } from './callback-reviews';
import { MonthlyDigests, type SiteReports } from './monthly-digests';
import { MorningDigests } from './morning-digests';
import { teamsWakeJob } from './teams-pass-wake';

export interface CallbackCardsDependencies {
  readonly stores: Pick<Stores, 'callbacks' | 'callbackCards' | 'callbackOutcomes' | 'eventCursors' | 'digestDays' | 'monthlyDigests' | 'teams' | 'references' | 'people' | 'wellbeing' | 'reports'>;
  /** The event outbox with the callback timers on it (`CallbackTimers`), as the admin API gets it. */
  readonly events: EventOutbox;
  /** The same `CallbackTimers`: a snooze puts its claim timer off. */
  readonly claimTimer: ClaimNudgeTimer;
  /** The same `CallbackTimers`: plans each review at the site's cadence. */
  readonly reviewTimer: ReviewTimer;
  readonly sender: TeamsSender;
  readonly directory: TeamsDirectory;
  /** The cards as Teams draws them (`teamsCallbackCards` from adapters/teams). */
  readonly render: CallbackCards;
  /** The outcome reports as the reports API builds them, for the monthly digest. */
  readonly reports: SiteReports;
  /** The staff app's Reports page (absolute), for the monthly digest's button; undefined: no button. */
  readonly reportsUrl: string | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * The Teams pass as a repeating job: every instance schedules the same repeat and each tick runs on
 * one of them (BullMQ), so the outbox is read, and the morning and monthly digests sent, once
 * however many instances.
 */
export const teamsPassJob = jobType('teams.nudges.pass', z.strictObject({}));

/** The practitioners' callback cards, assembled. */
export interface CallbackCardsService {
  /** The verbs, for the Teams handler (`execute` from `onAdaptiveCardInvoke`, `submit` for a fallback message). */
  readonly actions: CallbackCardActions;
  /** Outcomes recorded, from the outcome prompt or the staff app (the admin API gets this one). */
  readonly outcomes: CallbackOutcomeRecording;
  readonly nudges: CallbackNudges;
  readonly digests: MorningDigests;
  readonly monthlyDigests: MonthlyDigests;
  /**
   * Registers the pass (the outbox reader, then the morning and monthly digests now due) on the
   * jobs layer, and the wake (the outbox reader alone, run at once for a new request: `TeamsPassWake`); call
   * before `jobs.start()`. Returns the scheduling (every `everyMs`) to await once started. The
   * repeat is filed under the reader's own reference, not a person's: no erasure touches it.
   */
  handleJobs(jobs: Jobs, everyMs: number): () => Promise<void>;
}

export function createCallbackCards(deps: CallbackCardsDependencies): CallbackCardsService {
  const { stores, events, sender, directory, render, clock, logger } = deps;
  const copies = new CallbackCardCopies({ callbacks: stores.callbacks, cards: stores.callbackCards, outcomes: stores.callbackOutcomes, sender, directory, render, clock, logger });
  const reports = new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger });
  const reviews = new CallbackReviews({
    callbacks: stores.callbacks,
    events,
    outcomes: stores.callbackOutcomes,
    people: stores.people,
    wellbeing: stores.wellbeing,
    directory,
    sender,
    render,
    timer: deps.reviewTimer,
    reports,
    clock,
    logger,
  });
  const outcomes = new CallbackOutcomeRecording({ outcomes: stores.callbackOutcomes, reviews, copies, reports, clock, logger });
  const actions = new CallbackCardActions({
    callbacks: stores.callbacks,
    events,
    cards: stores.callbackCards,
    outcomes,
    directory,
    copies,
    render,
    claimTimer: deps.claimTimer,
    reviews,
    clock,
    logger,
  });
  const nudges = new CallbackNudges({ events, cursors: stores.eventCursors, callbacks: stores.callbacks, cards: stores.callbackCards, outcomes: stores.callbackOutcomes, directory, copies, reviews, clock, logger });
  const digests = new MorningDigests({ teams: stores.teams, callbacks: stores.callbacks, cards: stores.callbackCards, days: stores.digestDays, directory, sender, render, clock, logger });
  const monthlyDigests = new MonthlyDigests({ reports: deps.reports, records: stores.monthlyDigests, directory, sender, render, reportsUrl: deps.reportsUrl, clock, logger });
  return {
    actions,
    outcomes,
    nudges,
    digests,
    monthlyDigests,
    handleJobs(jobs, everyMs) {
      jobs.handle(teamsPassJob, async () => {
        await nudges.handleNew();
        await digests.sendDue();
        await monthlyDigests.sendDue();
      });
      jobs.handle(teamsWakeJob, async () => {
        await nudges.handleNew();
      });
      const person = nudgesReaderReference(stores.references);
      return () => jobs.schedule(teamsPassJob, { id: `${nudgesReader}.pass`, person, data: {}, timing: { everyMs } });
    },
  };
}
