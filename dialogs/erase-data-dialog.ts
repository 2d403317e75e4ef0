import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { isOpen } from '../src/domain/callbacks/callback-request';
import { erasureDone, erasureQuestion, type ErasureReason } from '../src/domain/my-data/erasure-text';
import { matchChoice } from '../src/domain/reply-text';
import { choiceReply } from './choice-reply';
import type { PersonalData } from './dialog-services';
import { dialogIds } from './ids';

const optionsSchema = z.object({ reason: z.enum(['deleted', 'consent-withdrawn']) });

const confirmChoices = (reason: ErasureReason) =>
  [
    { value: true, label: reason === 'deleted' ? 'Yes, delete everything' : 'Yes, withdraw', names: ['yes', 'y', 'delete', 'withdraw', 'yes delete', 'yes delete everything', 'yes withdraw'] },
    { value: false, label: 'No, keep it', names: ['no', 'n', 'keep', 'keep it', 'no keep it', 'cancel'] },
  ] as const;

/**
 * Asks for confirmation (saying when it cancels an open callback request), then erases. After a
 * deletion the conversation ends and starts afresh; after a withdrawal the person is back at the welcome.
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
    const outcome = await this.personalData.erase(dc.context, reason);
    await dc.context.sendActivity(erasureDone(reason, outcome.cancelledCallbacks));
    if (reason === 'deleted') return dc.cancelAllDialogs();
    await dc.cancelAllDialogs();
    return dc.beginDialog(dialogIds.home);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, optionsSchema.safeParse(instance.state).data?.reason ?? 'deleted');
  }

  private async ask(context: TurnContext, reason: ErasureReason): Promise<void> {
    const openCallback = (await this.personalData.heldData(context)).callbacks.find(isOpen);
    await context.sendActivity(choiceReply(erasureQuestion(reason, openCallback), confirmChoices(reason).map((choice) => choice.label)));
  }
}
