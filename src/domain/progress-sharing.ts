import { britishDateInWords } from './local-date';
import type { ConsentRecord } from './person-record';
import { siteById, type Area } from './sites';

/**
 * The version of the words a person agrees to when they share their progress. Kept with the
 * choice: a change of wording means asking again.
 */
export const progressSharingWordingVersion = '2026-12-07.1';

/** The buttons of the question, yes first. */
export const progressSharingButtons: readonly [string, string] = ['Yes, share it', "No, don't share"];

/** The team a person's progress would go to: their site's, or none for somewhere else. */
export function sharingTeamName(area: Area | undefined): string | undefined {
  return area === undefined || area === 'elsewhere' ? undefined : `${siteById(area).name} Living Well team`;
}

/** What is shared, asked before anything is: the person chooses, and can stop at any time. */
export function progressSharingQuestion(teamName: string): string {
  return [
    `If you choose to share your progress, the ${teamName} will see your goal ratings (the 0 to 10 scores, not your notes) when they review your support with you.`,
    'Nothing else is shared, and you can stop at any time by typing "stop sharing my progress".',
    'Do you want to share your progress with your team?',
  ].join('\n');
}

/** Why sharing cannot start, in plain words. */
export const progressSharingRefusals = {
  'no-consent':
    'I can only share your progress if you have agreed to me saving what you tell me, and right now I hold nothing to share. Type "agree" if you would like to.',
  'no-team':
    "Your area isn't one of the Living Well sites I work with, so there is no team to share your progress with.",
} as const;

/** The answer once the person chose. */
export function progressSharingAnswer(choice: 'yes' | 'no', teamName: string): string {
  return choice === 'yes'
    ? `Done. The ${teamName} will see your goal ratings when they review your support. Type "stop sharing my progress" at any time to stop.`
    : "Okay, I won't share your progress with your team.";
}

/** The answer to "stop sharing my progress". */
export function stopSharingAnswer(wasSharing: boolean): string {
  return wasSharing
    ? "Okay, I've stopped sharing your progress. Your team will no longer see your goal ratings."
    : "You're not sharing your progress with your team, so there is nothing to stop.";
}

/** The "my data" line for the choice, with its date in words. */
export function progressSharingHeldLine(sharing: ConsentRecord, teamName: string | undefined): string {
  return `- That you chose to share your goal ratings with ${teamName === undefined ? 'your Living Well team' : `the ${teamName}`}, on ${britishDateInWords(sharing.givenAt)}.`;
}
