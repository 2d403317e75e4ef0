import type { TeamDirectoryEntry } from './team-directory';

/** A bank holiday: its London date (`YYYY-MM-DD`) and its name as people are told it ("Boxing Day (substitute day)"). */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/**
 * The team's hours as they apply. A team that closes on bank holidays (`closedOnBankHolidays`) is
 * closed all day on each of `holidays` that has no exception of its own, with the holiday's name as
 * the reason ("Closed now (Christmas Day)."); an exception on the date (a team that opens short
 * instead) wins. Any other entry is returned as it is.
 */
export function withBankHolidayClosures<T extends Pick<TeamDirectoryEntry, 'closedOnBankHolidays' | 'exceptions'>>(entry: T, holidays: readonly BankHoliday[]): T {
  if (entry.closedOnBankHolidays !== true) return entry;
  const ownDates = new Set(entry.exceptions.map((exception) => exception.date));
  const closures = holidays.filter((holiday) => !ownDates.has(holiday.date)).map((holiday) => ({ date: holiday.date, reason: holiday.name, periods: [] }));
  return closures.length === 0 ? entry : { ...entry, exceptions: [...entry.exceptions, ...closures] };
}
