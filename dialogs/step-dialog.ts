import type { Activity, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../src/dialog-runtime';
import type { z } from 'zod';
import { writeDialogState } from './dialog-state';

/** A question as dialogs send it: plain text, or an activity with choices. */
export type Question = string | Partial<Activity>;

/**
 * A dialog that moves through steps, each asking one question. Its state (which step, and what
 * has been answered so far) is parsed with `stateSchema` whenever it is read back, and the same
 * question is asked again after an interruption (a safety reply, `help`).
 */
export abstract class StepDialog<S extends object> extends Dialog {
  protected abstract readonly stateSchema: z.ZodType<S>;

  /** The question of a step. */
  protected abstract question(state: S, context: TurnContext): Question | Promise<Question>;

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const parsed = this.stateSchema.safeParse(instance.state);
    if (parsed.success) await context.sendActivity(await this.question(parsed.data, context));
  }

  /** Moves to `state` and asks its question. */
  protected async ask(dc: DialogContext, state: S): Promise<DialogTurnResult> {
    writeDialogState(dc, state);
    await dc.context.sendActivity(await this.question(state, dc.context));
    return Dialog.EndOfTurn;
  }

  /** Says the reply was not understood (nothing was saved) and asks the same question again. */
  protected async askAgain(dc: DialogContext, state: S, sorry = "Sorry, I didn't catch that. Please choose one, or type its number."): Promise<DialogTurnResult> {
    await dc.context.sendActivity(sorry);
    return this.ask(dc, state);
  }
}
