import { z } from 'zod';
import { crisisLines, crisisNumbers } from './crisis-lines';
import { normaliseReply } from './reply-text';
import { riskCategories, type RiskCategory } from './risk/risk-categories';
import type { Nation } from './sites';

/**
 * The "are you safe?" exchange (DESIGN.md §5): when the risk signal is uncertain the companion
 * does not guess silently; it asks directly, with the crisis numbers in the same message, and the
 * next message answers it. Pure wording and rules; the turn pipeline keeps the pending question.
 */

/** What the person's next message says about the question. */
export type SafetyCheckAnswer = 'yes' | 'no' | 'unclear';

/**
 * A pending question, kept in conversation state (categories only: never the words, nor when);
 * read back through this schema, so anything else counts as none. `asks`: how many times it has
 * been asked (an unclear answer gets it asked once more, then the conversation carries on).
 */
export const pendingSafetyCheckSchema = z
  .object({
    categories: z.array(z.enum(riskCategories)).readonly(),
    asks: z.number().int().min(1),
  })
  .readonly();

export type PendingSafetyCheck = z.infer<typeof pendingSafetyCheckSchema>;

/** The most times the question is asked before an unclear answer lets the conversation carry on. */
export const maxSafetyCheckAsks = 2;

/** The choices offered with the question (suggested actions on web chat, a numbered list on SMS). */
export const safetyCheckChoices = ['Yes', 'No'] as const;

/**
 * Replies that mean yes, or that are not a clear no ("maybe", "not sure", "a bit"): uncertainty
 * about safety is answered with the full safety reply, never with silence.
 */
const yesReplies = new Set([
  'yes', 'y', 'ye', 'yeah', 'yea', 'yep', 'yup', 'yh', 'ya', 'yes i am', 'i am', 'i am yes', 'aye', 'aye i am', 'yes please',
  'maybe', 'mayb', 'perhaps', 'possibly', 'probably', 'i think so', 'think so', 'kind of', 'kinda', 'sort of', 'sorta', 'a bit',
  'a little', 'a little bit', 'sometimes', 'not sure', 'im not sure', 'i am not sure', 'idk', 'i dont know', 'dont know', 'dunno',
  'i dunno', 'unsure', 'honestly yes', 'yes honestly', 'i guess', 'i suppose', 'suppose so', 'guess so', 'yes i think so',
  'yes both', 'both', 'myself', 'someone else', 'yes myself', 'yes someone else', 'a lot', 'all the time', 'always', 'constantly',
  '1',
]);

const noReplies = new Set([
  'no', 'n', 'nope', 'nah', 'naw', 'na', 'no im not', 'no i am not', 'im not', 'i am not', 'no thanks', 'no thank you', 'not at all',
  'no not at all', 'definitely not', 'absolutely not', 'of course not', 'no way', 'never', 'no never', 'not really', 'no not really',
  'no im fine', 'no i am fine', 'no im ok', 'no im okay', 'no i am ok', 'no im alright', 'no im good', 'im fine', 'i am fine',
  'im ok', 'im okay', 'im alright', 'im good', 'fine', 'ok', 'okay', 'no its fine', 'no its ok', 'no dont worry', 'nae', 'no no',
  'no sorry', 'sorry no', 'no i was joking', 'no just joking', 'no only joking', 'no it was a joke', '2',
]);

/** Reads the answer to the question: a clear yes (or a "maybe"), a clear no, or neither. */
export function safetyCheckAnswer(text: string | undefined): SafetyCheckAnswer {
  const reply = normaliseReply(text ?? '');
  if (reply === '') return 'unclear';
  if (yesReplies.has(reply)) return 'yes';
  if (noReplies.has(reply)) return 'no';
  // "yes, I keep thinking about it", "no, just tired": the first word decides when it is a plain yes or no.
  const first = reply.split(' ')[0] ?? '';
  if (['yes', 'yeah', 'yep', 'aye', 'yh', 'yea'].includes(first)) return 'yes';
  if (['no', 'nope', 'nah', 'naw'].includes(first)) return 'no';
  return 'unclear';
}

/** Who the question is about, from what the uncertain signal suggested. */
function questionFor(categories: readonly RiskCategory[]): string {
  if (categories.includes('abuse_safeguarding')) {
    return 'Is someone hurting you, or is a child or someone else being hurt?';
  }
  return 'Are you thinking about harming yourself or someone else?';
}

/**
 * The question, kind and direct, with the numbers in the same message so nobody depends on
 * answering it. `nation` picks the NHS route when the area is known.
 */
export function safetyCheckQuestion(categories: readonly RiskCategory[], nation: Nation | undefined, again = false): string {
  const nhs =
    nation === 'scotland' ? crisisLines.nhs24Scotland : nation === 'england' ? crisisLines.nhs111England : crisisLines.nhs111EitherNation;
  return [
    again
      ? `Sorry, I just want to be sure. ${questionFor(categories)} Please reply yes or no.`
      : `I want to make sure I've understood you. ${questionFor(categories)} Please reply yes or no.`,
    '',
    crisisLines.emergency,
    'You can talk to someone any time:',
    `- ${crisisLines.samaritans}`,
    `- ${crisisLines.shout}`,
    `- ${nhs}`,
  ].join('\n');
}

/** After a clear no: thanks, the numbers once more in a sentence, and the conversation carries on. */
export function safetyCheckNoReply(): string {
  return `Thank you for telling me. If that changes, Samaritans are there any time on ${crisisNumbers.samaritans}, and call ${crisisNumbers.emergency} if anyone is in danger.`;
}

/** After a yes, when the person's team is open: how to ask it to call them back. */
export function safetyCheckCallbackOffer(teamName: string): string {
  return `If you would like ${teamName} to call you back, reply "call me back".`;
}
