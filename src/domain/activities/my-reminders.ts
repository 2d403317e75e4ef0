/**
 * "My reminders": the activity reminders a person asked for, in words, and what they may answer
 * (stop one by its number, stop all, or go back).
 */
import { choiceNumber, normaliseReply } from '../reply-text';
import { sessionDayWords } from './activity-reminders';

/** One reminder request as listed: the listing's name (if still there) and the session planned (epoch ms). */
export interface ListedReminder {
  readonly name: string | undefined;
  readonly session: number | undefined;
}

/** What the person chose: stop the reminder at a position (1-based), stop all of them, or go back. */
export type MyRemindersChoice = { readonly stop: number } | 'all' | 'menu';

/**
 * The list, numbered: "1. Salford Striders: tomorrow at 10am", "2. Chair yoga: no session coming
 * up", then how to stop them. With none: how to ask for one.
 */
export function describeReminders(reminders: readonly ListedReminder[], now: number): string {
  if (reminders.length === 0) return 'You have no activity reminders. Find an activity and use "Remind me" to get one the day before and an hour before it starts.';
  const lines = reminders.map((reminder, index) => {
    const name = reminder.name ?? 'An activity no longer listed';
    const when = reminder.session === undefined ? 'no session coming up' : sessionDayWords(reminder.session, now);
    return `${index + 1}. ${name}: ${when}`;
  });
  const one = reminders.length === 1 ? 'this reminder' : 'these reminders';
  return [`You asked for ${one} (the day before and an hour before):`, ...lines, `Type "stop" and a number to stop one${reminders.length > 1 ? ', "stop all" to stop them all' : ''}, or "menu".`].join('\n');
}

/** Reads an answer to the list: "stop 2", "cancel 2", "2", "stop all", "cancel all", "menu", "back". Undefined when it is none of these or a number beyond the list. */
export function matchMyRemindersChoice(text: string | undefined, count: number): MyRemindersChoice | undefined {
  if (text === undefined) return undefined;
  const reply = normaliseReply(text);
  if (['menu', 'back', 'back to menu', 'no', 'done'].includes(reply)) return 'menu';
  const rest = reply.replace(/^(stop|cancel|remove|delete)( reminder)?\s*/, '');
  if (['all', 'all of them', 'them all', 'all reminders', 'everything'].includes(rest)) return 'all';
  if (rest === '' && reply !== '' && count === 1) return { stop: 1 };
  const position = choiceNumber(rest);
  return position !== undefined && position >= 1 && position <= count ? { stop: position } : undefined;
}
