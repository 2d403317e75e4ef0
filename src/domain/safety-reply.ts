import { crisisLines, crisisNumbers } from './crisis-lines';
import { normaliseReply } from './reply-text';
import type { RiskAssessment, RiskCategory } from './risk/risk-check';
import { safetyCheckQuestion } from './safety-check';
import type { Nation } from './sites';

/** What clients and practitioners' tools read from a safety reply (`channelData.safety`). */
export interface SafetyMarker {
  /** 'check' marks the "are you safe?" question; 'concern' and 'urgent' the full reply. */
  readonly level: 'check' | 'concern' | 'urgent';
  readonly categories: readonly RiskCategory[];
}

export interface SafetyReply {
  readonly text: string;
  readonly marker: SafetyMarker;
}

/** The nation's NHS route. Edinburgh is in Scotland: NHS 24 and Breathing Space, not NHS 111 England. */
const nationLines: Readonly<Record<Nation, readonly string[]>> = {
  england: [crisisLines.nhs111England],
  scotland: [crisisLines.nhs24Scotland, crisisLines.breathingSpaceScotland],
};

/** A first line that fits what the person said, without repeating it back. */
function opening(categories: readonly RiskCategory[]): string {
  if (categories.includes('abuse_safeguarding')) {
    return `Thank you for telling me. What you're describing sounds frightening, and you deserve to be safe. If you or a child are in danger, call ${crisisNumbers.emergency}.`;
  }
  if (categories.includes('harm_to_others')) {
    return `Thank you for telling me. It sounds like things feel very intense right now. If anyone is in danger, call ${crisisNumbers.emergency} now.`;
  }
  if (categories.includes('eating_disorder')) {
    return "Thank you for telling me. That sounds really hard, and you deserve support with it.";
  }
  return "I'm really sorry you're feeling like this. Thank you for telling me. You don't have to deal with this on your own.";
}

/** The person's Living Well team, when it is open right now: added to the safety reply. */
export interface OpenTeam {
  readonly teamName: string;
  readonly phone: string;
  /** "5pm": when it closes today. */
  readonly until?: string;
}

/**
 * The reply to a message that shows risk: warm, short, practical. Always 999 first for immediate
 * danger, the UK-wide lines, and the nation's NHS route when the person's area is known; with no
 * area it gives both nations' NHS numbers (111 works in both). When the person's Living Well team
 * is open right now, how to reach it too (never when closed: a number nobody answers is no help
 * in a crisis). It says plainly what the companion is not, and promises no one is watching.
 * An uncertain signal (level 'check') gets the "are you safe?" question, numbers included.
 * Pure: no store, no network.
 */
export function safetyReply(assessment: RiskAssessment, nation: Nation | undefined, openTeam?: OpenTeam): SafetyReply {
  if (assessment.level === 'check') {
    return { text: safetyCheckQuestion(assessment.categories, nation), marker: { level: 'check', categories: [...assessment.categories] } };
  }
  const level = assessment.level === 'urgent' ? 'urgent' : 'concern';
  const nhs = nation === undefined ? [crisisLines.nhs111EitherNation] : nationLines[nation];
  const lines = [
    opening(assessment.categories),
    '',
    level === 'urgent'
      ? `If you are in immediate danger or have already hurt yourself, call ${crisisNumbers.emergency} or go to A&E now.`
      : crisisLines.emergency,
    'You can talk to someone right now:',
    ...[crisisLines.samaritans, crisisLines.shout, ...nhs].map((line) => `- ${line}`),
    ...(openTeam === undefined
      ? []
      : [`- ${openTeam.teamName}: open now${openTeam.until === undefined ? '' : ` until ${openTeam.until}`}, call ${openTeam.phone}.`]),
    '',
    "I'm a chat companion, not a crisis service, and no one is reading this chat as you type.",
  ];
  return { text: lines.join('\n'), marker: { level, categories: [...assessment.categories] } };
}

/** Short gentle check-in when someone brushes off a concern ("I'm fine") in the same conversation. */
export function gentleCheckIn(): string {
  return `Thanks for letting me know. I'm still thinking about what you said earlier, so I'll gently check: if things feel that way again, Samaritans are there any time on ${crisisNumbers.samaritans}, and ${crisisNumbers.emergency} if you are in danger.`;
}

const dismissals = new Set([
  'im fine',
  'i am fine',
  'fine',
  'im ok',
  'im okay',
  'i am ok',
  'i am okay',
  'ok',
  'okay',
  'im alright',
  'i am alright',
  'alright',
  'im good',
  'all good',
  'its fine',
  'its ok',
  'nothing',
  'forget it',
  'forget i said anything',
  'never mind',
  'nevermind',
  'just joking',
  'only joking',
  'jk',
  'lol',
  'no im fine',
  'no im ok',
  'dont worry',
  'dont worry about it',
  'im fine now',
  'im ok now',
  'i was joking',
  'ignore that',
]);

/** The longest dismissal, in words ("forget i said anything"). */
const longestDismissal = Math.max(...[...dismissals].map((phrase) => phrase.split(' ').length));

/**
 * True when a message brushes off a concern rather than answering it: one dismissal, or several
 * run together ("im fine, forget it", "ok never mind lol"). Anything else in it ("I'm fine with
 * going on Tuesday") makes it an ordinary message.
 */
export function isDismissal(text: string | undefined): boolean {
  if (text === undefined) return false;
  const words = normaliseReply(text).split(' ').filter((word) => word !== '');
  // ends[i]: the first i words split into dismissals, end to end.
  const ends: boolean[] = [true];
  for (let end = 1; end <= words.length; end += 1) {
    ends[end] = false;
    for (let start = Math.max(0, end - longestDismissal); start < end && !ends[end]; start += 1) {
      ends[end] = ends[start] === true && dismissals.has(words.slice(start, end).join(' '));
    }
  }
  return words.length > 0 && ends[words.length] === true;
}
