import { describe, expect, it } from 'vitest';
import {
  goalActionLabel,
  goalActions,
  goalsMenuChoices,
  goalsMenuLabel,
  matchGoalAction,
  matchGoalsMenuChoice,
  statusAfter,
  type GoalAction,
  type GoalsMenuChoiceId,
} from '../../src/domain/wellbeing/goals-menu';

const withGoals: readonly GoalsMenuChoiceId[] = goalsMenuChoices(true).map((choice) => choice.id);
const withoutGoals: readonly GoalsMenuChoiceId[] = goalsMenuChoices(false).map((choice) => choice.id);

describe('goalsMenuChoices', () => {
  it('offers someone with goals a check-in first, then progress, adding, changing, the questions, settings and the way back', () => {
    expect(withGoals).toEqual(['check-in', 'progress', 'add', 'change', 'wellbeing', 'settings', 'menu']);
  });

  it('offers someone without goals adding one first and no check-in, progress or change they cannot have', () => {
    expect(withoutGoals).toEqual(['add', 'wellbeing', 'settings', 'menu']);
    expect(withoutGoals).not.toContain('check-in');
    expect(withoutGoals).not.toContain('progress');
    expect(withoutGoals).not.toContain('change');
  });

  it.each([true, false])('gives every choice a label and unique id and labels (with goals: %s)', (hasGoals) => {
    const choices = goalsMenuChoices(hasGoals);
    expect(new Set(choices.map((choice) => choice.id)).size).toBe(choices.length);
    expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
    for (const choice of choices) expect(choice.label).toBe(goalsMenuLabel(choice.id));
  });
});

describe('goalsMenuLabel', () => {
  it.each<[GoalsMenuChoiceId, string]>([
    ['check-in', 'Check in'],
    ['progress', 'My progress'],
    ['add', 'Add a goal'],
    ['change', 'Change a goal'],
    ['wellbeing', 'Wellbeing questions'],
    ['settings', 'Check-in settings'],
    ['menu', 'Back to menu'],
  ])('labels %s as %j', (id, label) => {
    expect(goalsMenuLabel(id)).toBe(label);
  });
});

describe('matchGoalsMenuChoice', () => {
  it.each<[string, GoalsMenuChoiceId]>([
    ['1', 'check-in'],
    ['2.', 'progress'],
    ['option 3', 'add'],
    ['four', 'change'],
    ['fifth', 'wellbeing'],
    ['6', 'settings'],
    ['7', 'menu'],
  ])('with goals, takes the number %j as %s', (text, id) => {
    expect(matchGoalsMenuChoice(text, withGoals)).toBe(id);
  });

  it.each<[string, GoalsMenuChoiceId]>([
    ['1', 'add'],
    ['2', 'wellbeing'],
    ['3', 'settings'],
    ['4', 'menu'],
  ])('without goals, counts the number %j among the shown choices as %s', (text, id) => {
    expect(matchGoalsMenuChoice(text, withoutGoals)).toBe(id);
  });

  it.each<[string, GoalsMenuChoiceId]>([
    ['Check in', 'check-in'],
    ['check-in', 'check-in'],
    ['CHECK IN!', 'check-in'],
    ['My progress', 'progress'],
    ['add a goal', 'add'],
    ['Change a goal', 'change'],
    ['Wellbeing questions', 'wellbeing'],
    ['check-in settings', 'settings'],
    ['Back to menu', 'menu'],
  ])('takes the label %j as %s', (text, id) => {
    expect(matchGoalsMenuChoice(text, withGoals)).toBe(id);
  });

  it.each<[string, GoalsMenuChoiceId]>([
    ['checkin', 'check-in'],
    ['rate my goals', 'check-in'],
    ['rate', 'check-in'],
    ['progress', 'progress'],
    ['How am I doing?', 'progress'],
    ['add', 'add'],
    ['new goal', 'add'],
    ['set a goal', 'add'],
    ['edit', 'change'],
    ['achieved', 'change'],
    ['pause', 'change'],
    ['retire', 'change'],
    ['wellbeing', 'wellbeing'],
    ['questions', 'wellbeing'],
    ['settings', 'settings'],
    ['reminders', 'settings'],
    ['quiet hours', 'settings'],
    ['back', 'menu'],
    ['main menu', 'menu'],
    ['done', 'menu'],
    ['nothing', 'menu'],
  ])('takes the synonym %j as %s', (text, id) => {
    expect(matchGoalsMenuChoice(text, withGoals)).toBe(id);
  });

  it.each(['check in', 'checkin', 'my progress', 'progress', 'change', 'edit'])(
    'does not take %j when that choice was not shown (no goals yet)',
    (text) => {
      expect(matchGoalsMenuChoice(text, withoutGoals)).toBeUndefined();
    },
  );

  it.each(['5', '0', 'eight'])('does not take the number %j beyond the choices shown without goals', (text) => {
    expect(matchGoalsMenuChoice(text, withoutGoals)).toBeUndefined();
  });

  it.each(['8', 'I want to check in later', 'add a goal about sleep', 'maybe', '', '   ', undefined])(
    'does not take %j as a choice',
    (text) => {
      expect(matchGoalsMenuChoice(text, withGoals)).toBeUndefined();
    },
  );

  it('counts numbers against the order the choices were shown in', () => {
    expect(matchGoalsMenuChoice('1', ['menu', 'add'])).toBe('menu');
    expect(matchGoalsMenuChoice('2', ['menu', 'add'])).toBe('add');
  });
});

