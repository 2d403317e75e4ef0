import type { DialogContext } from './dialog-context';
import type { DialogTurnResult } from './dialog-turn';
import type { DialogSet } from './dialog-set';

/** The top of every conversation: what the turn pipeline asks of the dialogs. */
export interface ConversationRoot {
  /** Every dialog a conversation can be in. */
  readonly dialogs: DialogSet;
  /** Starts the conversation afresh: the welcome, or a hello for a returning person. */
  begin(dc: DialogContext): Promise<DialogTurnResult>;
  /** The person's message: the words that work anywhere, then the active dialog; `empty` when none is active. */
  continue(dc: DialogContext): Promise<DialogTurnResult>;
}
