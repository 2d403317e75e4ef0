import type { CardVerb, CallbackCardView } from '../../../src/domain/teams/callback-card-view';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { actionSet, adaptiveCard, executeAction, factSet, textBlock, type CardElement } from './adaptive-card';

const verbTitles: Readonly<Record<CardVerb, string>> = {
  claim: 'Claim',
  contacted: 'Contacted',
  snooze: 'Snooze 1 hour',
  close: 'Close',
};

/**
 * The callback request card for the site's channel (and the "waiting too long" nudge): reference
 * code, first name and initial, best times, how long the person has waited, whether they had a
 * safety reply in that conversation, who did what, and the verbs the request's status allows.
 * Each action carries the request id, the verb and the state version. The notification text has
 * the reference and status only: no name.
 */
export function callbackRequestCard(view: CallbackCardView): TeamsMessage {
  const body: CardElement[] = [
    ...(view.overdue ? [textBlock('Waiting too long', { weight: 'Bolder', color: 'Attention' })] : []),
    textBlock(`Callback request ${view.reference}`, { size: 'Medium', weight: 'Bolder' }),
    factSet([
      ['Name', view.shortName],
      ['Best times', view.bestTimes],
      [view.status === 'requested' || view.status === 'claimed' ? 'Waiting' : 'Waited', view.waited],
      ['Safety reply in that chat', view.safetyReply ? 'Yes' : 'No'],
    ]),
    textBlock(view.statusLine, { weight: 'Bolder' }),
    ...(view.snoozeLine === undefined ? [] : [textBlock(view.snoozeLine, { isSubtle: true })]),
    ...(view.verbs.length === 0
      ? []
      : [actionSet(view.verbs.map((verb) => executeAction(verbTitles[verb], { verb, callbackId: view.callbackId, version: view.version })))]),
  ];
  const prefix = view.overdue ? 'Waiting too long: callback request' : 'Callback request';
  return { text: `${prefix} ${view.reference}. ${view.statusLine}.`, card: adaptiveCard(body) };
}
