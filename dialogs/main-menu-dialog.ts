import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { mainMenuOptions, matchMainMenuOption, type MainMenuOptionId } from '../src/domain/main-menu';
import { choiceReply } from './choice-reply';
import { isActivitySearch, parseActivityRequest } from '../src/domain/activities/activity-request';
import { goalFromFreeText } from '../src/domain/wellbeing/goal-text';
import { dialogIds } from './ids';

const labels = mainMenuOptions.map((option) => option.label);

const thenSchema = z.object({ then: z.object({ dialogId: z.string(), options: z.record(z.string(), z.unknown()).optional() }) });
const quietSchema = z.object({ quiet: z.literal(true) });

/**
 * Offers the main menu, starts the chosen branch, and offers the menu again when it ends.
 * Matching a reply to an option is a domain rule (`matchMainMenuOption`); this only routes.
 * Its saved state is empty, so every turn stays cheap to load and save.
 */
export class MainMenuDialog extends Dialog {
  constructor() {
    super(dialogIds.mainMenu);
  }

  /**
   * With `then`, opens that dialog straight away on top of the menu (a word typed anywhere, like
   * "my goals"), so the menu is there again when it ends. With `quiet`, waits without showing the
   * menu: the message in hand is about to be answered as a reply to it.
   */
  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const then = thenSchema.safeParse(options);
    if (then.success) return dc.beginDialog(then.data.then.dialogId, then.data.then.options);
    if (quietSchema.safeParse(options).success) return Dialog.EndOfTurn;
    await dc.context.sendActivity(choiceReply('What would you like to do?', labels));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = dc.context.activity.text;
    const chosen = matchMainMenuOption(text);
    if (chosen === undefined) {
      // "I'd like to sleep better" is a goal waiting to be set: offer to make it one.
      const wish = goalFromFreeText(text);
      if (wish !== undefined) return dc.beginDialog(dialogIds.goals, { start: 'add', goalText: wish });
      // "walking group near M6 on Tuesday" is a search: answered straight away; a time alone is not.
      if (text !== undefined && isActivitySearch(parseActivityRequest(text))) return dc.beginDialog(dialogIds.activities, { request: text });
      await dc.context.sendActivity(choiceReply("I'm not sure I understood. Please choose one of these, or type its number:", labels));
      return Dialog.EndOfTurn;
    }
    return this.startBranch(dc, chosen);
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.beginDialog(dc);
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    await context.sendActivity(choiceReply('What would you like to do?', labels));
  }

  private async startBranch(dc: DialogContext, chosen: MainMenuOptionId): Promise<DialogTurnResult> {
    switch (chosen) {
      case 'help':
        return dc.beginDialog(dialogIds.help);
      case 'my-data':
        return dc.beginDialog(dialogIds.myData);
      case 'goals':
        // The goals area asks for agreement first when it has not been given.
        return dc.beginDialog(dialogIds.goals);
      case 'activities':
        return dc.beginDialog(dialogIds.activities);
      case 'contact-team':
        return dc.beginDialog(dialogIds.contactTeam);
    }
  }
}
