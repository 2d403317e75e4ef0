import type { DialogInstance } from 'botbuilder-dialogs';

/**
 * The ids of a dialog stack, top first, including the stacks nested inside component dialogs:
 * enough to see where a conversation was when it failed, without any of its content.
 */
export function dialogStackIds(stack: readonly DialogInstance[]): string[] {
  return stack.flatMap((instance) => [instance.id, ...dialogStackIds(nestedStack(instance.state))]);
}

function nestedStack(state: unknown): DialogInstance[] {
  if (typeof state !== 'object' || state === null || !('dialogs' in state)) return [];
  const { dialogs } = state;
  if (typeof dialogs !== 'object' || dialogs === null || !('dialogStack' in dialogs)) return [];
  const { dialogStack } = dialogs;
  return Array.isArray(dialogStack) ? dialogStack.filter(isDialogInstance) : [];
}

function isDialogInstance(value: unknown): value is DialogInstance {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}
