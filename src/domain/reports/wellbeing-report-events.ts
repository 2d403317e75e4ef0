/**
 * The report events one saved change to a person's goals and wellbeing makes: what is in `after`
 * and was not in `before` (new goals, ratings, achieved goals, ONS4 and social connection answers).
 */
import type { WellbeingRecord } from '../wellbeing/wellbeing-record';
import type { ReportEvent } from './report-event';

/**
 * Events for the change from `before` to `after`, for a person who consented (the journal saves
 * nothing otherwise). A sitting that adds goal ratings counts as one check-in.
 */
export function wellbeingReportEvents(before: WellbeingRecord, after: WellbeingRecord, person: string): ReportEvent[] {
  const events: ReportEvent[] = [];
  const common = { person, consented: true } as const;
  const earlier = new Map(before.goals.map((goal) => [goal.id, goal]));
  let rated: string | undefined;
  for (const goal of after.goals) {
    const previous = earlier.get(goal.id);
    if (previous === undefined) events.push({ type: 'goal.set', at: goal.createdAt, ...common });
    for (const rating of goal.ratings.slice(previous?.ratings.length ?? 0)) {
      events.push({ type: 'goal.rated', at: rating.at, ...common, goalId: goal.id, score: rating.score });
      rated = rating.at;
    }
    if (goal.status === 'achieved' && previous?.status !== 'achieved') events.push({ type: 'goal.achieved', at: goal.statusChangedAt, ...common });
  }
  if (rated !== undefined) events.push({ type: 'use.check_in', at: rated });
  for (const answers of after.ons4.slice(before.ons4.length)) events.push({ type: 'ons4.answered', at: answers.at, ...common, scores: answers.scores });
  for (const answers of after.connection.slice(before.connection.length)) {
    events.push({
      type: 'connection.answered',
      at: answers.at,
      ...common,
      ...(answers.closeFriend === undefined ? {} : { closeFriend: answers.closeFriend }),
      ...(answers.tookPart === undefined ? {} : { tookPart: answers.tookPart }),
    });
  }
  return events;
}
