import { goalsProgressedCodes, goalsProgressedLabels, supportStatusLabels } from '../../../src/domain/callbacks/callback-outcome';
import type { CallbackReviewView } from '../../../src/domain/teams/callback-review-view';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { actionSet, adaptiveCard, executeAction, factSet, textBlock, type CardElement } from './adaptive-card';

/**
 * The review prompt, one-to-one to the practitioner who recorded the outcome: reference, first
 * name and initial, weeks since first contact, goals agreed, and the person's goal ratings (first
 * and latest, numbers only) only if they chose to share them; goals progressed (an input) and
 * "Still supported" / "Close the request", submitted as the verb `review`. Once answered, the card
 * shows what was recorded. The notification text has the reference only.
 */
export function reviewCard(view: CallbackReviewView): TeamsMessage {
  const title = textBlock(`Review of callback ${view.reference}`, { size: 'Medium', weight: 'Bolder' });
  const facts = factSet([
    ['Name', view.shortName],
    ['Since first contact', `${view.weeksSinceContact} week${view.weeksSinceContact === 1 ? '' : 's'}`],
    ['Goals agreed at contact', String(view.goalsAgreed)],
  ]);
  const ratings: CardElement =
    view.ratings === undefined
      ? textBlock('They have not chosen to share their goal ratings.', { isSubtle: true })
      : view.ratings.length === 0
        ? textBlock('They share their goal ratings, and have not rated a goal yet.', { isSubtle: true })
        : factSet(view.ratings.map((goal) => [goal.label, `first ${goal.first}, latest ${goal.latest} (out of 10)`]));
  const { state } = view;
  if (state.kind === 'asking') {
    const data = { verb: 'review', callbackId: view.callbackId, base: state.base };
    return {
      text: `Time to review callback ${view.reference}.`,
      card: adaptiveCard([
        title,
        facts,
        textBlock('Their goal ratings', { weight: 'Bolder' }),
        ratings,
        {
          type: 'Input.ChoiceSet',
          id: 'goalsProgressed',
          label: 'Goals progressed',
          style: 'expanded',
          isRequired: true,
          errorMessage: 'Choose one',
          choices: goalsProgressedCodes.map((code) => ({ title: goalsProgressedLabels[code], value: code })),
        },
        actionSet([
          executeAction(supportStatusLabels['still-supported'], { ...data, supportStatus: 'still-supported' }),
          executeAction('Close the request', { ...data, supportStatus: 'closed' }),
        ]),
      ]),
    };
  }
  if (state.kind === 'ended') {
    return { text: `Callback ${view.reference} is closed.`, card: adaptiveCard([title, facts, textBlock('This request is closed: there is nothing to review.')]) };
  }
  return {
    text: `Review recorded for callback ${view.reference}.`,
    card: adaptiveCard([
      title,
      facts,
      factSet([
        ['Goals progressed', goalsProgressedLabels[state.review.goalsProgressed]],
        ['Support', supportStatusLabels[state.review.supportStatus]],
      ]),
      textBlock('Recorded. Thank you.'),
    ]),
  };
}
