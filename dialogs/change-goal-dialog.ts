import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { matchChoice } from '../src/domain/reply-text';
import { goalProgress, maxActiveGoals, setGoalStatus } from '../src/domain/wellbeing/goal-rules';
import { goalActionLabel, goalActions, matchGoalAction, statusAfter, type GoalAction } from '../src/domain/wellbeing/goals-menu';
import { celebrationText } from '../src/domain/wellbeing/progress-summary';
import type { Goal, GoalStatus } from '../src/domain/wellbeing/wellbeing-record';
import { choiceReply } from './choice-reply';
import type { WellbeingJournal } from './dialog-services';
import { readDialogState } from './dialog-state';
import { StepDialog, type Question } from './step-dialog';
import { savedWhenOk } from './goal-change';
import { dialogIds } from './ids';

const stateSchema = z.discriminatedUnion('step', [
  /** Which goal: the ids offered, in order. */
  z.object({ step: z.literal('goal'), goalIds: z.array(z.string()) }),
  /** What to do with it. */
  z.object({ step: z.literal('action'), goalId: z.string() }),
]);
type State = z.infer<typeof stateSchema>;

const backLabel = 'Back';

/** Marks a goal achieved, pauses, retires or reopens it. Retired goals stay in the history and the export. */
export class ChangeGoalDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(private readonly journal: WellbeingJournal) {
    super(dialogIds.changeGoal);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const goals = changeable((await this.journal.get(dc.context)).goals);
    if (goals.length === 0) {
      await dc.context.sendActivity('You have no goals to change yet. Type "add a goal" to set one.');
      return dc.endDialog();
    }
    return this.ask(dc, { step: 'goal', goalIds: goals.map((goal) => goal.id) });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return this.beginDialog(dc);
    const record = await this.journal.get(dc.context);
    const text = dc.context.activity.text;
    if (state.step === 'goal') {
      const goals = state.goalIds.map((id) => record.goals.find((goal) => goal.id === id)).filter((goal): goal is Goal => goal !== undefined);
      const chosen = matchChoice(text, [
        ...goals.map((goal) => ({ value: goal.id, names: [goal.text] })),
        { value: 'back', names: [backLabel, 'back', 'none', 'cancel'] },
      ]);
      if (chosen === 'back') return dc.endDialog();
      if (chosen === undefined) {
        return this.askAgain(dc, state, "Sorry, I didn't catch which goal. Please choose one, or type its number.");
      }
      return this.ask(dc, { step: 'action', goalId: chosen });
    }
    const goal = record.goals.find((candidate) => candidate.id === state.goalId);
    if (goal === undefined || goal.status === 'retired') return dc.endDialog();
    const action = matchGoalAction(text, goalActions(goal.status));
    if (action === undefined) {
      return this.askAgain(dc, state);
    }
    if (action === 'keep') {
      await dc.context.sendActivity(`Okay, "${goal.text}" stays as it is.`);
      return dc.endDialog();
    }
    return this.apply(dc, goal, action);
  }

  private async apply(dc: DialogContext, goal: Goal, action: Exclude<GoalAction, 'keep'>): Promise<DialogTurnResult> {
    const status = statusAfter(action);
    const change = await this.journal.update(dc.context, (current, at) => savedWhenOk(setGoalStatus(current, goal.id, status, at)));
    if (!change.ok) {
      await dc.context.sendActivity(
        change.reason === 'too-many-active'
          ? `You already have ${maxActiveGoals} active goals, so I can't make "${goal.text}" active again until one of them is achieved, paused or retired.`
          : "I couldn't find that goal any more, so I haven't changed anything.",
      );
      return dc.endDialog();
    }
    await dc.context.sendActivity(confirmation(change.goal, status));
    return dc.endDialog();
  }

  protected async question(state: State, context: TurnContext): Promise<Question> {
    const record = await this.journal.get(context);
    if (state.step === 'goal') {
      const texts = state.goalIds.flatMap((id) => record.goals.filter((goal) => goal.id === id).map((goal) => goal.text));
      return choiceReply('Which goal would you like to change?', [...texts, backLabel]);
    }
    const goal = record.goals.find((candidate) => candidate.id === state.goalId);
    if (goal === undefined || goal.status === 'retired') return choiceReply('Which goal would you like to change?', [backLabel]);
    return choiceReply(`"${goal.text}" is ${statusWords[goal.status]}. What would you like to do?`, goalActions(goal.status).map(goalActionLabel));
  }
}

/** Goals that can still be changed: everything but retired ones. */
function changeable(goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => goal.status !== 'retired');
}

const statusWords: Readonly<Record<Exclude<GoalStatus, 'retired'>, string>> = {
  active: 'active',
  paused: 'paused',
  achieved: 'marked as achieved',
};

function confirmation(goal: Goal, status: GoalStatus): string {
  switch (status) {
    case 'achieved':
      return [`Well done: "${goal.text}" is marked as achieved.`, celebrationText(goalProgress(goal))].filter(Boolean).join(' ');
    case 'paused':
      return `I've paused "${goal.text}". It won't come up at check-ins until you make it active again.`;
    case 'retired':
      return `I've retired "${goal.text}". It stays in your history and your data export, but won't come up again.`;
    case 'active':
      return `"${goal.text}" is active again, so it will come up at your next check-in.`;
  }
}
