export { Dialog } from './dialog';
export { DialogContext } from './dialog-context';
export { DialogTurnStatus, type DialogInstance, type DialogReason, type DialogState, type DialogTurnResult } from './dialog-turn';
export { DialogNotFoundError } from './dialog-not-found-error';
export { DialogSet } from './dialog-set';
export { dialogStateFrom } from './stored-dialog-state';
export type { ConversationRoot } from './conversation-root';
