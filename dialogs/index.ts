import type { Dialog } from 'botbuilder-dialogs';
import type { DialogServices } from './dialog-services';
import { RootDialog } from './root-dialog';

export type { DialogServices, PersonalData, PersonProfile, PersonView } from './dialog-services';
export { dialogIds } from './ids';

/** Builds the root dialog with every feature dialog under it. */
export function buildRootDialog(services: DialogServices): Dialog {
  return new RootDialog(services);
}
