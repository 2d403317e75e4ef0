import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { matchChoice } from '../src/domain/reply-text';
import { choiceReply } from './choice-reply';
import type { PersonalData } from './dialog-services';
import { dialogIds } from './ids';

const optionsSchema = z.object({ reason: z.enum(['deleted', 'consent-withdrawn']) });
type Reason = z.infer<typeof optionsSchema>['reason'];

const confirmChoices = (reason: Reason) =>
  [
    { value: true, label: reason === 'deleted' ? 'Yes, delete everything' : 'Yes, withdraw', names: ['yes', 'y', 'delete', 'withdraw', 'yes delete', 'yes delete everything', 'yes withdraw'] },
    { value: false, label: 'No, keep it', names: ['no', 'n', 'keep', 'keep it', 'no keep it', 'cancel'] },
  ] as const;

const question: Record<Reason, string> = {
  deleted:
    'This deletes everything I hold about you: your agreement, your area and this conversation. It cannot be undone. Delete everything?',
  'consent-withdrawn':
    'Withdrawing your agreement deletes everything I hold about you and I will stop saving anything. Withdraw your agreement?',
};

/**
 * Asks for confirmation, then erases. After a deletion the conversation ends and starts afresh;
 * after a withdrawal the person is back at the welcome.
 */
export class EraseDataDialog extends Dialog {
  constructor(private readonly personalData: PersonalData) {
    super(dialogIds.erase);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const reason = optionsSchema.safeParse(options).data?.reason ?? 'deleted';
    const instance = dc.activeDialog;
    if (instance !== undefined) instance.state = { reason };
    await this.ask(dc.context, reason);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const reason = optionsSchema.safeParse(dc.activeDialog?.state).data?.reason ?? 'deleted';
    const confirmed = matchChoice(dc.context.activity.text, confirmChoices(reason));
    if (confirmed === undefined) {
      await this.ask(dc.context, reason);
      return Dialog.EndOfTurn;
    }
    if (!confirmed) {
      await dc.context.sendActivity('Okay, I have not deleted anything.');
      return dc.endDialog();
    }
    await this.personalData.erase(dc.context, reason);
    if (reason === 'deleted') {
      await dc.context.sendActivity(
        "Done. I've deleted everything I held about you. All that is left is an anonymous note that a deletion happened (no names, numbers or messages). If you message again, we'll start afresh.",
      );
      return dc.cancelAllDialogs();
    }
    await dc.context.sendActivity("Done. I've withdrawn your agreement and deleted everything I held about you.");
    await dc.cancelAllDialogs();
    return dc.beginDialog(dialogIds.home);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, optionsSchema.safeParse(instance.state).data?.reason ?? 'deleted');
  }

  private async ask(context: TurnContext, reason: Reason): Promise<void> {
    await context.sendActivity(choiceReply(question[reason], confirmChoices(reason).map((choice) => choice.label)));
  }
}
