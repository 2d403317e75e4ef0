import type { Schedule } from './activity';
import { describeSchedule, formatOccurrence } from './schedule-description';
import { upcomingOccurrences } from './schedule-occurrences';

/** How many sessions the schedule editor's preview shows. */
export const previewSessionCount = 5;

/** What the schedule editor shows before saving: the schedules in words and the next sessions. */
export interface SchedulePreview {
  /** Each schedule in words (`describeSchedule`), joined with "; ". */
  readonly description: string;
  /** The next {@link previewSessionCount} sessions in words ("Tomorrow, 6:30pm to 8pm"); fewer when the schedules end. */
  readonly nextSessions: string[];
}

/** The preview of a listing's schedules at `now` (epoch ms), whatever the listing's status. */
export function schedulePreview(schedules: readonly Schedule[], now: number): SchedulePreview {
  return {
    description: schedules.map(describeSchedule).join('; '),
    nextSessions: upcomingOccurrences(schedules, now, previewSessionCount).map((session) => formatOccurrence(session, now)),
  };
}
