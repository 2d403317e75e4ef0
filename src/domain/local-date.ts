import { DateTime } from 'luxon';

/** The zone every local date and time is shown in, unless a site says otherwise. */
export const londonZone = 'Europe/London';

/** A UTC ISO instant as a British date in London, e.g. "3 Nov 2026". */
export function britishDate(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(londonZone).toFormat('d LLL yyyy');
}
