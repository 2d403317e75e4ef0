import { DateTime } from 'luxon';

/** The zone every local date and time is shown in, unless a site says otherwise. */
export const londonZone = 'Europe/London';

/** A UTC ISO instant (or epoch milliseconds) as a British date in London, e.g. "3 Nov 2026". */
export function britishDate(instant: string | number): string {
  const time = typeof instant === 'number' ? DateTime.fromMillis(instant, { zone: 'utc' }) : DateTime.fromISO(instant, { zone: 'utc' });
  return time.setZone(londonZone).setLocale('en-GB').toFormat('d LLL yyyy');
}
