import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { dialogIds } from './ids';
import { helpText } from './help-text';

/** Shows help and ends. */
export class HelpDialog extends Dialog {
  constructor() {
    super(dialogIds.help);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(helpText());
    return dc.endDialog();
  }
}
