import { siteById, type SiteId } from '../sites';

/*
 * What the practitioners' bot says in Teams: plain words, no personal details (Teams keeps
 * messages in Microsoft 365).
 */

/** The answer to `help`. */
export const teamsHelpText = [
  "I'm the Living Well Companion's bot for practitioners.",
  "When someone asks their Living Well team for a callback, I post it in the team channel linked to the person's site, with a reference code and first name and initial only.",
  'To link a channel: a site admin gets a one-time code from the admin API, then types "link CODE" here (mention me first in a channel).',
  'Type "help" to see this again.',
].join('\n\n');

/** After `link CODE` worked. */
export function channelLinkedText(siteId: SiteId): string {
  return `This channel now gets ${siteById(siteId).name}'s callback requests.`;
}

/** A code that is wrong, used already or out of date: one answer for all, so it tells a guesser nothing. */
export const linkCodeRefusedText =
  "That code didn't work: it may be mistyped, used already, or more than 10 minutes old. Ask your site admin for a new one.";

/** `link CODE` from someone who is not a site admin of the code's site. */
export const linkNotSiteAdminText = "Only a site admin of that site can link a channel. Ask your site admin to do it, or to add you as one.";

/** `link CODE` outside a team channel. */
export const linkOnlyInChannelText = 'Type "link CODE" in the team channel that should get the callback requests.';

/** Anything else. */
export const teamsUnknownText = 'Sorry, I only understand "help" and "link CODE". Type "help" to see what I do.';
