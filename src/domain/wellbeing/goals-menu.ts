import { matchChoice } from '../reply-text';
import type { GoalStatus } from './wellbeing-record';

/** The branches of the goals area. */
export type GoalsMenuChoiceId = 'check-in' | 'progress' | 'add' | 'change' | 'wellbeing' | 'settings' | 'menu';

export interface GoalsMenuChoice {
  readonly id: GoalsMenuChoiceId;
  readonly label: string;
  readonly synonyms: readonly string[];
}

const allChoices: Readonly<Record<GoalsMenuChoiceId, GoalsMenuChoice>> = {
  'check-in': { id: 'check-in', label: 'Check in', synonyms: ['checkin', 'rate my goals', 'rate'] },
  progress: { id: 'progress', label: 'My progress', synonyms: ['progress', 'how am i doing'] },
  add: { id: 'add', label: 'Add a goal', synonyms: ['add', 'new goal', 'add goal', 'set a goal'] },
  change: { id: 'change', label: 'Change a goal', synonyms: ['change', 'edit', 'achieved', 'pause', 'retire', 'change goal'] },
  wellbeing: { id: 'wellbeing', label: 'Wellbeing questions', synonyms: ['wellbeing', 'questions'] },
  settings: { id: 'settings', label: 'Check-in settings', synonyms: ['settings', 'reminders', 'preferences', 'quiet hours'] },
  menu: { id: 'menu', label: 'Back to menu', synonyms: ['back', 'menu', 'main menu', 'done', 'nothing'] },
};

/**
 * What the goals area offers: someone with no goals yet is not offered a check-in or progress
 * they cannot have; the first choice is what they most likely came for.
 */
export function goalsMenuChoices(hasGoals: boolean): readonly GoalsMenuChoice[] {
  const ids: readonly GoalsMenuChoiceId[] = hasGoals
    ? ['check-in', 'progress', 'add', 'change', 'wellbeing', 'settings', 'menu']
    : ['add', 'wellbeing', 'settings', 'menu'];
  return ids.map((id) => allChoices[id]);
}

/** The button label of a goals-area choice. */
export function goalsMenuLabel(id: GoalsMenuChoiceId): string {
  return allChoices[id].label;
}

/** The goals-area choice a reply picks among those shown (by number, label or synonym). */
export function matchGoalsMenuChoice(text: string | undefined, shown: readonly GoalsMenuChoiceId[]): GoalsMenuChoiceId | undefined {
  return matchChoice(
    text,
    shown.map((id) => ({ value: id, names: [allChoices[id].label, ...allChoices[id].synonyms] })),
  );
}

/** Something a person can do to one of their goals. */
export type GoalAction = 'achieved' | 'pause' | 'retire' | 'resume' | 'keep';

const actionLabels: Readonly<Record<GoalAction, string>> = {
  achieved: "I've achieved it",
  pause: 'Pause it',
  retire: 'Retire it',
  resume: 'Make it active again',
  keep: 'Leave it as it is',
};

const actionSynonyms: Readonly<Record<GoalAction, readonly string[]>> = {
  achieved: ['achieved', 'done', 'reached it', 'i did it', 'complete', 'completed'],
  pause: ['pause', 'paused', 'on hold', 'hold'],
  retire: ['retire', 'remove', 'drop it', 'stop', 'delete'],
  resume: ['resume', 'active', 'restart', 'start again', 'unpause'],
  keep: ['leave it', 'keep', 'keep it', 'no change', 'back', 'cancel'],
};

/** What can be done to a goal in a given state, in the order offered. Retired goals are not offered. */
export function goalActions(status: Exclude<GoalStatus, 'retired'>): readonly GoalAction[] {
  switch (status) {
    case 'active':
      return ['achieved', 'pause', 'retire', 'keep'];
    case 'paused':
      return ['resume', 'achieved', 'retire', 'keep'];
    case 'achieved':
      return ['resume', 'retire', 'keep'];
  }
}

/** The button label of an action. */
export function goalActionLabel(action: GoalAction): string {
  return actionLabels[action];
}

/** The action a reply picks among those offered. */
export function matchGoalAction(text: string | undefined, offered: readonly GoalAction[]): GoalAction | undefined {
  return matchChoice(
    text,
    offered.map((action) => ({ value: action, names: [actionLabels[action], ...actionSynonyms[action]] })),
  );
}

/** The status an action leads to (`keep` changes nothing). */
export function statusAfter(action: Exclude<GoalAction, 'keep'>): GoalStatus {
  switch (action) {
    case 'achieved':
      return 'achieved';
    case 'pause':
      return 'paused';
    case 'retire':
      return 'retired';
    case 'resume':
      return 'active';
  }
}
