import type { MorningDigestView } from '../../../src/domain/teams/morning-digest';
import type { TeamsMessage } from '../../../src/teams/teams-sender';
import { adaptiveCard, factSet, textBlock } from './adaptive-card';

/** The channel's morning digest: open, waiting too long, waiting, and who has claimed how many. */
export function morningDigestCard(view: MorningDigestView): TeamsMessage {
  const claimed = view.claimedBy.length === 0 ? 'None' : view.claimedBy.map(([name, count]) => `${name} ${count}`).join(', ');
  const text = `Good morning: ${view.open} open callback request${view.open === 1 ? '' : 's'}, ${view.overdue} waiting too long.`;
  return {
    text,
    card: adaptiveCard([
      textBlock('Callback requests this morning', { size: 'Medium', weight: 'Bolder' }),
      factSet([
        ['Open', String(view.open)],
        ['Waiting too long', String(view.overdue)],
        ['Waiting to be claimed', String(view.waiting)],
        ['Claimed by', claimed],
      ]),
    ]),
  };
}
