/**
 * The shape of what a person keeps about their goals and wellbeing: goals with their ratings,
 * answers to the wellbeing questions, and check-in preferences. All instants are UTC ISO strings.
 * Pure data: the rules that change it live beside it (goal-rules.ts, measure-schedule.ts, ...).
 */
import type { LocalTime } from '../local-date';

/** Where a goal stands. Only active goals are rated at a check-in and count towards the limit. */
export type GoalStatus = 'active' | 'paused' | 'achieved' | 'retired';

/** One answer to "how close are you to reaching this goal?" (Goal-Based Outcomes, 0–10). */
export interface GoalRating {
  /** 0 = not at all, 10 = reached it. A whole number. */
  readonly score: number;
  /** UTC ISO instant. */
  readonly at: string;
  /** What helped, in the person's words, when they chose to say. */
  readonly note?: string;
}

/** A goal in the person's own words, with every rating in the order given. */
export interface Goal {
  /** A UUID. */
  readonly id: string;
  readonly text: string;
  readonly status: GoalStatus;
  /** UTC ISO instants. */
  readonly createdAt: string;
  readonly statusChangedAt: string;
  readonly ratings: readonly GoalRating[];
}

/** The four ONS personal wellbeing questions (ONS4). */
export type Ons4QuestionId = 'lifeSatisfaction' | 'worthwhile' | 'happiness' | 'anxiety';

/** One sitting of the ONS4 questions. Any question may be skipped, so each score is optional. */
export interface Ons4Answers {
  /** UTC ISO instant. */
  readonly at: string;
  readonly scores: Readonly<Partial<Record<Ons4QuestionId, number>>>;
}

export type YesNo = 'yes' | 'no';

/** One sitting of the two social connection questions; either may be skipped. */
export interface ConnectionAnswers {
  /** UTC ISO instant. */
  readonly at: string;
  /** "Do you have a close friend you can talk to?" */
  readonly closeFriend?: YesNo;
  /** "In the last month, did you take part in leisure or community activities?" */
  readonly tookPart?: YesNo;
}

/** The repeated wellbeing questionnaires. */
export type MeasureId = 'ons4' | 'connection';

/** How often the person wants to be asked to check in on their goals. */
export type CheckInFrequency = 'weekly' | 'fortnightly' | 'monthly' | 'never';

/** The part of the day the person prefers to be asked (Europe/London wall clock). */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'any';

/** When the person does not want to hear from the companion; may run over midnight (22:00 → 08:00). */
export interface QuietHours {
  readonly from: LocalTime;
  readonly to: LocalTime;
}

/** Check-in preferences: stored now, used by the reminders work later. */
export interface CheckInPreferences {
  readonly frequency: CheckInFrequency;
  readonly timeOfDay: TimeOfDay;
  /** `null` when the person has no quiet hours. */
  readonly quietHours: QuietHours | null;
  /** UTC ISO instant. */
  readonly updatedAt: string;
}

/** Everything about one person's goals and wellbeing. */
export interface WellbeingRecord {
  /** Every goal ever set (achieved and retired ones too), oldest first. */
  readonly goals: readonly Goal[];
  /** ONS4 sittings, oldest first. */
  readonly ons4: readonly Ons4Answers[];
  /** Social connection sittings, oldest first. */
  readonly connection: readonly ConnectionAnswers[];
  /**
   * When each measure was last offered, answered or not (UTC ISO). A "not now" counts, so the
   * offer is not repeated at every turn.
   */
  readonly lastOffered: Readonly<Partial<Record<MeasureId, string>>>;
  /** Whether the person agreed to be asked the wellbeing questions again (every 4 weeks / 3 months). */
  readonly repeatMeasures?: boolean;
  readonly preferences?: CheckInPreferences;
  /** UTC ISO instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A record with nothing in it yet, as a first change starts from. */
export function emptyWellbeingRecord(at: string): WellbeingRecord {
  return { goals: [], ons4: [], connection: [], lastOffered: {}, createdAt: at, updatedAt: at };
}
