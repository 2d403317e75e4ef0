import { normaliseReply } from './reply-text';

/** Words that work at any point of a conversation. */
export type GlobalCommand =
  | 'help'
  | 'menu'
  | 'cancel'
  | 'my-data'
  | 'export-data'
  | 'delete-data'
  | 'withdraw-consent'
  | 'agree'
  | 'activities'
  | 'contact-team'
  | 'request-callback'
  | 'my-callback'
  | 'cancel-callback'
  | 'my-reminders'
  | 'share-progress'
  | 'stop-sharing-progress'
  | GoalsCommand;

/** Words that open a part of the goals area from anywhere. */
export type GoalsCommand = 'goals' | 'add-goal' | 'check-in' | 'progress' | 'wellbeing-questions' | 'check-in-settings';

const commandWords: Readonly<Record<string, GlobalCommand>> = {
  help: 'help',
  'help me': 'help',
  'urgent help': 'help',
  menu: 'menu',
  'main menu': 'menu',
  home: 'menu',
  'start again': 'menu',
  'start over': 'menu',
  'back to menu': 'menu',
  cancel: 'cancel',
  'cancel that': 'cancel',
  'never mind': 'cancel',
  nevermind: 'cancel',
  'my data': 'my-data',
  'my information': 'my-data',
  'what do you know about me': 'my-data',
  'export my data': 'export-data',
  'download my data': 'export-data',
  'export data': 'export-data',
  'delete my data': 'delete-data',
  'delete data': 'delete-data',
  'erase my data': 'delete-data',
  'forget me': 'delete-data',
  'withdraw consent': 'withdraw-consent',
  'withdraw my consent': 'withdraw-consent',
  agree: 'agree',
  'i agree': 'agree',
  'i want to agree': 'agree',
  'contact team': 'contact-team',
  'contact my team': 'contact-team',
  'call me back': 'request-callback',
  'request a callback': 'request-callback',
  'ask for a callback': 'request-callback',
  'my callback': 'my-callback',
  'callback status': 'my-callback',
  'cancel my callback': 'cancel-callback',
  'cancel callback': 'cancel-callback',
  'my reminders': 'my-reminders',
  'activity reminders': 'my-reminders',
  'share my progress': 'share-progress',
  'share my progress with my team': 'share-progress',
  'share progress': 'share-progress',
  'share progress with my team': 'share-progress',
  'share with my team': 'share-progress',
  'stop sharing my progress': 'stop-sharing-progress',
  'stop sharing progress': 'stop-sharing-progress',
  'stop sharing': 'stop-sharing-progress',
  'dont share my progress': 'stop-sharing-progress',
  activities: 'activities',
  'find activities': 'activities',
  'local activities': 'activities',
  'whats on': 'activities',
  'what is on': 'activities',
  goals: 'goals',
  'my goals': 'goals',
  'add a goal': 'add-goal',
  'add goal': 'add-goal',
  'add another goal': 'add-goal',
  'new goal': 'add-goal',
  'set a goal': 'add-goal',
  'check in': 'check-in',
  checkin: 'check-in',
  'check in on my goals': 'check-in',
  'rate my goals': 'check-in',
  'my progress': 'progress',
  'show my progress': 'progress',
  'how am i doing': 'progress',
  'wellbeing questions': 'wellbeing-questions',
  'check in settings': 'check-in-settings',
  'checkin settings': 'check-in-settings',
  'reminder settings': 'check-in-settings',
  'quiet hours': 'check-in-settings',
};

const goalsCommands: ReadonlySet<GlobalCommand> = new Set<GoalsCommand>([
  'goals',
  'add-goal',
  'check-in',
  'progress',
  'wellbeing-questions',
  'check-in-settings',
]);

/** True for the commands that open the goals area. */
export function isGoalsCommand(command: GlobalCommand): command is GoalsCommand {
  return goalsCommands.has(command);
}

/**
 * The global command a message is, if it is one. Only a message that is just the command counts,
 * so "I need help with my goals" is not taken as `help`.
 * (STOP and QUIT are not here: on SMS they are opt-out words.)
 */
export function matchGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (text === undefined) return undefined;
  return commandWords[normaliseReply(text)];
}
