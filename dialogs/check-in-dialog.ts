import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { britishDate, londonNow } from '../src/domain/local-date';
import { activeGoals, progressAsRated, rateGoal } from '../src/domain/wellbeing/goal-rules';
import { dueMeasures } from '../src/domain/wellbeing/measure-schedule';
import { celebrationText, progressLine, ratingAcknowledgement } from '../src/domain/wellbeing/progress-summary';
import { isSkipNote } from '../src/domain/wellbeing/rating-note';
import { parseRatingReply } from '../src/domain/wellbeing/rating-reply';
import { noteRating } from '../src/domain/wellbeing/wellbeing-changes';
import type { Goal, WellbeingRecord } from '../src/domain/wellbeing/wellbeing-record';
import { choiceReply, skippableQuestion } from './choice-reply';
import type { Clock } from '../src/domain/clock';
import type { WellbeingJournal } from './dialog-services';
import { readDialogState, writeDialogState } from './dialog-state';
import { dialogIds } from './ids';
import { goalRatingQuestion, ratingReask } from './rating-prompts';

const stateSchema = z.object({
  /** The active goals when the check-in began, in order. */
  goalIds: z.array(z.string()),
  index: z.number().int().min(0),
  step: z.enum(['rating', 'note']),
  /** When the rating being annotated was saved (it identifies that rating). */
  ratingAt: z.string().optional(),
  /** Ratings given in this check-in: the goal, and the rating's time (which identifies it). */
  rated: z.array(z.object({ goalId: z.string(), at: z.string() })),
});
type State = z.infer<typeof stateSchema>;

/** What saving a rating found: the score before it, and the rating's time (which identifies it). */
type RatingSaved = { readonly ok: true; readonly before: number | undefined; readonly at: string } | { readonly ok: false };

/**
 * A check-in: each active goal is rated now (0–10, or skipped), and when things went well the
 * person may say what helped. Every rating is saved as soon as it is given, so nothing is lost if
 * the check-in is interrupted. Ends with a summary and, when due, the wellbeing questions.
 */
