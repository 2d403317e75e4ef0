import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isGreetingOnly } from '../src/domain/greeting';
import type { PersonProfile } from './dialog-services';
import { dialogIds } from './ids';
import { welcomeText } from './onboarding-text';

/**
 * Where every conversation starts: a person who has not agreed yet gets the welcome, the privacy
 * summary and the consent question; a returning person a short hello. Then the main menu, which
 * keeps the conversation going. When a returning person opened with more than a hello, the menu
 * waits unshown: the root dialog answers that message straight after the hello.
 */
export class HomeDialog extends WaterfallDialog {
  constructor(private readonly profile: PersonProfile) {
    // Replaced by the menu rather than staying underneath it: one dialog fewer to load on every turn.
    super(dialogIds.home, [(step) => this.greet(step), (step) => step.replaceDialog(dialogIds.mainMenu)]);
  }

  private async greet(step: WaterfallStepContext) {
    const person = await this.profile.get(step.context);
    if (person.consent === undefined) {
      await step.context.sendActivity(welcomeText());
      return step.beginDialog(dialogIds.consent);
    }
    await step.context.sendActivity("Hello again, it's the Living Well companion. If you need help now, type \"help\".");
    if (!isGreetingOnly(step.context.activity.text)) return step.replaceDialog(dialogIds.mainMenu, { quiet: true });
    return step.next();
  }
}
