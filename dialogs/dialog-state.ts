import type { DialogContext } from '../src/dialog-runtime';
import type { z } from 'zod';

/**
 * The active dialog's saved state, parsed: dialog state comes back from storage, so it is read
 * through a schema like any other stored data. `undefined` when it does not fit (for instance
 * state saved by an older release), and the caller starts that dialog afresh.
 */
export function readDialogState<S extends z.ZodType>(dc: DialogContext, schema: S): z.infer<S> | undefined {
  const parsed = schema.safeParse(dc.activeDialog?.state);
  return parsed.success ? parsed.data : undefined;
}

/** Replaces the active dialog's saved state. */
export function writeDialogState<T extends object>(dc: DialogContext, state: T): void {
  const instance = dc.activeDialog;
  if (instance !== undefined) instance.state = { ...state };
}