export class CheckInDialog extends Dialog {
  constructor(
    private readonly journal: WellbeingJournal,
    private readonly clock: Clock,
  ) {
    super(dialogIds.checkIn);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const goals = activeGoals(await this.journal.get(dc.context));
    if (goals.length === 0) {
      await dc.context.sendActivity('You have no active goals to check in on. Type "add a goal" to set one.');
      return dc.endDialog();
    }
    await dc.context.sendActivity(
      goals.length === 1
        ? "Let's check in on your goal. You can type \"skip\" if you'd rather not rate it today."
        : `Let's check in on your ${goals.length} goals, one at a time. You can type "skip" for any of them.`,
    );
    return this.askRating(dc, { goalIds: goals.map((goal) => goal.id), index: 0, step: 'rating', rated: [] });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return this.beginDialog(dc);
    const text = dc.context.activity.text;
    const goalId = state.goalIds[state.index];
    if (goalId === undefined) return this.finish(dc, state);
    if (state.step === 'note') {
      if (state.ratingAt !== undefined && text !== undefined && !isSkipNote(text)) {
        const ratingAt = state.ratingAt;
        const saved = await this.journal.update(dc.context, (current, at) => {
          const record = noteRating(current, goalId, ratingAt, text, at);
          return record === undefined ? { result: false } : { record, result: true };
        });
        if (saved) await dc.context.sendActivity("Good to know. I've kept that with your rating.");
      }
      return this.next(dc, state);
    }
    const reply = parseRatingReply(text);
    if (reply.kind === 'out-of-range' || reply.kind === 'not-a-rating') {
      await dc.context.sendActivity(ratingReask(reply.kind));
      return Dialog.EndOfTurn;
    }
    if (reply.kind === 'skip') return this.next(dc, state);
    const saved = await this.journal.update<RatingSaved>(dc.context, (current, at) => {
      const before = current.goals.find((goal) => goal.id === goalId)?.ratings.at(-1)?.score;
      const change = rateGoal(current, goalId, { score: reply.score, at, ...(reply.note === undefined ? {} : { note: reply.note }) });
      return change.ok ? { record: change.record, result: { ok: true, before, at } } : { result: { ok: false } };
    });
    if (!saved.ok) {
      // Changed in another conversation meanwhile (paused, retired): nothing to rate.
      return this.next(dc, state);
    }
    const rated = { ...state, rated: [...state.rated, { goalId, at: saved.at }] };
    const acknowledgement = ratingAcknowledgement(saved.before, reply.score);
    if (acknowledgement.askWhatHelped && reply.note === undefined) {
      writeDialogState(dc, { ...rated, step: 'note', ratingAt: saved.at } satisfies State);
      await dc.context.sendActivity(choiceReply(`${acknowledgement.text} What helped? A few words are plenty, or choose Skip.`, ['Skip']));
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(acknowledgement.text);
    return this.next(dc, rated);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const parsed = stateSchema.safeParse(instance.state);
    const goalId = parsed.success ? parsed.data.goalIds[parsed.data.index] : undefined;
    const goal = goalId === undefined ? undefined : (await this.journal.get(context)).goals.find((candidate) => candidate.id === goalId);
    if (goal === undefined) {
      await context.sendActivity('Type "check in" to start the check-in again.');
      return;
    }
    if (parsed.success && parsed.data.step === 'note') {
      await context.sendActivity(choiceReply(`What helped with "${goal.text}"? A few words are plenty, or choose Skip.`, ['Skip']));
      return;
    }
    await context.sendActivity(ratingQuestion(goal, context));
  }

  private async next(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const following: State = { goalIds: state.goalIds, index: state.index + 1, step: 'rating', rated: state.rated };
    if (following.index >= state.goalIds.length) return this.finish(dc, following);
    return this.askRating(dc, following);
  }

  private async askRating(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const record = await this.journal.get(dc.context);
    // Skip goals that were paused, retired or removed since the check-in began.
    for (let index = state.index; index < state.goalIds.length; index += 1) {
      const goal = record.goals.find((candidate) => candidate.id === state.goalIds[index] && candidate.status === 'active');
      if (goal === undefined) continue;
      writeDialogState(dc, { ...state, index, step: 'rating' } satisfies State);
      await dc.context.sendActivity(ratingQuestion(goal, dc.context));
      return Dialog.EndOfTurn;
    }
    return this.finish(dc, state);
  }

  private async finish(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const record = await this.journal.get(dc.context);
    await dc.context.sendActivity(summaryText(record, state.rated));
    if (state.rated.length > 0) {
      const measures = dueMeasures(record, londonNow(this.clock));
      if (measures.length > 0) return dc.replaceDialog(dialogIds.wellbeingQuestions, { measures, offer: true });
    }
    return dc.endDialog();
  }
}

function ratingQuestion(goal: Goal, context: TurnContext) {
  const last = goal.ratings.at(-1);
  return skippableQuestion(goalRatingQuestion(goal.text, last === undefined ? undefined : { score: last.score, when: britishDate(last.at) }), context);
}

/**
 * What the check-in changed: one line per goal rated, and recognition of meaningful change. Each
 * line stops at the rating given here: the person may be checking in elsewhere at the same time.
 */
function summaryText(record: WellbeingRecord, rated: State['rated']): string {
  const goals = rated.flatMap(({ goalId, at }) => {
    const goal = record.goals.find((candidate) => candidate.id === goalId);
    const progress = goal === undefined ? undefined : progressAsRated(goal, at);
    return progress === undefined ? [] : [progress];
  });
  if (goals.length === 0) return 'No ratings this time, and that is fine. Type "check in" whenever you want to.';
  const celebrations = goals.map(celebrationText).filter((text): text is string => text !== undefined);
  return ['Thanks for checking in. Where things stand:', ...goals.map((progress) => `- ${progressLine(progress)}`), ...celebrations].join('\n');
}
