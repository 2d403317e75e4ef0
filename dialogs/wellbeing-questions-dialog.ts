import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { matchYesNoChoice } from '../src/domain/reply-text';
import { ons4Change, ons4Questions, ons4ScaleHint, ons4Summary } from '../src/domain/wellbeing/ons4';
import { parseRatingReply } from '../src/domain/wellbeing/rating-reply';
import { connectionQuestions, parseYesNoSkip, yesNoSkipChoices } from '../src/domain/wellbeing/social-connection';
import { markOffered, previousOns4, recordConnection, recordOns4, setRepeatMeasures } from '../src/domain/wellbeing/wellbeing-changes';
import type { MeasureId } from '../src/domain/wellbeing/wellbeing-record';
import { choiceReply, skippableQuestion } from './choice-reply';
import type { WellbeingJournal } from './dialog-services';
import { readDialogState } from './dialog-state';
import { StepDialog, type Question } from './step-dialog';
import { dialogIds } from './ids';

const measureSchema = z.enum(['ons4', 'connection']);
const optionsSchema = z.object({ measures: z.array(measureSchema), offer: z.boolean() });
const scoreSchema = z.number().int().min(0).max(10);
const yesNoSchema = z.enum(['yes', 'no']);

const stateSchema = z.object({
  /** Measures still to come after this one. */
  queue: z.array(measureSchema),
  measure: measureSchema,
  step: z.enum(['offer', 'question', 'repeat']),
  index: z.number().int().min(0),
  /** Questions asked before this measure's, so they are numbered across all of them ("Question 5 of 6"). */
  before: z.number().int().min(0).default(0),
  ons4: z.object({
    lifeSatisfaction: scoreSchema.exactOptional(),
    worthwhile: scoreSchema.exactOptional(),
    happiness: scoreSchema.exactOptional(),
    anxiety: scoreSchema.exactOptional(),
  }),
  connection: z.object({ closeFriend: yesNoSchema.exactOptional(), tookPart: yesNoSchema.exactOptional() }),
});
type State = z.infer<typeof stateSchema>;

const offerChoices = ['Yes', 'Not now'] as const;
const repeatChoices = ['Yes, offer them again', 'No, thanks'] as const;

/**
 * The wellbeing questions: ONS4 (four 0–10 questions) and the two social connection questions.
 * Offered, never forced: "not now" is remembered so the offer does not come back too soon, and
 * every question can be skipped.
 */
