import { crisisNumbers } from '../../src/domain/crisis-lines';

/**
 * The carrier keywords of SMS (the words Twilio itself recognises on a long code): a message that
 * is exactly one of them, trimmed and in any case, is a request about messaging, not a chat message.
 * "stop please" or "cancel that" are not keywords; they go to the conversation as usual.
 */
export type SmsKeyword = 'opt-out' | 'opt-in' | 'help' | 'more';

const keywords: Readonly<Record<string, SmsKeyword>> = {
  stop: 'opt-out',
  stopall: 'opt-out',
  unsubscribe: 'opt-out',
  // On SMS, CANCEL alone is an opt-out word (carriers and Twilio treat it so), not the dialogs' "cancel".
  cancel: 'opt-out',
  end: 'opt-out',
  quit: 'opt-out',
  start: 'opt-in',
  yes: 'opt-in',
  unstop: 'opt-in',
  help: 'help',
  info: 'help',
  more: 'more',
};

/** The keyword a whole message is, if it is one (`" Stop "` → opt-out; `"stop it"` → undefined). */
export function smsKeywordOf(body: string): SmsKeyword | undefined {
  const word = body.trim().toLowerCase();
  return Object.hasOwn(keywords, word) ? keywords[word] : undefined;
}

/** A team to name in the HELP answer: the person's own, when their area is known. */
export interface HelpTeam {
  readonly teamName: string;
  readonly phone: string;
}

/** What the companion answers to HELP or INFO on SMS: what it is, the team's contact, urgent help. */
export function smsHelpReply(team?: HelpTeam): string {
  return [
    'Living Well companion: a chat service for your local Living Well mental health team. Not an emergency service.',
    team === undefined ? 'Text MENU for options, or CONTACT TEAM to reach your Living Well team.' : `Your team: ${team.teamName}, ${team.phone}. Text MENU for options.`,
    `Urgent help: ${crisisNumbers.emergency} in an emergency, Samaritans ${crisisNumbers.samaritans} (free, 24/7). Text STOP to stop messages.`,
  ].join('\n');
}

/** The short answer to START, YES or UNSTOP from a number that had opted out. */
export function smsOptInReply(): string {
  return "You're subscribed again to the Living Well companion. Text MENU for options, or STOP to stop.";
}

/** The notice to the first message over the per-number limit (later ones in the window get nothing). */
export function smsRateLimitNotice(): string {
  return `You've sent a lot of messages in a short time. Please wait a few minutes; if you need help now call ${crisisNumbers.emergency} or Samaritans on ${crisisNumbers.samaritans}.`;
}
