import { matchChoice } from './reply-text';

/** One entry of the main menu. `synonyms` are other words people use for it. */
export interface MainMenuOption {
  readonly id: MainMenuOptionId;
  readonly label: string;
  readonly synonyms: readonly string[];
  /** What the branch will do, in plain words (shown while it is still being built). */
  readonly summary: string;
}

export type MainMenuOptionId = 'goals' | 'activities' | 'contact-team' | 'my-data' | 'help';

/** The main menu, in the order people see it. */
export const mainMenuOptions: readonly MainMenuOption[] = [
  {
    id: 'goals',
    label: 'Goals',
    synonyms: ['goal', 'life goals'],
    summary: 'setting your own goals and checking in on how they are going',
  },
  {
    id: 'activities',
    label: 'Activities',
    synonyms: ['activity', 'whats on', "what's on", 'groups', 'local activities', 'things to do', 'events'],
    summary: 'finding community activities near you',
  },
  {
    id: 'contact-team',
    label: 'Contact team',
    synonyms: ['contact', 'my team', 'team', 'callback', 'call back', 'call me', 'talk to someone', 'phone'],
    summary: 'reaching your Living Well team and asking them to call you',
  },
  {
    id: 'my-data',
    label: 'My data',
    synonyms: ['data', 'privacy', 'my information', 'my info'],
    summary: 'seeing, exporting and deleting what the companion holds about you',
  },
  {
    id: 'help',
    label: 'Help',
    synonyms: ['info', 'what can you do', 'how does this work'],
    summary: 'what the companion can do and how to get urgent help',
  },
];

/**
 * The main menu option a reply picks, if any: its number ("2", "option 2", "two"), its label or
 * one of its synonyms, in any case. A reply that only mentions an option in a longer sentence
 * does not count, so free text can be understood elsewhere.
 */
export function matchMainMenuOption(text: string | undefined): MainMenuOptionId | undefined {
  if (text?.trim() === '?') return 'help';
  return matchChoice(
    text,
    mainMenuOptions.map((option) => ({ value: option.id, names: [option.label, ...option.synonyms] })),
  );
}
