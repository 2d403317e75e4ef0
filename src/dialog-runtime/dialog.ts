import type { TurnContext } from 'botbuilder';
import type { DialogContext, StackDialog } from './dialog-context';
import { DialogTurnStatus, type DialogInstance, type DialogReason, type DialogTurnResult } from './dialog-turn';

/**
 * A step of a conversation that can wait for the person's next message. The same contract as
 * botbuilder-dialogs' `Dialog` (begin, continue, resume, reprompt, end), without its memory scopes
 * and events: see `DialogContext`.
 */
export abstract class Dialog implements StackDialog {
  /** A dialog that waits for the next message. */
  static readonly EndOfTurn: DialogTurnResult = Object.freeze({ status: DialogTurnStatus.waiting });

  /** `id` is saved in dialog state: renaming a dialog strands conversations in it. */
  constructor(readonly id: string) {}

  /** Called when the dialog is pushed onto the stack. */
  abstract beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult>;

  /** The person's next message, while this dialog is active. By default the dialog ends. */
  continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }

  /** A dialog this one started has ended with `result`. By default this one ends with it. */
  resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }

  /** Asks the waiting question again (after an interruption). By default nothing is said. */
  async repromptDialog(_context: TurnContext, _instance: DialogInstance): Promise<void> {}

  /** The dialog is leaving the stack (ended, replaced or cancelled). */
  async endDialog(_context: TurnContext, _instance: DialogInstance, _reason: DialogReason): Promise<void> {}
}
