import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
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
 * `my progress`) before the active dialog sees the message.
 */
export class RootDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(dialogIds.root);
    this.addDialog(new HomeDialog(services.profile));
    this.addDialog(new MainMenuDialog());
    this.addDialog(new ConsentDialog(services.profile));
    this.addDialog(new HelpDialog());
    this.addDialog(new MyDataDialog(services.personalData));
    this.addDialog(new MyRemindersDialog(services.activityReminders, services.clock));
    this.addDialog(new ShareProgressDialog(services.profile));
    this.addDialog(new EraseDataDialog(services.personalData));
    this.addDialog(new GoalsDialog(services.profile, services.wellbeing));
    this.addDialog(new AddGoalDialog(services.wellbeing, services.clock));
    this.addDialog(new CheckInDialog(services.wellbeing, services.clock));
    this.addDialog(new ChangeGoalDialog(services.wellbeing));
    this.addDialog(new WellbeingQuestionsDialog(services.wellbeing));
    this.addDialog(new CheckInSettingsDialog(services.wellbeing));
    this.addDialog(new ActivitiesDialog(services.profile, services.activities, services.usage, services.clock));
    this.addDialog(new ContactTeamDialog(services.profile, services.team, services.clock));
    this.addDialog(new CallbackDialog(services.callbacks, services.team, services.clock));
    this.initialDialogId = dialogIds.home;
  }

  /**
   * A returning person's first message in a new conversation is answered after the hello, not
   * swallowed by it: home leaves the menu waiting (unshown), and the message goes to it (or is a
   * word that works anywhere). A new person's first message starts the welcome and consent.
   */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const started = await super.onBeginDialog(innerDc, options);
    if (innerDc.activeDialog?.id !== dialogIds.mainMenu || isGreetingOnly(innerDc.context.activity.text)) return started;
    return this.onContinueDialog(innerDc);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { text } = innerDc.context.activity;
    // "yes" or "1" right after a check-in reminder starts the check-in, whatever was going on.
    if (isReminderAcceptance(text) && (await this.services.reminders.takeReply(innerDc.context))) return this.runCommand(innerDc, 'check-in');
    const command = matchGlobalCommand(text);
    if (command === undefined) return super.onContinueDialog(innerDc);
    return this.runCommand(innerDc, command);
  }

  private async runCommand(innerDc: DialogContext, command: GlobalCommand): Promise<DialogTurnResult> {
    if (isGoalsCommand(command)) {
      // Whatever was going on is set aside: ratings and answers are saved as they are given.
      return this.openFromMenu(innerDc, dialogIds.goals, { start: goalsStarts[command] });
    }
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(helpText());
        return this.carryOn(innerDc);
      case 'cancel':
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity("Okay, I've stopped that.");
        return innerDc.beginDialog(dialogIds.mainMenu);
      case 'menu':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(dialogIds.mainMenu);
      case 'activities':
        return this.openFromMenu(innerDc, dialogIds.activities);
      case 'contact-team':
      case 'request-callback':
        return this.openFromMenu(innerDc, dialogIds.contactTeam, command === 'request-callback' ? { start: 'callback' } : {});
      case 'my-callback':
        return innerDc.beginDialog(dialogIds.callback, { show: 'status' });
      case 'cancel-callback':
        await innerDc.context.sendActivity(await cancelCallback(this.services.callbacks, innerDc.context));
        return this.carryOn(innerDc);
      case 'my-data':
        return innerDc.beginDialog(dialogIds.myData);
      case 'my-reminders':
        return innerDc.beginDialog(dialogIds.myReminders);
      case 'share-progress':
        return innerDc.beginDialog(dialogIds.shareProgress);
      case 'stop-sharing-progress':
        await innerDc.context.sendActivity(stopSharingAnswer(await this.services.profile.stopSharingProgress(innerDc.context)));
        return this.carryOn(innerDc);
      case 'export-data':
        await innerDc.context.sendActivity(exportReply(innerDc.context, await this.services.personalData.exportLink(innerDc.context)));
        return this.carryOn(innerDc);
      case 'delete-data':
        return innerDc.beginDialog(dialogIds.erase, { reason: 'deleted' });
      case 'withdraw-consent':
        return innerDc.beginDialog(dialogIds.erase, { reason: 'consent-withdrawn' });
      case 'agree': {
        const person = await this.services.profile.get(innerDc.context);
        if (person.consent === undefined) return innerDc.beginDialog(dialogIds.consent);
        await innerDc.context.sendActivity("You've already agreed to me saving what you tell me.");
        return this.carryOn(innerDc);
      }
    }
  }

  /** Sets aside whatever was going on and opens a dialog over the main menu, which comes back when it ends. */
  private async openFromMenu(innerDc: DialogContext, dialogId: string, options?: unknown): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(dialogIds.mainMenu, { then: { dialogId, options } });
  }

  /** Asks the waiting question again, so the person carries on where they were. */
  private async carryOn(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
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
