import type { MonthlyDigestView } from '../../../src/domain/teams/monthly-digest';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { actionSet, adaptiveCard, factSet, openUrlAction, textBlock } from './adaptive-card';

/**
 * The channel's monthly digest: last month's headline figures as the report displays them, the
 * programme's figure beside those that have one, and a button to the Reports page.
 */
export function monthlyDigestCard(view: MonthlyDigestView): TeamsMessage {
  const text = `${view.siteName}: outcome figures for ${view.monthName}.`;
  const facts = view.figures.map(({ label, display, programme }) => [label, programme === undefined ? display : `${display}; programme: ${programme}`] as const);
  return {
    text,
    card: adaptiveCard([
      textBlock(`${view.siteName} in ${view.monthName}`, { size: 'Medium', weight: 'Bolder' }),
      textBlock('Outcome figures for the month. A figure about fewer than 5 people is not shown.', { isSubtle: true, spacing: 'None' }),
      factSet(facts),
      view.reportsUrl === undefined
        ? textBlock('Every measure, month by month, is on the Reports page of the staff app.')
        : actionSet([openUrlAction('Open the Reports page', view.reportsUrl)]),
    ]),
  };
}
