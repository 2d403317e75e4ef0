import type { TurnContext } from 'botbuilder';
import type { ActivityFinder } from '../src/domain/activities/activity-finder';
import type { Clock } from '../src/domain/clock';
import type { BestTimeId, CallbackRequest } from '../src/domain/callbacks/callback-request';
import type { ErasureReason } from '../src/domain/my-data/erasure-text';
import type { ListedReminder } from '../src/domain/activities/my-reminders';
import type { HeldData } from '../src/domain/my-data/held-data';
import type { Area, SiteId } from '../src/domain/sites';
import type { OpeningStatus } from '../src/domain/team/opening-hours';
import type { TeamDirectoryEntry } from '../src/domain/team/team-directory';
import type { WellbeingRecord } from '../src/domain/wellbeing/wellbeing-record';

/** What dialogs may know about the person they are talking to. */
export interface PersonView {
  readonly consent?: { readonly givenAt: string; readonly wordingVersion: string };
  readonly area?: Area;
  /** Since when they share their goal ratings with their team ("share my progress"), if they do. */
  readonly progressSharing?: { readonly givenAt: string; readonly wordingVersion: string };
  /** The activities they asked to be reminded of (ids), so a reminder is not offered twice. */
  readonly activityReminders?: readonly string[];
}

/** Reads and records the person's choices. Implemented by the turn pipeline over the stores. */
export interface PersonProfile {
  get(context: TurnContext): Promise<PersonView>;
  /** Records consent to the current wording, with the time. */
  recordConsent(context: TurnContext): Promise<void>;
  /** Records the area; only called after consent. */
  setArea(context: TurnContext, area: Area): Promise<void>;
  /**
   * Remembers that the person wants a reminder of an activity, and plans the reminders of its next session.
   * `no-consent` when they have not agreed to saving: nothing is kept then.
   */
  rememberActivity(context: TurnContext, activityId: string): Promise<'saved' | 'already' | 'no-consent'>;
  /** Records that the person shares their progress with their team (to the current wording); only called after consent. */
  shareProgress(context: TurnContext): Promise<void>;
  /** Stops sharing; `false` when they were not sharing. */
  stopSharingProgress(context: TurnContext): Promise<boolean>;
}

/** One activity reminder as "my reminders" lists it. */
export interface ActivityReminderItem extends ListedReminder {
  readonly activityId: string;
}

/** The person's activity reminders: listed, and stopped, by "my reminders". */
export interface ActivityReminderList {
  /** The reminders asked for, oldest first. */
  list(context: TurnContext): Promise<readonly ActivityReminderItem[]>;
  /** Stops one activity's reminders (by id) or all of them: their jobs are cancelled and the requests dropped. */
  stop(context: TurnContext, which: string | 'all'): Promise<void>;
}

/** What an erasure did that the person should be told. */
export interface ErasureOutcome {
  /** The references of the open callback requests it cancelled. */
  readonly cancelledCallbacks: readonly string[];
}

/** A link to download everything held about the person, as a JSON file. */
export interface ExportLink {
  /** Absolute when the service knows its public address, else a path on this service. */
  readonly url: string;
  /** E.g. `living-well-my-data-2026-12-06.json`. */
  readonly fileName: string;
  /** The link works once, for this long. */
  readonly validForMinutes: number;
}

/** People's rights over their data: see, export, erase. */
export interface PersonalData {
  /** Everything held about the person, for "my data" to describe. */
  heldData(context: TurnContext): Promise<HeldData>;
  /**
   * Prepares everything held about the person as one JSON file, and gives the short-lived,
   * single-use link that downloads it (the link holds nothing about the person).
   */
  exportLink(context: TurnContext): Promise<ExportLink>;
  /**
   * Erases every personal record across the stores, including this conversation's state (at the
   * end of the turn), and leaves one non-identifying audit entry. An open callback request is
   * cancelled: the team's list keeps it without the person's details.
   */
  erase(context: TurnContext, reason: ErasureReason): Promise<ErasureOutcome>;
}

/** What a change to the wellbeing record decided: the new record to save (none: save nothing), and the outcome. */
export interface WellbeingChange<R> {
  readonly record?: WellbeingRecord;
  readonly result: R;
}

/**
 * The person's goals, ratings, wellbeing answers and check-in preferences, kept in their own
 * store (not in dialog state). Only for people who have agreed to saving.
 */
export interface WellbeingJournal {
  /** The person's record; an empty one when they have none yet. */
  get(context: TurnContext): Promise<WellbeingRecord>;
  /**
   * Runs `change` on the freshest record and saves what it returns, running it again when another
   * turn wrote in between, so concurrent check-ins never lose a rating. `change` must be pure.
   * `at` is now, as a UTC ISO instant.
   * @throws AppError FORBIDDEN when the person has not agreed to saving.
   */
  update<R>(context: TurnContext, change: (current: WellbeingRecord, at: string) => WellbeingChange<R>): Promise<R>;
  /** A new goal id (a UUID). */
  newGoalId(): string;
}

/** How to reach a site's Living Well team, and whether it is open. */
export interface TeamContact {
  /** The team's details and whether it is open now; undefined when the site has none listed (or the store is down). */
  forSite(siteId: SiteId): Promise<{ readonly entry: TeamDirectoryEntry; readonly status: OpeningStatus } | undefined>;
}

/** What a person gives for a callback. */
export interface CallbackDetails {
  readonly siteId: SiteId;
  readonly name: string;
  readonly phoneE164: string;
  readonly bestTimes: readonly BestTimeId[];
  readonly about?: string;
}

/** The person's callback requests: made, looked at and cancelled from the conversation. */
export interface CallbackRequests {
  /** The person's most recent request, open or not. */
  latest(context: TurnContext): Promise<CallbackRequest | undefined>;
  /**
   * Sends a request to the team (with the person's consent to share, given just now), or, when the
   * person already has an open one, answers that one instead of making a duplicate.
   */
  request(context: TurnContext, details: CallbackDetails): Promise<{ readonly created: true; readonly request: CallbackRequest } | { readonly created: false; readonly existing: CallbackRequest }>;
  /** Cancels the person's open request; undefined when there is none to cancel. */
  cancel(context: TurnContext): Promise<CallbackRequest | undefined>;
}

/** Check-in reminders, as far as a reply to one goes. */
export interface ReminderReplies {
  /** True once, for a "yes" to a check-in reminder sent lately: the check-in starts. */
  takeReply(context: TurnContext): Promise<boolean>;
}

/** What dialogs count for the outcome reports (anonymous counts, at the person's site); never fails or holds up the turn. */
export interface UsageReports {
  /** The person started a new activity search (more results of the same search are not a new one). */
  activitySearched(context: TurnContext): Promise<void>;
}

/** The narrow services dialogs get through their constructors. */
export interface DialogServices {
  readonly profile: PersonProfile;
  readonly personalData: PersonalData;
  readonly wellbeing: WellbeingJournal;
  readonly activities: ActivityFinder;
  readonly team: TeamContact;
  readonly callbacks: CallbackRequests;
  readonly reminders: ReminderReplies;
  readonly activityReminders: ActivityReminderList;
  readonly usage: UsageReports;
  /** Now, for every dialog: the same clock the services above use. */
  readonly clock: Clock;
}
