import type { Dialog } from 'botbuilder-dialogs';
import { RootDialog } from './root-dialog';

export { dialogIds } from './ids';

/** Builds the root dialog with every feature dialog under it. */
export function buildRootDialog(): Dialog {
  return new RootDialog();
}
