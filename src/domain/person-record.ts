import type { Area } from './sites';

/** Consent as the person gave it: when, and to which wording. */
export interface ConsentRecord {
  /** UTC ISO instant. */
  readonly givenAt: string;
  /** Version of the consent wording shown (see src/domain/consent.ts). */
  readonly wordingVersion: string;
}

/** "Remind me" on an activity search result. */
export interface ActivityReminderRequest {
  readonly activityId: string;
  /** UTC ISO instant. */
  readonly requestedAt: string;
  /** The start of the session its reminders are planned for (UTC ISO); absent when none is planned. */
  readonly session?: string;
}

/**
 * What the companion keeps about a person, keyed by their channel identity
 * (`<channelId>:<user id on that channel>`). Only what features need.
 */
export interface PersonRecord {
  readonly consent?: ConsentRecord;
  /** The area they chose during onboarding. */
  readonly area?: Area;
  /** "Share my progress with my team": when, and to which wording; removed when they stop. */
  readonly progressSharing?: ConsentRecord;
  /** Activities the person asked to be reminded of (the reminders work sends them later). */
  readonly activityReminders?: readonly ActivityReminderRequest[];
  /** UTC ISO instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
