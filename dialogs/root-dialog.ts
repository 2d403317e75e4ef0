import { DialogSet, DialogTurnStatus, type ConversationRoot, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { isGoalsCommand, matchGlobalCommand, type GlobalCommand, type GoalsCommand } from '../src/domain/global-command';
import { isGreetingOnly } from '../src/domain/greeting';
import { isReminderAcceptance } from '../src/domain/wellbeing/check-in-reminder';
import { ActivitiesDialog } from './activities-dialog';
import { CallbackDialog, cancelCallback } from './callback-dialog';
import { ContactTeamDialog } from './contact-team-dialog';
import { AddGoalDialog } from './add-goal-dialog';
import { ChangeGoalDialog } from './change-goal-dialog';
import { CheckInDialog } from './check-in-dialog';
import { CheckInSettingsDialog } from './check-in-settings-dialog';
import { ConsentDialog } from './consent-dialog';
import type { DialogServices } from './dialog-services';
import { EraseDataDialog } from './erase-data-dialog';
import { exportReply } from './export-reply';
import { GoalsDialog, type GoalsStart } from './goals-dialog';
import { HelpDialog } from './help-dialog';
import { helpText } from './help-text';
import { HomeDialog } from './home-dialog';
import { dialogIds } from './ids';
import { MainMenuDialog } from './main-menu-dialog';
import { MyDataDialog } from './my-data-dialog';
import { MyRemindersDialog } from './my-reminders-dialog';
import { ShareProgressDialog } from './share-progress-dialog';
import { stopSharingAnswer } from '../src/domain/progress-sharing';
import { WellbeingQuestionsDialog } from './wellbeing-questions-dialog';

/**
 * The top of every conversation. It starts at home (welcome and consent, then the menu) and
 * handles the words that work anywhere (`help`, `menu`, `cancel`, `my data`, `export my data`,
 * `delete my data`, `withdraw consent`, `agree`, and the goals words such as `check in` and
 * `my progress`) before the active dialog sees the message. Not a dialog itself: every dialog is
 * on one stack, so a turn walks one stack rather than a component's stack inside another.
 */
export class RootDialog implements ConversationRoot {
  readonly dialogs: DialogSet;

  constructor(private readonly services: DialogServices) {
    this.dialogs = new DialogSet([
      new HomeDialog(services.profile),
      new MainMenuDialog(),
      new ConsentDialog(services.profile),
      new HelpDialog(),
      new MyDataDialog(services.personalData),
      new MyRemindersDialog(services.activityReminders, services.clock),
      new ShareProgressDialog(services.profile),
      new EraseDataDialog(services.personalData),
      new GoalsDialog(services.profile, services.wellbeing),
      new AddGoalDialog(services.wellbeing, services.clock),
      new CheckInDialog(services.wellbeing, services.clock),
      new ChangeGoalDialog(services.wellbeing),
      new WellbeingQuestionsDialog(services.wellbeing),
      new CheckInSettingsDialog(services.wellbeing),
      new ActivitiesDialog(services.profile, services.activities, services.usage, services.clock),
      new ContactTeamDialog(services.profile, services.team, services.clock),
      new CallbackDialog(services.callbacks, services.team, services.clock),
    ]);
  }

  /**
   * A returning person's first message in a new conversation is answered after the hello, not
   * swallowed by it: home leaves the menu waiting (unshown), and the message goes to it (or is a
   * word that works anywhere). A new person's first message starts the welcome and consent.
   */
  async begin(dc: DialogContext): Promise<DialogTurnResult> {
    const started = await dc.beginDialog(dialogIds.home);
    if (dc.activeDialog?.id !== dialogIds.mainMenu || isGreetingOnly(dc.context.activity.text)) return started;
    return this.route(dc);
  }

  async continue(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog === undefined) return { status: DialogTurnStatus.empty };
    return this.route(dc);
  }

  private async route(dc: DialogContext): Promise<DialogTurnResult> {
    const { text } = dc.context.activity;
    // "yes" or "1" right after a check-in reminder starts the check-in, whatever was going on.
    if (isReminderAcceptance(text) && (await this.services.reminders.takeReply(dc.context))) return this.runCommand(dc, 'check-in');
    const command = matchGlobalCommand(text);
    if (command === undefined) return dc.continueDialog();
    return this.runCommand(dc, command);
  }

  private async runCommand(dc: DialogContext, command: GlobalCommand): Promise<DialogTurnResult> {
    if (isGoalsCommand(command)) {
      // Whatever was going on is set aside: ratings and answers are saved as they are given.
      return this.openFromMenu(dc, dialogIds.goals, { start: goalsStarts[command] });
    }
    switch (command) {
      case 'help':
        await dc.context.sendActivity(helpText());
        return this.carryOn(dc);
      case 'cancel':
        await dc.cancelAllDialogs();
        await dc.context.sendActivity("Okay, I've stopped that.");
        return dc.beginDialog(dialogIds.mainMenu);
      case 'menu':
        await dc.cancelAllDialogs();
        return dc.beginDialog(dialogIds.mainMenu);
      case 'activities':
        return this.openFromMenu(dc, dialogIds.activities);
      case 'contact-team':
      case 'request-callback':
        return this.openFromMenu(dc, dialogIds.contactTeam, command === 'request-callback' ? { start: 'callback' } : {});
      case 'my-callback':
        return dc.beginDialog(dialogIds.callback, { show: 'status' });
      case 'cancel-callback':
        await dc.context.sendActivity(await cancelCallback(this.services.callbacks, dc.context));
        return this.carryOn(dc);
      case 'my-data':
        return dc.beginDialog(dialogIds.myData);
      case 'my-reminders':
        return dc.beginDialog(dialogIds.myReminders);
      case 'share-progress':
        return dc.beginDialog(dialogIds.shareProgress);
      case 'stop-sharing-progress':
        await dc.context.sendActivity(stopSharingAnswer(await this.services.profile.stopSharingProgress(dc.context)));
        return this.carryOn(dc);
      case 'export-data':
        await dc.context.sendActivity(exportReply(dc.context, await this.services.personalData.exportLink(dc.context)));
        return this.carryOn(dc);
      case 'delete-data':
        return dc.beginDialog(dialogIds.erase, { reason: 'deleted' });
      case 'withdraw-consent':
        return dc.beginDialog(dialogIds.erase, { reason: 'consent-withdrawn' });
      case 'agree': {
        const person = await this.services.profile.get(dc.context);
        if (person.consent === undefined) return dc.beginDialog(dialogIds.consent);
        await dc.context.sendActivity("You've already agreed to me saving what you tell me.");
        return this.carryOn(dc);
      }
    }
  }

  /** Sets aside whatever was going on and opens a dialog over the main menu, which comes back when it ends. */
  private async openFromMenu(dc: DialogContext, dialogId: string, options?: unknown): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(dialogIds.mainMenu, { then: { dialogId, options } });
  }

  /** Asks the waiting question again, so the person carries on where they were. */
  private async carryOn(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}

/** Where each goals command opens the goals area. */
const goalsStarts: Readonly<Record<GoalsCommand, GoalsStart>> = {
  goals: 'menu',
  'add-goal': 'add',
  'check-in': 'check-in',
  progress: 'progress',
  'wellbeing-questions': 'wellbeing',
  'check-in-settings': 'settings',
};
