import { z } from 'zod';
import type { DialogState } from './dialog-turn';

const stackSchema = z.array(z.object({ id: z.string(), state: z.unknown() }));
const storedSchema = z.object({ dialogStack: stackSchema });

/**
 * Releases before 2026-12-07 (evening) kept the whole conversation inside one botbuilder component dialog,
 * `root`, whose own stack sat in its state under `dialogs`; its id is the only one that was ever
 * at the bottom of the stack.
 */
const legacyRootSchema = z.object({ id: z.literal('root'), state: z.object({ dialogs: storedSchema }) });

/**
 * The dialog stack read back from conversation state. Stored state is untrusted like any other:
 * a stack that does not fit is an empty one (the conversation starts afresh), and a stack saved
 * inside the old `root` component is lifted out, so nobody is stranded mid-dialog by the change.
 */
export function dialogStateFrom(stored: unknown): DialogState {
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return { dialogStack: [] };
  const legacy = parsed.data.dialogStack.length === 1 ? legacyRootSchema.safeParse(parsed.data.dialogStack[0]) : undefined;
  return legacy?.success === true ? { dialogStack: legacy.data.state.dialogs.dialogStack } : parsed.data;
}
