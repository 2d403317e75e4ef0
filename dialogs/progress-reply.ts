import { MessageFactory, type Activity } from 'botbuilder';
import { britishDate } from '../src/domain/local-date';
import { ons4Summary } from '../src/domain/wellbeing/ons4';
import { goalProgress, type GoalProgress } from '../src/domain/wellbeing/goal-rules';
import { celebrationText, progressChange, progressLine } from '../src/domain/wellbeing/progress-summary';
import type { WellbeingRecord } from '../src/domain/wellbeing/wellbeing-record';
import { progressCard } from './progress-card';

/**
 * "My progress": one short line per goal (first and latest score, the change, and when), with a
 * word of recognition for meaningful change. Where cards show, a chart of each goal's ratings too;
 * on text-only channels the lines are the whole answer.
 */
export function progressReply(record: WellbeingRecord, withCards: boolean): Partial<Activity> {
  const shown = record.goals.filter((goal) => goal.status !== 'retired').map(goalProgress);
  if (shown.length === 0) return MessageFactory.text('You have no goals yet. Type "add a goal" to set one.');
  const latestOns4 = record.ons4.at(-1);
  const wellbeing =
    latestOns4 === undefined ? [] : ['', `Your last wellbeing answers (${britishDate(latestOns4.at)}):`, ...ons4Summary(latestOns4).map((line) => `- ${line}`)];
  if (!withCards) {
    return MessageFactory.text(['Your progress:', ...shown.map((progress) => `- ${progressLine(progress)}`), ...shown.flatMap(celebrationOf)].join('\n'));
  }
  // The card carries the goals (in words, with a chart and its text alternative); the message
  // text only introduces it, so Web Chat does not show everything twice.
  const card = progressCard(
    shown.map((progress) => {
      const celebration = celebrationText(progress);
      return { goal: progress.goal, line: `${progressChange(progress)}${whenText(progress)}`, ...(celebration === undefined ? {} : { celebration }) };
    }),
  );
  return MessageFactory.attachment(card, ['Here is how your goals are going.', ...wellbeing].join('\n'));
}

function celebrationOf(progress: GoalProgress): string[] {
  const text = celebrationText(progress);
  return text === undefined ? [] : [text];
}

/** When the first and latest ratings were given (one date when they fall on the same day). */
function whenText(progress: GoalProgress): string {
  const { first, latest } = progress;
  if (first === undefined || latest === undefined) return '';
  const [from, to] = [britishDate(first.at), britishDate(latest.at)];
  return from === to ? ` (${from})` : ` (${from} to ${to})`;
}
