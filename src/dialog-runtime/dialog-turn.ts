/** Where a dialog stands after a turn's call into it. */
export const DialogTurnStatus = {
  /** Nothing was on the stack. */
  empty: 'empty',
  /** A dialog waits for the person's next message. */
  waiting: 'waiting',
  /** The last dialog ended. */
  complete: 'complete',
  /** Every dialog was cancelled. */
  cancelled: 'cancelled',
} as const;
export type DialogTurnStatus = (typeof DialogTurnStatus)[keyof typeof DialogTurnStatus];

/** Why a dialog ended, or was resumed. */
export type DialogReason = 'endCalled' | 'replaceCalled' | 'cancelCalled';

/** One dialog on the stack: its id and its own saved state (read back through a schema). */
export interface DialogInstance {
  readonly id: string;
  state: unknown;
}

/** The dialog stack as saved in conversation state, active dialog last. */
export interface DialogState {
  readonly dialogStack: DialogInstance[];
}

export interface DialogTurnResult {
  readonly status: DialogTurnStatus;
  readonly result?: unknown;
}
