import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogReason, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { currentGoals, goalProgress } from '../src/domain/wellbeing/goal-rules';
import { goalFromFreeText } from '../src/domain/wellbeing/goal-text';
import { goalsMenuChoices, goalsMenuLabel, matchGoalsMenuChoice, type GoalsMenuChoiceId } from '../src/domain/wellbeing/goals-menu';
import { progressLine } from '../src/domain/wellbeing/progress-summary';
import type { WellbeingRecord } from '../src/domain/wellbeing/wellbeing-record';
import { showsCards } from './channel-capabilities';
import { choiceReply } from './choice-reply';
import type { PersonProfile, WellbeingJournal } from './dialog-services';
import { readDialogState, writeDialogState } from './dialog-state';
import { dialogIds } from './ids';
import { progressReply } from './progress-reply';

/** Where the goals area starts: its own menu, or straight into one branch. */
export const goalsStartSchema = z.enum(['menu', 'add', 'check-in', 'progress', 'change', 'wellbeing', 'settings']);
export type GoalsStart = z.infer<typeof goalsStartSchema>;

const optionsSchema = z.object({ start: goalsStartSchema.optional(), goalText: z.string().optional() });
export type GoalsOptions = z.infer<typeof optionsSchema>;

const stateSchema = z.object({
  /** `consent`: waiting for the consent dialog; `menu`: the goals menu is shown (or a branch runs under it). */
  stage: z.enum(['consent', 'menu']),
  start: goalsStartSchema,
  goalText: z.string().optional(),
  /** The choices last shown, so a number picks the same one. */
  shown: z.array(z.enum(['check-in', 'progress', 'add', 'change', 'wellbeing', 'settings', 'menu'])),
});
type State = z.infer<typeof stateSchema>;

/**
 * The goals area: its menu, and the door to every goals branch. Saving goals needs the person's
 * agreement, so everyone comes through here and is asked first when they have not agreed.
 */
export class GoalsDialog extends Dialog {
  constructor(
    private readonly profile: PersonProfile,
    private readonly journal: WellbeingJournal,
  ) {
    super(dialogIds.goals);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const start = (parsed.success ? parsed.data.start : undefined) ?? 'menu';
    const goalText = parsed.success ? parsed.data.goalText : undefined;
    const state: State = { stage: 'menu', start, shown: [], ...(goalText === undefined ? {} : { goalText }) };
    if ((await this.profile.get(dc.context)).consent === undefined) {
      writeDialogState(dc, { ...state, stage: 'consent' });
      await dc.context.sendActivity('Keeping track of goals means saving them, and I only do that with your agreement.');
      return dc.beginDialog(dialogIds.consent);
    }
    writeDialogState(dc, state);
    return this.startBranch(dc, start, goalText);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return this.showMenu(dc);
    const text = dc.context.activity.text;
    const chosen = matchGoalsMenuChoice(text, state.shown);
    if (chosen !== undefined) return this.startBranch(dc, chosen === 'menu' ? 'leave' : chosen);
    const wish = goalFromFreeText(text);
    if (wish !== undefined) return dc.beginDialog(dialogIds.addGoal, { text: wish });
    await dc.context.sendActivity(
      choiceReply("Sorry, I didn't catch that. Please choose one, or type its number:", labelsOf(state.shown)),
    );
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state?.stage === 'consent') {
      // The consent dialog ends with true when the person agreed.
      if (result !== true) return dc.endDialog();
      writeDialogState(dc, { ...state, stage: 'menu' });
      return this.startBranch(dc, state.start, state.goalText);
    }
    // The branch that ended has just said where things stand: the same lines again would repeat it.
    return this.showMenu(dc, false);
  }

  override async repromptDialog(context: TurnContext, instance: { state: unknown }): Promise<void> {
    const parsed = stateSchema.safeParse(instance.state);
    const shown = parsed.success && parsed.data.shown.length > 0 ? parsed.data.shown : goalsMenuChoices(false).map((choice) => choice.id);
    await context.sendActivity(choiceReply('What would you like to do with your goals?', labelsOf(shown)));
  }

  private async startBranch(dc: DialogContext, branch: GoalsStart | 'leave', goalText?: string): Promise<DialogTurnResult> {
    switch (branch) {
      case 'leave':
        return dc.endDialog();
      case 'menu':
        return this.showMenu(dc);
      case 'add':
        return dc.beginDialog(dialogIds.addGoal, goalText === undefined ? {} : { text: goalText });
      case 'check-in':
        return dc.beginDialog(dialogIds.checkIn);
      case 'change':
        return dc.beginDialog(dialogIds.changeGoal);
      case 'wellbeing':
        return dc.beginDialog(dialogIds.wellbeingQuestions, { measures: ['ons4', 'connection'], offer: false });
      case 'settings':
        return dc.beginDialog(dialogIds.checkInSettings);
      case 'progress':
        await dc.context.sendActivity(progressReply(await this.journal.get(dc.context), showsCards(dc.context)));
        return this.showMenu(dc, false);
    }
  }

  /** The goals menu, after a short summary of the person's goals (unless they have just seen them). */
  private async showMenu(dc: DialogContext, withSummary = true): Promise<DialogTurnResult> {
    const record = await this.journal.get(dc.context);
    const hasGoals = currentGoals(record).length > 0;
    const shown = goalsMenuChoices(hasGoals).map((choice) => choice.id);
    const state = readDialogState(dc, stateSchema);
    writeDialogState(dc, { stage: 'menu', start: state?.start ?? 'menu', shown } satisfies State);
    const summary = withSummary ? goalsSummary(record) : undefined;
    await dc.context.sendActivity(
      choiceReply(summary === undefined ? 'What would you like to do with your goals?' : `${summary}\n\nWhat would you like to do?`, labelsOf(shown)),
    );
    return Dialog.EndOfTurn;
  }
}

function labelsOf(shown: readonly GoalsMenuChoiceId[]): string[] {
  return shown.map(goalsMenuLabel);
}

/** The person's current goals, one line each; or what a goal is, for someone with none. */
function goalsSummary(record: WellbeingRecord): string {
  const goals = currentGoals(record);
  if (goals.length === 0) {
    return "You haven't set any goals yet. A goal is something you'd like to work towards, in your own words, like \"sleep better\" or \"see friends more\".";
  }
  return ['Your goals:', ...goals.map((goal) => `- ${progressLine(goalProgress(goal))}`)].join('\n');
}
