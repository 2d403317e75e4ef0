import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { isGreetingOnly } from '../src/domain/greeting';
import type { PersonProfile } from './dialog-services';
import { dialogIds } from './ids';
import { welcomeText } from './onboarding-text';

/**
 * Where every conversation starts: a person who has not agreed yet gets the welcome, the privacy
 * summary and the consent question; a returning person a short hello. Then the main menu, which
 * keeps the conversation going. When a returning person opened with more than a hello, the menu
 * waits unshown: the root answers that message straight after the hello.
 */
export class HomeDialog extends Dialog {
  constructor(private readonly profile: PersonProfile) {
    super(dialogIds.home);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const person = await this.profile.get(dc.context);
    if (person.consent === undefined) {
      await dc.context.sendActivity(welcomeText());
      return dc.beginDialog(dialogIds.consent);
    }
    await dc.context.sendActivity("Hello again, it's the Living Well companion. If you need help now, type \"help\".");
    return this.toMenu(dc, isGreetingOnly(dc.context.activity.text) ? undefined : { quiet: true });
  }

  /** The consent question was answered, either way: the menu takes over. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.toMenu(dc);
  }

  /** Home never waits on its own (it begins consent or hands over to the menu); found active anyway, it hands over. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.toMenu(dc);
  }

  /** Replaced by the menu rather than staying underneath it: one dialog fewer to load on every turn. */
  private toMenu(dc: DialogContext, options?: { quiet: true }): Promise<DialogTurnResult> {
    return dc.replaceDialog(dialogIds.mainMenu, options);
  }
}
