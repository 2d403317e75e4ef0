import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { describeReminders, matchMyRemindersChoice } from '../src/domain/activities/my-reminders';
import type { Clock } from '../src/domain/clock';
import type { ActivityReminderItem, ActivityReminderList } from './dialog-services';
import { readDialogState, writeDialogState } from './dialog-state';
import { dialogIds } from './ids';

/** What the dialog keeps between turns: the ids in the order listed, so "stop 2" stops what the person saw as 2. */
const stateSchema = z.strictObject({ listed: z.array(z.uuid()) });

/** "My reminders": lists the person's activity reminders and stops one or all of them. */
export class MyRemindersDialog extends Dialog {
  constructor(
    private readonly reminders: ActivityReminderList,
    private readonly clock: Clock,
  ) {
    super(dialogIds.myReminders);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.show(dc, await this.reminders.list(dc.context));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const listed = readDialogState(dc, stateSchema)?.listed;
    // State from an older release: show the list afresh.
    if (listed === undefined) return this.beginDialog(dc);
    const choice = matchMyRemindersChoice(dc.context.activity.text, listed.length);
    if (choice === undefined) {
      await dc.context.sendActivity('Sorry, I didn\'t catch that. Type "stop" and a number, "stop all", or "menu".');
      return Dialog.EndOfTurn;
    }
    if (choice === 'menu') return dc.endDialog();
    const which = choice === 'all' ? 'all' : listed[choice.stop - 1];
    if (which === undefined) return dc.endDialog();
    await this.reminders.stop(dc.context, which);
    await dc.context.sendActivity(choice === 'all' ? "Okay, I've stopped all your activity reminders." : "Okay, I've stopped that reminder.");
    const left = await this.reminders.list(dc.context);
    return left.length === 0 ? dc.endDialog() : this.show(dc, left);
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity('Type "stop" and a number to stop a reminder, or "menu".');
  }

  private async show(dc: DialogContext, reminders: readonly ActivityReminderItem[]): Promise<DialogTurnResult> {
    await dc.context.sendActivity(describeReminders(reminders, this.clock.now()));
    if (reminders.length === 0) return dc.endDialog();
    writeDialogState(dc, { listed: reminders.map((reminder) => reminder.activityId) });
    return Dialog.EndOfTurn;
  }
}
