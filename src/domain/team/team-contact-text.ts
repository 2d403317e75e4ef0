import { describeOpeningStatus, describeUpcomingExceptions, describeWeeklyHours, nextOpeningWords, type OpeningStatus } from './opening-hours';
import type { TeamDirectoryEntry } from './team-directory';

/** How to reach the team, and whether it is open now: what "contact team" shows first. */
export function teamContactSummary(entry: TeamDirectoryEntry, status: OpeningStatus, now: number): string {
  return [
    `${entry.teamName}`,
    describeOpeningStatus(status, now),
    `Phone: ${entry.phone}`,
    ...(entry.textNumber === undefined ? [] : [`Text: ${entry.textNumber}`]),
    `Email: ${entry.email}`,
  ].join('\n');
}

/** Everything needed to call, text, email or visit: the numbers, the address, the weekly hours and changes coming up. */
export function teamContactDetails(entry: TeamDirectoryEntry, now: number): string {
  const address = [entry.address.line1, entry.address.line2, entry.address.city, entry.address.postcode].filter((part) => part !== undefined && part !== '').join(', ');
  const upcoming = describeUpcomingExceptions(entry, now);
  return [
    `${entry.teamName}`,
    `Phone: ${entry.phone}`,
    ...(entry.textNumber === undefined ? [] : [`Text: ${entry.textNumber}`]),
    `Email: ${entry.email}`,
    `Address: ${address}`,
    'Opening hours (UK time):',
    ...describeWeeklyHours(entry).map((line) => `- ${line}`),
    ...(upcoming.length === 0 ? [] : ['Coming up:', ...upcoming.map((line) => `- ${line}`)]),
  ].join('\n');
}

/**
 * What happens after a callback request, honest about hours: when the team is open, they will see
 * it today; when closed, when they are next in; and what to do if help is needed sooner.
 */
export function callbackNextSteps(teamName: string, status: OpeningStatus, now: number): string {
  if (status.open) return `${teamName} is open now, so they will see your request today and call you at a time you chose.`;
  const opens = nextOpeningWords(status, now);
  return [
    `${teamName} is closed at the moment${opens === undefined ? '' : `, and opens ${opens}`}.`,
    'They will see your request when they are next open, and call you at a time you chose.',
    'If you need help before then, type "help" for urgent help, any time.',
  ].join(' ');
}
