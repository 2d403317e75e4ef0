/**
 * The two social connection questions, each answered yes or no, or skipped. Kept apart from
 * ONS4 because they are asked less often (every 3 months) and are not scores.
 */
import { matchChoice } from '../reply-text';
import type { YesNo } from './wellbeing-record';

/** One social connection question; `id` is the field it fills in `ConnectionAnswers`. */
export interface ConnectionQuestion {
  readonly id: 'closeFriend' | 'tookPart';
  readonly text: string;
}

/** The two questions in the order they are asked. */
export const connectionQuestions: readonly ConnectionQuestion[] = [
  { id: 'closeFriend', text: 'Do you have a close friend you can talk to?' },
  { id: 'tookPart', text: 'In the last month, did you take part in any leisure or community activities?' },
];

/** The buttons offered, in this order, so a reply of 1, 2 or 3 picks the matching one. */
export const yesNoSkipChoices: readonly string[] = ['Yes', 'No', 'Skip'];

// Order must match yesNoSkipChoices, because matchChoice reads numbers by position.
const answers: readonly { readonly value: YesNo | 'skip'; readonly names: readonly string[] }[] = [
  {
    value: 'yes',
    names: ['yes', 'y', 'yeah', 'yea', 'yep', 'yup', 'i do', 'i did', 'yes i do', 'yes i did'],
  },
  {
    value: 'no',
    names: ['no', 'n', 'nope', 'nah', 'not really', 'i dont', 'i didnt', 'i do not', 'i did not', 'no i dont', 'no i didnt'],
  },
  {
    value: 'skip',
    names: ['skip', 'skip it', 'skip this', 'pass', 'prefer not to say', 'id prefer not to say', 'rather not say', 'id rather not say', 'not now'],
  },
];

/**
 * Reads an answer to a social connection question: yes, no or skip, by word ("yeah", "I didn't",
 * "prefer not to say") or by the number of the button (1 yes, 2 no, 3 skip). Curly apostrophes
 * and case do not matter. Anything else, including a sentence that merely contains "yes", gives
 * `undefined` so the question can be asked again.
 */
export function parseYesNoSkip(text: string | undefined): YesNo | 'skip' | undefined {
  return matchChoice(text, answers);
}
