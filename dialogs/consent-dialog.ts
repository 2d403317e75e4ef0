import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { areaChoices, areaQuestion, matchArea } from '../src/domain/area-choice';
import { consentChoices, consentPrompt, consentQuestion, matchConsentAnswer, withoutConsentText } from '../src/domain/consent';
import { siteById } from '../src/domain/sites';
import { choiceReply } from './choice-reply';
import type { PersonProfile } from './dialog-services';
import { dialogIds } from './ids';

const stepSchema = z.object({ step: z.enum(['consent', 'area']) });
type Step = z.infer<typeof stepSchema>['step'];

const areaLabels = areaChoices.map((choice) => choice.label);

/**
 * Asks for consent (explicit, separate from anything else), records it with its time and wording
 * version, then asks for the area. "No thanks" saves nothing and says what still works.
 * Ends with `true` when the person agreed.
 */
export class ConsentDialog extends Dialog {
  constructor(private readonly profile: PersonProfile) {
    super(dialogIds.consent);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.ask(dc, 'consent');
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = dc.context.activity.text;
    const step = this.stepOf(dc);
    if (step === 'consent') {
      const answer = matchConsentAnswer(text);
      if (answer === undefined) return this.askAgain(dc, consentQuestion, consentChoices);
      if (answer === 'no') {
        await dc.context.sendActivity(withoutConsentText.join('\n'));
        return dc.endDialog(false);
      }
      await this.profile.recordConsent(dc.context);
      return this.ask(dc, 'area');
    }
    const area = matchArea(text);
    if (area === undefined) return this.askAgain(dc, areaQuestion, areaLabels);
    await this.profile.setArea(dc.context, area);
    await dc.context.sendActivity(
      area === 'elsewhere'
        ? "Thanks. The Living Well teams I work with are in Lambeth, Edinburgh, Luton, Salford and Tameside & Glossop, so some things (like contacting a team) may not apply to you, but urgent help and goals work anywhere."
        : `Thanks. I'll use the details of the ${siteById(area).name} Living Well team.`,
    );
    return dc.endDialog(true);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const parsed = stepSchema.safeParse(instance.state);
    const step = parsed.success ? parsed.data.step : 'consent';
    await context.sendActivity(
      step === 'consent' ? choiceReply(consentPrompt(), consentChoices) : choiceReply(areaQuestion, areaLabels),
    );
  }

  private async ask(dc: DialogContext, step: Step): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (instance !== undefined) instance.state = { step };
    await dc.context.sendActivity(
      step === 'consent' ? choiceReply(consentPrompt(), consentChoices) : choiceReply(areaQuestion, areaLabels),
    );
    return Dialog.EndOfTurn;
  }

  private async askAgain(dc: DialogContext, question: string, choices: readonly string[]): Promise<DialogTurnResult> {
    await dc.context.sendActivity(choiceReply(`Sorry, I didn't catch that. ${question} Please choose one, or type its number.`, choices));
    return Dialog.EndOfTurn;
  }

  private stepOf(dc: DialogContext): Step {
    const parsed = stepSchema.safeParse(dc.activeDialog?.state);
    return parsed.success ? parsed.data.step : 'consent';
  }
}
