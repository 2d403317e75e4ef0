import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type Choice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { mainMenuOptions, type MainMenuOptionId } from '../src/domain/main-menu';
import { dialogIds, promptIds } from './ids';

const menuChoices: Choice[] = mainMenuOptions.map((option) => ({
  value: option.id,
  action: { type: 'imBack', title: option.label, value: option.label },
  synonyms: [option.label, ...option.synonyms],
}));

/** Offers the main menu, starts the chosen branch, and comes back to the menu afterwards. */
export class MainMenuDialog extends ComponentDialog {
  constructor() {
    super(dialogIds.mainMenu);
    this.addDialog(
      new WaterfallDialog(`${dialogIds.mainMenu}-steps`, [
        (step) => this.askWhatToDo(step),
        (step) => this.startChosenBranch(step),
        (step) => step.replaceDialog(dialogIds.mainMenu),
      ]),
    );
    this.addDialog(new ChoicePrompt(promptIds.mainMenuChoice));
  }

  private askWhatToDo(step: WaterfallStepContext) {
    return step.prompt(promptIds.mainMenuChoice, {
      prompt: 'What would you like to do?',
      retryPrompt: 'Sorry, I did not catch that. Please choose one of these, or type its number:',
      choices: menuChoices,
      style: ListStyle.auto,
    });
  }

  private startChosenBranch(step: WaterfallStepContext) {
    const found = foundChoice(step.result);
    const id = mainMenuOptions.find((option) => option.id === found)?.id;
    return this.branchFor(step, id);
  }

  private branchFor(step: WaterfallStepContext, id: MainMenuOptionId | undefined) {
    if (id === undefined || id === 'help') return step.beginDialog(dialogIds.help);
    return step.beginDialog(dialogIds.comingSoon, { feature: id });
  }
}

function foundChoice(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('value' in result)) return undefined;
  const { value } = result;
  return typeof value === 'string' ? value : undefined;
}
