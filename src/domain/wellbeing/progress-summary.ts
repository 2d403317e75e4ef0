import { meaningfulChange, type GoalProgress } from './goal-rules';
import type { GoalStatus } from './wellbeing-record';

/** Shown with the rating question, so every check-in uses the same scale. */
export const ratingScaleHint = "0 means not at all close, 10 means you've reached it.";

/** Active goals need no label; the others say where they stand. */
const statusSuffix: Readonly<Record<GoalStatus, string>> = {
  active: '',
  paused: ' (paused)',
  achieved: ' (achieved)',
  retired: ' (retired)',
};

/** "1 point" or "3 points". */
function points(count: number): string {
  return count === 1 ? '1 point' : `${count} points`;
}

/**
 * One line for a goal in a progress list: "Sleep better: 4 → 7, up 3", "… 5 → 3, down 2",
 * "… 6 → 6, no change", "Sleep better: 4 (first rating)" or "Sleep better: not rated yet",
 * with " (paused)", " (achieved)" or " (retired)" at the end for goals no longer active.
 */
export function progressLine(progress: GoalProgress): string {
  return `${progress.goal.text}: ${progressChange(progress)}`;
}

/** {@link progressLine} without the goal's name: "4 → 7, up 3", for places that show the name already. */
export function progressChange(progress: GoalProgress): string {
  const { goal, first, latest, change } = progress;
  const suffix = statusSuffix[goal.status];
  if (first === undefined || latest === undefined) return `not rated yet${suffix}`;
  if (change === undefined) return `${first.score} (first rating)${suffix}`;
  const movement = change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'no change';
  return `${first.score} → ${latest.score}, ${movement}${suffix}`;
}

/**
 * A few words of recognition when there is something to recognise: a goal marked achieved, or a
 * rise of `meaningfulChange` points or more since the first rating. Names the goal and the change,
 * and credits the person's own effort. Undefined otherwise, and for retired goals (letting a goal
 * go is a choice to respect, not a moment to point at its numbers).
 */
export function celebrationText(progress: GoalProgress): string | undefined {
  const { goal, change } = progress;
  if (goal.status === 'achieved') {
    return `You've reached your goal: ${goal.text}. That's a real achievement, and it came from the steps you took to get there.`;
  }
  if (goal.status === 'retired' || !progress.meaningful || change === undefined) return undefined;
  return `${goal.text} has gone up ${points(change)} since you first rated it. That's a meaningful change, and it comes from what you've been doing.`;
}

/**
 * What to say straight after a check-in rating, and whether to go on to ask what helped.
 * A first rating or a rise is noted and the person is asked what helped; the same score is
 * recognised as holding steady. After a fall the reply is kind and asks nothing more, because
 * "what helped?" after a harder week would jar.
 */
export function ratingAcknowledgement(
  previous: number | undefined,
  score: number,
): { readonly text: string; readonly askWhatHelped: boolean } {
  // No "thanks" here: the check-in ends with one, and three in a row reads like a form letter.
  const noted = `I've noted ${score}.`;
  if (previous === undefined) return { text: noted, askWhatHelped: true };
  if (score > previous) {
    const step = score - previous >= meaningfulChange ? ' A rise like that is a meaningful step forward.' : '';
    return { text: `${noted} That's up from ${previous}.${step}`, askWhatHelped: true };
  }
  if (score === previous) return { text: `${noted} The same as last time. Holding steady counts.`, askWhatHelped: true };
  return {
    text: `I've noted ${score}. Ups and downs are part of working towards something.`,
    askWhatHelped: false,
  };
}
