import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { describeHeldData } from '../src/domain/my-data/held-data';
import { matchChoice } from '../src/domain/reply-text';
import { choiceReply } from './choice-reply';
import type { PersonalData } from './dialog-services';
import { exportReply } from './export-reply';
import { dialogIds } from './ids';

type MyDataChoice = 'export' | 'delete' | 'withdraw' | 'menu';

const choices: readonly { value: MyDataChoice; label: string; names: string[] }[] = [
  { value: 'export', label: 'Export my data', names: ['Export my data', 'export', 'download'] },
  { value: 'delete', label: 'Delete my data', names: ['Delete my data', 'delete', 'erase'] },
  { value: 'withdraw', label: 'Withdraw consent', names: ['Withdraw consent', 'withdraw'] },
  { value: 'menu', label: 'Back to menu', names: ['Back to menu', 'back', 'menu', 'no'] },
];
const labels = choices.map((choice) => choice.label);

/** Shows, in plain words, what is held about the person, and offers export, deletion and withdrawal. */
export class MyDataDialog extends Dialog {
  constructor(private readonly personalData: PersonalData) {
    super(dialogIds.myData);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(describeHeldData(await this.personalData.heldData(dc.context)));
    await dc.context.sendActivity(choiceReply('What would you like to do?', labels));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const chosen = matchChoice(dc.context.activity.text, choices);
    switch (chosen) {
      case 'export':
        await dc.context.sendActivity(exportReply(dc.context, await this.personalData.exportLink(dc.context)));
        return dc.endDialog();
      case 'delete':
        return dc.replaceDialog(dialogIds.erase, { reason: 'deleted' });
      case 'withdraw':
        return dc.replaceDialog(dialogIds.erase, { reason: 'consent-withdrawn' });
      case 'menu':
        return dc.endDialog();
      case undefined:
        await dc.context.sendActivity(choiceReply("Sorry, I didn't catch that. Please choose one, or type its number:", labels));
        return Dialog.EndOfTurn;
    }
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity(choiceReply('What would you like to do with your data?', labels));
  }
}
