import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogInstance, type DialogReason, type DialogTurnResult } from './dialog-turn';

/** What the stack asks of a dialog; dialogs extend `Dialog`, which has a default for all but `beginDialog`. */
export interface StackDialog {
  readonly id: string;
  beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult>;
  continueDialog(dc: DialogContext): Promise<DialogTurnResult>;
  resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult>;
  repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void>;
  endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void>;
}

/** The dialogs a stack can hold, by id (a `DialogSet`). */
export interface DialogLookup {
  /** The dialog with `id`, or undefined when this release has none. */
  find(id: string): StackDialog | undefined;
  /** The dialog with `id`; throws `DialogNotFoundError` when this release has none. */
  get(id: string): StackDialog;
}

/**
 * One turn's view of the dialog stack, with the operations dialogs use to move along it. The
 * stack is the array saved in conversation state, changed in place.
 *
 * Why not botbuilder-dialogs: its `DialogContext` builds a `DialogStateManager` (memory scopes and
 * path resolvers for adaptive dialogs, which we do not use) on every construction, a component
 * dialog makes another for its inner stack, and `continueDialog` makes a third to emit an event no
 * dialog here handles. That was about a quarter of the service's CPU a turn (README, Benchmark).
 * The semantics here are the same: the active dialog is the last on the stack, ending one resumes
 * the one under it, replacing one does not, cancelling ends them all top first.
 */
export class DialogContext {
  constructor(
    private readonly dialogs: DialogLookup,
    readonly context: TurnContext,
    readonly stack: DialogInstance[],
  ) {}

  /** The dialog waiting for the person's next message, if any. */
  get activeDialog(): DialogInstance | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Pushes the dialog with `dialogId` onto the stack and begins it. */
  async beginDialog(dialogId: string, options?: unknown): Promise<DialogTurnResult> {
    const dialog = this.dialogs.get(dialogId);
    this.stack.push({ id: dialogId, state: {} });
    return dialog.beginDialog(this, options);
  }

  /** Hands the message to the active dialog; `empty` when there is none. */
  async continueDialog(): Promise<DialogTurnResult> {
    const instance = this.activeDialog;
    if (instance === undefined) return { status: DialogTurnStatus.empty };
    return this.dialogs.get(instance.id).continueDialog(this);
  }

  /** Ends the active dialog and resumes the one under it with `result`; `complete` when none is left. */
  async endDialog(result?: unknown): Promise<DialogTurnResult> {
    await this.endActiveDialog('endCalled');
    const instance = this.activeDialog;
    if (instance === undefined) return { status: DialogTurnStatus.complete, result };
    return this.dialogs.get(instance.id).resumeDialog(this, 'endCalled', result);
  }

  /** Ends the active dialog and begins `dialogId` in its place; the dialog under it is not resumed. */
  async replaceDialog(dialogId: string, options?: unknown): Promise<DialogTurnResult> {
    await this.endActiveDialog('replaceCalled');
    return this.beginDialog(dialogId, options);
  }

  /** Ends every dialog on the stack, top first. */
  async cancelAllDialogs(): Promise<DialogTurnResult> {
    if (this.stack.length === 0) return { status: DialogTurnStatus.empty };
    while (this.stack.length > 0) await this.endActiveDialog('cancelCalled');
    return { status: DialogTurnStatus.cancelled };
  }

  /** Asks the active dialog's waiting question again. */
  async repromptDialog(): Promise<void> {
    const instance = this.activeDialog;
    if (instance !== undefined) await this.dialogs.get(instance.id).repromptDialog(this.context, instance);
  }

  /** Pops the active dialog, telling it why; a dialog this release no longer has is simply dropped. */
  private async endActiveDialog(reason: DialogReason): Promise<void> {
    const instance = this.activeDialog;
    if (instance === undefined) return;
    await this.dialogs.find(instance.id)?.endDialog(this.context, instance, reason);
    this.stack.pop();
  }
}
