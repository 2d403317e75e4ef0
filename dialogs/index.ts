import type { ConversationRoot } from '../src/dialog-runtime';
import type { DialogServices } from './dialog-services';
import { RootDialog } from './root-dialog';

export type { DialogServices, PersonalData, PersonProfile, PersonView } from './dialog-services';
export { dialogIds } from './ids';

/** Builds the top of the conversation with every feature dialog. */
export function buildConversationRoot(services: DialogServices): ConversationRoot {
  return new RootDialog(services);
}