export class WellbeingQuestionsDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(private readonly journal: WellbeingJournal) {
    super(dialogIds.wellbeingQuestions);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const measures = parsed.success && parsed.data.measures.length > 0 ? parsed.data.measures : (['ons4', 'connection'] as const);
    return this.start(dc, measures, parsed.success ? parsed.data.offer : false);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return dc.endDialog();
    const text = dc.context.activity.text;
    switch (state.step) {
      case 'offer': {
        const answer = matchYesNoChoice(text, offerChoices);
        if (answer === undefined) return this.askAgain(dc, state);
        if (answer === 'yes') return this.ask(dc, { ...state, step: 'question', index: 0 });
        const declined = [state.measure, ...state.queue];
        await this.journal.update(dc.context, (current, at) => ({
          record: declined.reduce((record, measure) => markOffered(record, measure, at), current),
          result: undefined,
        }));
        await dc.context.sendActivity('No problem. You can answer them any time: type "wellbeing questions".');
        return dc.endDialog();
      }
      case 'question':
        return state.measure === 'ons4' ? this.answerOns4(dc, state, text) : this.answerConnection(dc, state, text);
      case 'repeat': {
        const answer = matchYesNoChoice(text, repeatChoices);
        if (answer === undefined) return this.askAgain(dc, state);
        await this.journal.update(dc.context, (current, at) => ({ record: setRepeatMeasures(current, answer === 'yes', at), result: undefined }));
        await dc.context.sendActivity(
          answer === 'yes'
            ? "Okay, I'll offer the feelings questions every 4 weeks and the connection ones every 3 months, after a check-in. You can always say \"not now\"."
            : "Okay, I won't offer them again. You can still answer them any time: type \"wellbeing questions\".",
        );
        return dc.endDialog();
      }
    }
  }

  private async answerOns4(dc: DialogContext, state: State, text: string | undefined): Promise<DialogTurnResult> {
    const question = ons4Questions[state.index];
    if (question === undefined) return this.saveOns4(dc, state);
    const reply = parseRatingReply(text);
    if (reply.kind === 'out-of-range' || reply.kind === 'not-a-rating') {
      await dc.context.sendActivity(`Please give a whole number from 0 to 10, or type "skip". ${ons4ScaleHint}`);
      return Dialog.EndOfTurn;
    }
    const ons4 = reply.kind === 'rating' ? { ...state.ons4, [question.id]: reply.score } : state.ons4;
    const next: State = { ...state, ons4, index: state.index + 1 };
    if (next.index < ons4Questions.length) return this.ask(dc, next);
    return this.saveOns4(dc, next);
  }

  private async saveOns4(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const scores = state.ons4;
    if (Object.keys(scores).length === 0) {
      await this.journal.update(dc.context, (current, at) => ({ record: markOffered(current, 'ons4', at), result: undefined }));
      await dc.context.sendActivity("That's fine, I haven't saved anything for these.");
      return this.afterMeasure(dc, state);
    }
    const record = await this.journal.update(dc.context, (current, at) => {
      const updated = recordOns4(current, { at, scores });
      return { record: updated, result: updated };
    });
    const latest = record.ons4.at(-1);
    const changes = latest === undefined ? [] : ons4Change(previousOns4(record), latest);
    await dc.context.sendActivity(
      [
        'Thank you. This is what you told me:',
        ...(latest === undefined ? [] : ons4Summary(latest).map((line) => `- ${line}`)),
        ...(changes.length === 0 ? [] : ['Since last time: ' + changes.map((change) => `${change.from} → ${change.to}`).join(', ') + '.']),
        'These are a snapshot, not a judgement. Your Living Well team can talk them through with you.',
      ].join('\n'),
    );
    return this.afterMeasure(dc, state);
  }

  private async answerConnection(dc: DialogContext, state: State, text: string | undefined): Promise<DialogTurnResult> {
    const question = connectionQuestions[state.index];
    if (question === undefined) return this.saveConnection(dc, state);
    const answer = parseYesNoSkip(text);
    if (answer === undefined) return this.askAgain(dc, state);
    const connection = answer === 'skip' ? state.connection : { ...state.connection, [question.id]: answer };
    const next: State = { ...state, connection, index: state.index + 1 };
    if (next.index < connectionQuestions.length) return this.ask(dc, next);
    return this.saveConnection(dc, next);
  }

  private async saveConnection(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const answers = state.connection;
    await this.journal.update(dc.context, (current, at) => ({
      record: Object.keys(answers).length === 0 ? markOffered(current, 'connection', at) : recordConnection(current, { at, ...answers }),
      result: undefined,
    }));
    await dc.context.sendActivity(Object.keys(answers).length === 0 ? "That's fine, I haven't saved anything for these." : 'Thank you, I have saved your answers.');
    return this.afterMeasure(dc, state);
  }

  /** Goes on to the next measure; after the last, asks once whether to offer them again. */
  private async afterMeasure(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    const [measure, ...queue] = state.queue;
    if (measure !== undefined) {
      return this.ask(dc, { ...state, queue, measure, step: 'question', index: 0, before: state.before + questionCount(state.measure), ons4: {}, connection: {} });
    }
    const record = await this.journal.get(dc.context);
    if (record.repeatMeasures === undefined) return this.ask(dc, { ...state, step: 'repeat' });
    return dc.endDialog();
  }

  /** Starts with the offer of all the measures at once (one "not now" covers them), or the first question. */
  private async start(dc: DialogContext, measures: readonly MeasureId[], offer: boolean): Promise<DialogTurnResult> {
    const [measure, ...queue] = measures;
    if (measure === undefined) return dc.endDialog();
    return this.ask(dc, { queue, measure, step: offer ? 'offer' : 'question', index: 0, before: 0, ons4: {}, connection: {} });
  }


  protected question(state: State, context: TurnContext): Question {
    return questionFor(state, context);
  }
}

/** How many questions a measure has. */
function questionCount(measure: MeasureId): number {
  return measure === 'ons4' ? ons4Questions.length : connectionQuestions.length;
}

function questionFor(state: State, context: TurnContext): Question {
  switch (state.step) {
    case 'offer':
      return choiceReply(offerText([state.measure, ...state.queue]), offerChoices);
    case 'repeat':
      return choiceReply('Would you like me to offer these questions again from time to time (every 4 weeks, and every 3 months for the connection ones)?', repeatChoices);
    case 'question': {
      const total = state.before + questionCount(state.measure) + state.queue.reduce((sum, measure) => sum + questionCount(measure), 0);
      const number = `Question ${state.before + state.index + 1} of ${total}:`;
      if (state.measure === 'ons4') {
        const question = ons4Questions[state.index];
        if (question === undefined) return 'Thank you.';
        return skippableQuestion(`${number} ${question.text} ${ons4ScaleHint} (Or type "skip".)`, context);
      }
      const question = connectionQuestions[state.index];
      return question === undefined ? 'Thank you.' : choiceReply(`${number} ${question.text}`, yesNoSkipChoices);
    }
  }
}

/** The offer, naming what it covers: it takes a minute or two and can be turned down. */
function offerText(measures: readonly MeasureId[]): string {
  const parts = measures.map((measure) => (measure === 'ons4' ? "4 about how you've been feeling" : '2 about being in touch with other people'));
  const count = measures.reduce((total, measure) => total + questionCount(measure), 0);
  return `Would you like to answer ${count} short questions (${parts.join(' and ')})? They take a minute or two and help you see change over time. Every question can be skipped, and it's fine to say not now.`;
}
