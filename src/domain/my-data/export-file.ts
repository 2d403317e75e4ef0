import { DateTime } from 'luxon';
import { londonZone } from '../local-date';

/** The name of the "export my data" file made at `now` (epoch ms), dated in London: `living-well-my-data-2026-12-06.json`. */
export function exportFileName(now: number): string {
  return `living-well-my-data-${DateTime.fromMillis(now, { zone: londonZone }).toISODate() ?? 'undated'}.json`;
}
