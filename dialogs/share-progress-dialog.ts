import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { britishDateInWords } from '../src/domain/local-date';
import { progressSharingAnswer, progressSharingButtons, progressSharingQuestion, progressSharingRefusals, sharingTeamName } from '../src/domain/progress-sharing';
import { matchYesNoChoice } from '../src/domain/reply-text';
import { choiceReply } from './choice-reply';
import type { PersonProfile } from './dialog-services';
import { dialogIds } from './ids';

/**
 * "Share my progress with my team": says what would be shared and with whom, and records the
 * choice only on an explicit yes. Needs consent to saving and a Living Well site.
 */
export class ShareProgressDialog extends Dialog {
  constructor(private readonly profile: PersonProfile) {
    super(dialogIds.shareProgress);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const person = await this.profile.get(dc.context);
    const team = sharingTeamName(person.area);
    if (person.consent === undefined || team === undefined) {
      await dc.context.sendActivity(progressSharingRefusals[person.consent === undefined ? 'no-consent' : 'no-team']);
      return dc.endDialog();
    }
    if (person.progressSharing !== undefined) {
      await dc.context.sendActivity(
        `You've shared your progress with the ${team} since ${britishDateInWords(person.progressSharing.givenAt)}. Type "stop sharing my progress" to stop.`,
      );
      return dc.endDialog();
    }
    await dc.context.sendActivity(choiceReply(progressSharingQuestion(team), progressSharingButtons));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const answer = matchYesNoChoice(dc.context.activity.text, progressSharingButtons);
    if (answer === undefined) {
      await dc.context.sendActivity(choiceReply("Sorry, I didn't catch that. Do you want to share your progress with your team?", progressSharingButtons));
      return Dialog.EndOfTurn;
    }
    const team = sharingTeamName((await this.profile.get(dc.context)).area) ?? 'Living Well team';
    if (answer === 'yes') await this.profile.shareProgress(dc.context);
    await dc.context.sendActivity(progressSharingAnswer(answer, team));
    return dc.endDialog();
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity(choiceReply('Do you want to share your progress with your team?', progressSharingButtons));
  }
}
