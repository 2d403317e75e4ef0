/**
 * The ONS personal wellbeing questions (ONS4): four separate 0–10 scales, each read on its own
 * against the ONS thresholds. They are never added together, because the ONS does not define a
 * total and anxiety runs the other way (lower is better).
 */
import type { Ons4Answers, Ons4QuestionId } from './wellbeing-record';

/** One ONS4 question with its official wording. */
export interface Ons4Question {
  readonly id: Ons4QuestionId;
  /** A short name for summaries, e.g. "Life satisfaction". */
  readonly label: string;
  /** The official ONS wording. */
  readonly text: string;
  /** True only for anxiety, where a lower score is the better one. */
  readonly lowerIsBetter: boolean;
}

/** The four questions in the order the ONS asks them. */
export const ons4Questions: readonly Ons4Question[] = [
  {
    id: 'lifeSatisfaction',
    label: 'Life satisfaction',
    text: 'Overall, how satisfied are you with your life nowadays?',
    lowerIsBetter: false,
  },
  {
    id: 'worthwhile',
    label: 'Worthwhile',
    text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
    lowerIsBetter: false,
  },
  {
    id: 'happiness',
    label: 'Happiness yesterday',
    text: 'Overall, how happy did you feel yesterday?',
    lowerIsBetter: false,
  },
  {
    id: 'anxiety',
    label: 'Anxiety yesterday',
    text: 'Overall, how anxious did you feel yesterday?',
    lowerIsBetter: true,
  },
];

/**
 * The scale every ONS4 question is asked on, in the official wording, as a sentence of its own
 * to follow the question ("Overall, how happy did you feel yesterday? Where 0 is ...").
 */
export const ons4ScaleHint = "Where 0 is 'not at all' and 10 is 'completely'.";

/**
 * The ONS threshold band for a score. Life satisfaction, worthwhile and happiness use
 * low / medium / high / very-high; anxiety uses very-low / low / medium / high.
 */
export type Ons4Band = 'very-low' | 'low' | 'medium' | 'high' | 'very-high';

/**
 * The ONS threshold band a score falls in.
 *
 * Life satisfaction, worthwhile, happiness: 0–4 low, 5–6 medium, 7–8 high, 9–10 very high.
 * Anxiety (lower is better): 0–1 very low, 2–3 low, 4–5 medium, 6–10 high.
 *
 * @throws RangeError when `score` is not a whole number from 0 to 10 (a programmer error:
 *   replies are validated before they get here).
 */
export function ons4Band(question: Ons4QuestionId, score: number): Ons4Band {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`ONS4 score must be a whole number from 0 to 10, got ${String(score)}`);
  }
  if (question === 'anxiety') {
    if (score <= 1) return 'very-low';
    if (score <= 3) return 'low';
    if (score <= 5) return 'medium';
    return 'high';
  }
  if (score <= 4) return 'low';
  if (score <= 6) return 'medium';
  if (score <= 8) return 'high';
  return 'very-high';
}

/** The band as it reads in a sentence ("very high"). */
function bandWords(band: Ons4Band): string {
  return band.replace('-', ' ');
}

/**
 * One line per answered question, in question order, e.g. "Life satisfaction: 7 (high)" and
 * "Anxiety yesterday: 3 (low; lower is better)". Skipped questions are left out, and there is
 * deliberately no total.
 */
export function ons4Summary(answers: Ons4Answers): string[] {
  const lines: string[] = [];
  for (const question of ons4Questions) {
    const score = answers.scores[question.id];
    if (score === undefined) continue;
    const band = bandWords(ons4Band(question.id, score));
    lines.push(`${question.label}: ${score} (${band}${question.lowerIsBetter ? '; lower is better' : ''})`);
  }
  return lines;
}

/** How one question's score moved between two sittings. */
export interface Ons4ScoreChange {
  readonly question: Ons4QuestionId;
  readonly from: number;
  readonly to: number;
  /** True when it moved the good way (down for anxiety), false the other way, undefined when unchanged. */
  readonly better: boolean | undefined;
}

/**
 * How each question answered in both sittings moved, in question order. Questions skipped in
 * either sitting are left out; with no previous sitting the list is empty.
 */
export function ons4Change(previous: Ons4Answers | undefined, latest: Ons4Answers): Ons4ScoreChange[] {
  if (previous === undefined) return [];
  const changes: Ons4ScoreChange[] = [];
  for (const question of ons4Questions) {
    const from = previous.scores[question.id];
    const to = latest.scores[question.id];
    if (from === undefined || to === undefined) continue;
    const better = from === to ? undefined : question.lowerIsBetter ? to < from : to > from;
    changes.push({ question: question.id, from, to, better });
  }
  return changes;
}
