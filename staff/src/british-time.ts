import { DateTime } from 'luxon';

/** "7 Dec 2026, 14:05": an instant as people in the UK read it, in UK time. */
export function britishDateTime(iso: string): string {
  return DateTime.fromISO(iso).setZone('Europe/London').setLocale('en-GB').toFormat('d LLL yyyy, HH:mm');
}

/** "7 Dec 2026": the day of an instant, in UK time. */
export function britishDate(iso: string): string {
  return DateTime.fromISO(iso).setZone('Europe/London').setLocale('en-GB').toFormat('d LLL yyyy');
}