describe('goalActions', () => {
  it.each<['active' | 'paused' | 'achieved', GoalAction[]]>([
    ['active', ['achieved', 'pause', 'retire', 'keep']],
    ['paused', ['resume', 'achieved', 'retire', 'keep']],
    ['achieved', ['resume', 'retire', 'keep']],
  ])('offers a %s goal %j, in that order', (status, actions) => {
    expect(goalActions(status)).toEqual(actions);
  });

  it('never offers to pause a paused goal or resume an active one', () => {
    expect(goalActions('paused')).not.toContain('pause');
    expect(goalActions('active')).not.toContain('resume');
    expect(goalActions('achieved')).not.toContain('achieved');
  });
});

describe('goalActionLabel', () => {
  it.each<[GoalAction, string]>([
    ['achieved', "I've achieved it"],
    ['pause', 'Pause it'],
    ['retire', 'Retire it'],
    ['resume', 'Make it active again'],
    ['keep', 'Leave it as it is'],
  ])('labels %s as %j', (action, label) => {
    expect(goalActionLabel(action)).toBe(label);
  });
});

describe('matchGoalAction', () => {
  const active = goalActions('active');
  const paused = goalActions('paused');
  const achieved = goalActions('achieved');

  it.each<[string, GoalAction]>([
    ['1', 'achieved'],
    ['2', 'pause'],
    ['third', 'retire'],
    ['4', 'keep'],
  ])('for an active goal, takes the number %j as %s', (text, action) => {
    expect(matchGoalAction(text, active)).toBe(action);
  });

  it.each<[string, GoalAction]>([
    ['1', 'resume'],
    ['2', 'achieved'],
    ['3', 'retire'],
    ['4', 'keep'],
  ])('for a paused goal, takes the number %j as %s', (text, action) => {
    expect(matchGoalAction(text, paused)).toBe(action);
  });

  it.each<[string, GoalAction]>([
    ["I've achieved it", 'achieved'],
    ['I’ve achieved it', 'achieved'],
    ['Pause it', 'pause'],
    ['retire it', 'retire'],
    ['Leave it as it is', 'keep'],
    ['done', 'achieved'],
    ['I did it!', 'achieved'],
    ['completed', 'achieved'],
    ['on hold', 'pause'],
    ['remove', 'retire'],
    ['delete', 'retire'],
    ['keep it', 'keep'],
    ['no change', 'keep'],
    ['cancel', 'keep'],
    ['back', 'keep'],
  ])('for an active goal, takes %j as %s', (text, action) => {
    expect(matchGoalAction(text, active)).toBe(action);
  });

  it.each<[string, GoalAction]>([
    ['Make it active again', 'resume'],
    ['resume', 'resume'],
    ['unpause', 'resume'],
    ['start again', 'resume'],
    ['retire', 'retire'],
    ['keep', 'keep'],
  ])('for an achieved goal, takes %j as %s', (text, action) => {
    expect(matchGoalAction(text, achieved)).toBe(action);
  });

  it.each<[string, readonly GoalAction[]]>([
    ['resume', active],
    ['make it active again', active],
    ['pause', paused],
    ['on hold', paused],
    ['pause', achieved],
    ['achieved', achieved],
    ['done', achieved],
    ['4', achieved],
  ])('does not take %j when it is not among the offered actions %j', (text, offered) => {
    expect(matchGoalAction(text, offered)).toBeUndefined();
  });

  it.each(['I think I have achieved it', 'maybe', '', undefined])('does not take %j as an action', (text) => {
    expect(matchGoalAction(text, active)).toBeUndefined();
  });
});

describe('statusAfter', () => {
  it.each<[Exclude<GoalAction, 'keep'>, string]>([
    ['achieved', 'achieved'],
    ['pause', 'paused'],
    ['retire', 'retired'],
    ['resume', 'active'],
  ])('makes a goal %s → %s', (action, status) => {
    expect(statusAfter(action)).toBe(status);
  });
});
