import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { matchGlobalCommand } from '../src/domain/global-command';
import { ComingSoonDialog } from './coming-soon-dialog';
import { HelpDialog } from './help-dialog';
import { helpText } from './help-text';
import { dialogIds } from './ids';
import { MainMenuDialog } from './main-menu-dialog';

/**
 * The top of every conversation. It greets, runs the main menu, and handles the words that work
 * anywhere (`help`, `menu`, `cancel`) before the active dialog sees the message.
 */
export class RootDialog extends ComponentDialog {
  constructor() {
    super(dialogIds.root);
    this.addDialog(new MainMenuDialog());
    this.addDialog(new HelpDialog());
    this.addDialog(new ComingSoonDialog());
    this.initialDialogId = dialogIds.mainMenu;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    await innerDc.context.sendActivity(
      "Hello, I'm the Living Well companion from your Living Well team. I'm not an emergency service: if you need help now, type \"help\".",
    );
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = matchGlobalCommand(innerDc.context.activity.text);
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(helpText());
        // Carry on where the person was: ask the waiting question again.
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel':
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity("Okay, I've stopped that.");
        return innerDc.beginDialog(dialogIds.mainMenu);
      case 'menu':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(dialogIds.mainMenu);
      case undefined:
        return super.onContinueDialog(innerDc);
    }
  }
}
