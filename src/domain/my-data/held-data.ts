import { describeBestTimes, type CallbackRequest, type CallbackStatus } from '../callbacks/callback-request';
import { parseUkPhone } from '../callbacks/uk-phone';
import { britishDateInWords } from '../local-date';
import { progressSharingHeldLine, sharingTeamName } from '../progress-sharing';
import { siteById, type Area } from '../sites';
import { describeCheckInPreferences } from '../wellbeing/check-in-preferences';
import type { WellbeingRecord } from '../wellbeing/wellbeing-record';

/** An activity the person asked to be reminded of, with its listing's name when it is still listed. */
export interface HeldReminder {
  readonly name?: string;
  /** UTC ISO instant. */
  readonly requestedAt: string;
}

/** Everything held about a person, as "my data" describes it. */
export interface HeldData {
  readonly consent?: { readonly givenAt: string; readonly wordingVersion: string };
  readonly area?: Area;
  /** Since when they share their goal ratings with their team, if they do. */
  readonly progressSharing?: { readonly givenAt: string; readonly wordingVersion: string };
  readonly activityReminders: readonly HeldReminder[];
  /** Goals, ratings, wellbeing answers and check-in preferences, when there is a record. */
  readonly wellbeing?: WellbeingRecord;
  /** Every callback request of the person, newest first (finished ones too: they hold a name and number). */
  readonly callbacks: readonly CallbackRequest[];
}

/**
 * What is held, in plain words, one line per kind of record: the agreement (with its date in
 * words, never the wording's version code), the area, goals with their ratings and notes, the
 * wellbeing answers, check-in preferences, activity reminders, callback requests with the name,
 * number, best times and what they are about, and the chat itself. Counts say exactly what is
 * kept ("1 goal", "twice").
 */
export function describeHeldData(held: HeldData): string {
  const lines = [
    ...(held.consent === undefined ? [] : [`- Your agreement to saving, given on ${britishDateInWords(held.consent.givenAt)}.`]),
    ...areaLines(held.area),
    ...(held.progressSharing === undefined ? [] : [progressSharingHeldLine(held.progressSharing, sharingTeamName(held.area))]),
    ...(held.wellbeing === undefined ? [] : wellbeingLines(held.wellbeing)),
    ...reminderLines(held.activityReminders),
    ...held.callbacks.map(callbackLine),
  ];
  const intro =
    held.consent !== undefined
      ? 'This is what I hold about you:'
      : lines.length === 0
        ? "You haven't agreed to me saving anything, so I hold nothing about you apart from where we are in this chat (which is deleted if you ask)."
        : "You haven't agreed to me saving anything, but I hold this for you:";
  if (held.consent === undefined && lines.length === 0) return intro;
  return [
    intro,
    ...lines,
    '- Where we are in this chat, and whether you told me about a difficult time, so I can check in gently.',
    'Outside web chat I do not keep the messages you type; web chat keeps this conversation for a limited time so you can come back to it.',
  ].join('\n');
}

function areaLines(area: Area | undefined): string[] {
  if (area === undefined) return [];
  return [area === 'elsewhere' ? '- Your area: somewhere other than the Living Well sites.' : `- Your area: ${siteById(area).name}.`];
}

function wellbeingLines(record: WellbeingRecord): string[] {
  const ratings = record.goals.flatMap((goal) => goal.ratings);
  const notes = ratings.filter((rating) => rating.note !== undefined).length;
  const goals =
    record.goals.length === 0
      ? []
      : [
          `- ${count(record.goals.length, 'goal')} in your words (${goalStatuses(record)}), with ${count(ratings.length, 'rating')}${
            notes === 0 ? '' : ` and ${count(notes, 'note')} on what helped`
          }.`,
        ];
  const answers = [
    ...(record.ons4.length === 0 ? [] : [`the four wellbeing questions (${times(record.ons4.length)})`]),
    ...(record.connection.length === 0 ? [] : [`the two questions about friends and activities (${times(record.connection.length)})`]),
  ];
  const lastOffered = [record.lastOffered.ons4, record.lastOffered.connection].filter((at) => at !== undefined).sort().at(-1);
  return [
    ...goals,
    ...(answers.length === 0 ? [] : [`- Your answers to ${answers.join(' and ')}.`]),
    ...(lastOffered === undefined ? [] : [`- When I last offered you the wellbeing questions (${britishDateInWords(lastOffered)}).`]),
    ...(record.repeatMeasures === undefined
      ? []
      : [record.repeatMeasures ? '- That you are happy to be asked the wellbeing questions again.' : "- That you'd rather not be asked the wellbeing questions again."]),
    ...(record.preferences === undefined ? [] : [`- Your check-in reminders: ${describeCheckInPreferences(record.preferences)}.`]),
  ];
}

/** "2 active, 1 achieved": each status with goals, in a fixed order. */
function goalStatuses(record: WellbeingRecord): string {
  const order = ['active', 'paused', 'achieved', 'retired'] as const;
  return order
    .map((status) => ({ status, total: record.goals.filter((goal) => goal.status === status).length }))
    .filter(({ total }) => total > 0)
    .map(({ status, total }) => `${total} ${status}`)
    .join(', ');
}

function reminderLines(reminders: readonly HeldReminder[]): string[] {
  if (reminders.length === 0) return [];
  const named = reminders.map((reminder) => reminder.name ?? 'an activity that is no longer listed');
  return [`- ${reminders.length === 1 ? 'The activity' : `The ${reminders.length} activities`} you asked me to remind you of: ${named.join('; ')}.`];
}

const statusWords: Readonly<Record<CallbackStatus, string>> = {
  requested: "the team hasn't picked it up yet",
  claimed: 'a member of the team has picked it up',
  contacted: 'the team has contacted you',
  closed: 'the team has closed it',
  cancelled: 'you cancelled it',
};

function callbackLine(request: CallbackRequest): string {
  const phone = parseUkPhone(request.phoneE164);
  const held = [
    `your name (${request.name})`,
    `your number (${phone.ok ? phone.display : request.phoneE164})`,
    `the best times to call (${describeBestTimes(request.bestTimes).toLowerCase()})`,
    ...(request.about === undefined || request.about === '' ? [] : [`what it's about ("${request.about}")`]),
  ];
  const details = `${held.slice(0, -1).join(', ')} and ${held.at(-1) ?? ''}`;
  return `- Your callback request ${request.reference} to the ${siteById(request.siteId).name} Living Well team, sent on ${britishDateInWords(request.requestedAt)} (${statusWords[request.status]}): ${details}.`;
}

function count(total: number, noun: string): string {
  return `${total} ${noun}${total === 1 ? '' : 's'}`;
}

/** "once", "twice", "3 times". */
function times(total: number): string {
  return total === 1 ? 'once' : total === 2 ? 'twice' : `${total} times`;
}
