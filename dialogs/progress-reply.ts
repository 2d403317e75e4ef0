import { MessageFactory, type Activity } from 'botbuilder';
import { britishDate } from '../src/domain/local-date';
import { ons4Summary } from '../src/domain/wellbeing/ons4';
import { goalProgress, type GoalProgress } from '../src/domain/wellbeing/goal-rules';
import { celebrationText, progressLine } from '../src/domain/wellbeing/progress-summary';
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
  const lines = shown.map((progress) => (withCards ? `${progressLine(progress)}${whenText(progress)}` : progressLine(progress)));
  const celebrations = shown.map(celebrationText).filter((text): text is string => text !== undefined);
  const latestOns4 = record.ons4.at(-1);
  const text = [
    'Your progress:',
    ...lines.map((line) => `- ${line}`),
    ...celebrations,
    ...(withCards && latestOns4 !== undefined ? ['', `Wellbeing questions (${britishDate(latestOns4.at)}):`, ...ons4Summary(latestOns4).map((line) => `- ${line}`)] : []),
  ].join('\n');
  if (!withCards) return MessageFactory.text(text);
  const card = progressCard(
    shown.map((progress) => {
      const celebration = celebrationText(progress);
      return {
        goal: progress.goal,
        line: `${progressLine(progress).slice(progress.goal.text.length + 2)}${whenText(progress)}`,
        ...(celebration === undefined ? {} : { celebration }),
      };
    }),
  );
  return MessageFactory.attachment(card, text);
}

/** When the first and latest ratings were given. */
function whenText(progress: GoalProgress): string {
  const { first, latest } = progress;
  if (first === undefined || latest === undefined) return '';
  if (first === latest) return ` (${britishDate(first.at)})`;
  return ` (${britishDate(first.at)} to ${britishDate(latest.at)})`;
}
