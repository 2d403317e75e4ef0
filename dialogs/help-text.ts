import { urgentHelpText } from '../src/domain/crisis-lines';
import { mainMenuOptions } from '../src/domain/main-menu';

/** What the companion can do, the words that work anywhere, and urgent help. */
export function helpText(): string {
  return [
    "I'm the Living Well companion, from your Living Well team. I'm not an emergency service and I'm not a clinician.",
    '',
    'I can help with:',
    ...mainMenuOptions.filter((option) => option.id !== 'help').map((option) => `- ${option.label}: ${option.summary}`),
    '',
    'At any point you can type "menu" to see the options, "cancel" to stop what we are doing, or "help" to see this again.',
    'These work at any point too: "check in", "my progress", "activities", "contact team", "my callback", "my reminders", "share my progress", "my data".',
    '',
    urgentHelpText(),
  ].join('\n');
}
