import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { matchYesNo } from '../src/domain/reply-text';
import { activeGoals, addGoal, maxActiveGoals } from '../src/domain/wellbeing/goal-rules';
import { parseGoalText } from '../src/domain/wellbeing/goal-text';
import { dueMeasures } from '../src/domain/wellbeing/measure-schedule';
import { parseRatingReply } from '../src/domain/wellbeing/rating-reply';
import { choiceReply, skippableQuestion } from './choice-reply';
import type { Clock } from '../src/domain/clock';
import { londonNow } from '../src/domain/local-date';
import type { WellbeingJournal } from './dialog-services';
import { readDialogState } from './dialog-state';
import { StepDialog, type Question } from './step-dialog';
import { savedWhenOk } from './goal-change';
import { dialogIds } from './ids';
import { goalRatingQuestion, ratingReask } from './rating-prompts';

const optionsSchema = z.object({ text: z.string().optional() });

const stateSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('text') }),
  z.object({ step: z.literal('confirm'), text: z.string() }),
  z.object({ step: z.literal('rating'), text: z.string() }),
]);
type State = z.infer<typeof stateSchema>;

const goalQuestion = 'What would you like to work towards? Put it in your own words, for example "sleep better" or "get out of the house more".';
const yesNo = ['Yes', 'No'] as const;

/**
 * Adds a goal in the person's words with its first rating (which may be skipped). Nothing is
 * saved until the rating is answered, so a goal is never half-made. After the very first goal,
 * the wellbeing questions are offered.
 */
export class AddGoalDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(
    private readonly journal: WellbeingJournal,
    private readonly clock: Clock,
  ) {
    super(dialogIds.addGoal);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const record = await this.journal.get(dc.context);
    if (activeGoals(record).length >= maxActiveGoals) {
      await dc.context.sendActivity(limitText);
      return dc.endDialog();
    }
    const parsed = optionsSchema.safeParse(options);
    const offered = parsed.success && parsed.data.text !== undefined ? parseGoalText(parsed.data.text) : undefined;
    if (offered?.ok === true) return this.ask(dc, { step: 'confirm', text: offered.text });
    return this.ask(dc, { step: 'text' });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema) ?? { step: 'text' };
    const text = dc.context.activity.text;
    switch (state.step) {
      case 'text': {
        const goal = parseGoalText(text);
        if (!goal.ok) {
          await dc.context.sendActivity(
            goal.reason === 'empty'
              ? 'Please tell me the goal in a few words, for example "sleep better".'
              : "That's a bit long for me to keep as a goal. Could you put it in fewer words (up to 120 characters)?",
          );
          return Dialog.EndOfTurn;
        }
        return this.ask(dc, { step: 'rating', text: goal.text });
      }
      case 'confirm': {
        const answer = matchYesNo(text);
        if (answer === undefined) return this.askAgain(dc, state);
        if (answer === 'no') {
          await dc.context.sendActivity("Okay, I haven't added it.");
          return dc.endDialog();
        }
        return this.ask(dc, { step: 'rating', text: state.text });
      }
      case 'rating': {
        const rating = parseRatingReply(text);
        if (rating.kind === 'out-of-range' || rating.kind === 'not-a-rating') {
          await dc.context.sendActivity(ratingReask(rating.kind));
          return Dialog.EndOfTurn;
        }
        return this.save(dc, state.text, rating.kind === 'rating' ? rating : undefined);
      }
    }
  }

  private async save(dc: DialogContext, text: string, rating: { score: number; note?: string } | undefined): Promise<DialogTurnResult> {
    const id = this.journal.newGoalId();
    const added = await this.journal.update(dc.context, (current, at) =>
      savedWhenOk(addGoal(current, { id, text, at, ...(rating === undefined ? {} : { score: rating.score }), ...(rating?.note === undefined ? {} : { note: rating.note }) })),
    );
    if (!added.ok) {
      await dc.context.sendActivity(added.reason === 'duplicate' ? `"${text}" is already one of your goals.` : limitText);
      return dc.endDialog();
    }
    await dc.context.sendActivity(
      rating === undefined
        ? `I've added "${text}" to your goals. You can rate it when you check in.`
        : `I've added "${text}" to your goals, at ${rating.score} out of 10 for now. Each time you check in, you'll see how it moves.`,
    );
    if (added.record.goals.length === 1) {
      // The first goal is the start: the wellbeing questions are offered now (never forced).
      const measures = dueMeasures(added.record, londonNow(this.clock));
      if (measures.length > 0) return dc.replaceDialog(dialogIds.wellbeingQuestions, { measures, offer: true });
    }
    return dc.endDialog();
  }


  protected question(state: State, context: TurnContext): Question {
    return questionFor(state, context);
  }
}

const limitText = `You have ${maxActiveGoals} active goals, which is the most I keep at once, so I haven't added another. To make room, you could mark one as achieved, pause it or retire it: type "change a goal".`;

function questionFor(state: State, context: TurnContext): Question {
  switch (state.step) {
    case 'text':
      return goalQuestion;
    case 'confirm':
      return choiceReply(`Would you like to make "${state.text}" one of your goals?`, yesNo);
    case 'rating':
      return skippableQuestion(goalRatingQuestion(state.text), context);
  }
}
