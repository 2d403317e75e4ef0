/**
 * Uncertain signals: hopelessness and exhaustion said in words that are often, but not always,
 * about ending one's life ("what's the point", "I'm done with everything", "I can't take much
 * more"). On their own they ask the person directly ("are you safe?", level 'check') instead of
 * guessing either way; a certain signal in the same message outranks them.
 */

import { gap, rx, type RiskPattern } from './regex-helpers';

const uncertain = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, uncertain: true });

/** Where a clause ends: the end of the message or a word that starts the next thought. */
const CLAUSE_END = '(?= *$| (?:anymore|any more|now|honestly|tbh|really|i|and|but|so|lol|x+)\\b)';

export const uncertainSignals: readonly RiskPattern[] = [
  // "what's the point", "what is even the point anymore", "whats the point of anything".
  uncertain(
    'what-is-the-point',
    rx`\bwhat is (?:even )?the point(?:${CLAUSE_END}| (?:of|in) (?:anything|it all|any of (?:it|this)|going on|carrying on|trying|me|living|life|being here|getting up|waking up)\b)`,
  ),
  // "I'm done with everything", "done with it all", "I'm so done".
  uncertain('done-with-everything', rx`\bi am (?:so |just |completely |totally )?done(?:${CLAUSE_END}| with (?:everything|it all|all of (?:it|this)|life|this life|trying|people|the world)\b)`),
  // "I can't take much more", "can't cope any more", "can't keep going like this".
  uncertain(
    'cannot-take-much-more',
    rx`\b(?:can not|could not|do not think i can) (?:take|cope with|handle|stand|do|face) (?:it|this|much more|any more|anymore|another day|life)(?: any ?more| much longer)?${CLAUSE_END}|\b(?:can not|do not know if i can|do not know how much longer i can) (?:keep going|go on|carry on|hold on|keep doing this)\b`,
  ),
  // "everything feels pointless", "nothing matters any more", "there is nothing left for me".
  uncertain(
    'nothing-left',
    rx`\b(?:everything|it all|life) (?:feels|seems|is) (?:so )?(?:pointless|hopeless|meaningless)\b|\bnothing (?:matters|is worth it)(?: any ?more)?${CLAUSE_END}|\bnothing left (?:for me|to live for|to give)\b`,
  ),
  // "I give up", "ready to give up on everything": giving up on life, not on a diet or a course.
  uncertain('giving-up', rx`\b(?:i|ready to|going to|want to) (?:just )?give up(?:${CLAUSE_END}| on (?:everything|it all|life|myself|me)\b)`),
  // "nobody would notice if I wasn't here", "would anyone even care": a quieter wish not to be here.
  uncertain('would-anyone-notice', rx`\b(?:would|will) (?:anyone|anybody|people|they) (?:even )?(?:notice|care|miss me)\b ${gap(3)}(?:if i|when i|gone)\b`),
];
