/** Words that work at any point of a conversation. */
export type GlobalCommand = 'help' | 'menu' | 'cancel';

const commandWords: Readonly<Record<string, GlobalCommand>> = {
  help: 'help',
  'help me': 'help',
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
};

/**
 * The global command a message is, if it is one. Only a message that is just the command counts,
 * so "I need help with my goals" is not taken as `help`.
 * (STOP and QUIT are not here: on SMS they are opt-out words.)
 */
export function matchGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (text === undefined) return undefined;
  const normalised = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return commandWords[normalised];
}
