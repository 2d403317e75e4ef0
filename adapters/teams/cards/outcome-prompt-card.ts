import { contactOutcomeLabels, contactOutcomes, goalsAgreedRange, supportOfferedCodes, supportOfferedLabels } from '../../../src/domain/callbacks/callback-outcome';
import type { OutcomePromptView } from '../../../src/teams/callback-cards';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { actionSet, adaptiveCard, executeAction, factSet, textBlock } from './adaptive-card';

/**
 * The outcome prompt, one-to-one to the practitioner who made contact: contact outcome, support
 * offered (several may be chosen), goals agreed (0–5); submitted as the verb `outcome`. Once
 * recorded, the card shows what was recorded.
 */
export function outcomePromptCard(view: OutcomePromptView): TeamsMessage {
  const title = textBlock(`Outcome of callback ${view.reference}`, { size: 'Medium', weight: 'Bolder' });
  if (view.recorded !== undefined) {
    const { contactOutcome, supportOffered, goalsAgreed } = view.recorded;
    return {
      text: `Outcome recorded for callback ${view.reference}.`,
      card: adaptiveCard([
        title,
        factSet([
          ['Contact', contactOutcomeLabels[contactOutcome]],
          ['Support offered', supportOffered.length === 0 ? 'None' : supportOffered.map((code) => supportOfferedLabels[code]).join(', ')],
          ['Goals agreed', String(goalsAgreed)],
        ]),
        textBlock('Recorded. Thank you.'),
      ]),
    };
  }
  return {
    text: `How did callback ${view.reference} go?`,
    card: adaptiveCard([
      title,
      {
        type: 'Input.ChoiceSet',
        id: 'contactOutcome',
        label: 'How did the contact go?',
        style: 'expanded',
        isRequired: true,
        errorMessage: 'Choose one',
        choices: contactOutcomes.map((code) => ({ title: contactOutcomeLabels[code], value: code })),
      },
      {
        type: 'Input.ChoiceSet',
        id: 'supportOffered',
        label: 'Support offered',
        style: 'expanded',
        isMultiSelect: true,
        choices: supportOfferedCodes.map((code) => ({ title: supportOfferedLabels[code], value: code })),
      },
      { type: 'Input.Number', id: 'goalsAgreed', label: 'Goals agreed', min: goalsAgreedRange.min, max: goalsAgreedRange.max, value: 0, isRequired: true, errorMessage: 'A number from 0 to 5' },
      actionSet([executeAction('Record outcome', { verb: 'outcome', callbackId: view.callbackId })]),
    ]),
  };
}
