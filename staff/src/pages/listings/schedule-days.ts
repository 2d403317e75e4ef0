import { parseByday } from '../../../../src/domain/activities/schedule-occurrences';

/** The weekday codes of HSDS `byday`, Monday first, with their names. */
export const weekdayChoices = [
  { code: 'MO', name: 'Monday' },
  { code: 'TU', name: 'Tuesday' },
  { code: 'WE', name: 'Wednesday' },
  { code: 'TH', name: 'Thursday' },
  { code: 'FR', name: 'Friday' },
  { code: 'SA', name: 'Saturday' },
  { code: 'SU', name: 'Sunday' },
] as const;

/** The weeks of the month a monthly schedule can pick: first to fourth, and last (`-1`). */
export const weekOfMonthChoices = [
  { ordinal: 1, name: 'First' },
  { ordinal: 2, name: 'Second' },
  { ordinal: 3, name: 'Third' },
  { ordinal: 4, name: 'Fourth' },
  { ordinal: -1, name: 'Last' },
] as const;

/** A schedule's days as ticks: which weekdays, and (monthly) which weeks of the month; none ticked means every week. */
export interface DayChoice {
  readonly weekdays: readonly number[];
  readonly weeks: readonly number[];
}

/**
 * The ticks for a `byday` list, or undefined when the list says more than ticks can (different
 * weeks for different days, like `1MO,3TU`): the form then shows the list as it is, to edit as text.
 */
export function dayChoiceOf(byday: string | undefined): DayChoice | undefined {
  const entries = parseByday(byday ?? '');
  const weekdays = [...new Set(entries.map((entry) => entry.weekday))].sort((a, b) => a - b);
  const ordinalsOf = (weekday: number) =>
    [...new Set(entries.filter((entry) => entry.weekday === weekday).map((entry) => entry.ordinal ?? 0))].sort((a, b) => a - b).join();
  const first = weekdays[0];
  if (first === undefined) return { weekdays: [], weeks: [] };
  const pattern = ordinalsOf(first);
  if (weekdays.some((weekday) => ordinalsOf(weekday) !== pattern)) return undefined;
  const weeks = pattern.split(',').map(Number);
  if (weeks.includes(0)) return weeks.length === 1 ? { weekdays, weeks: [] } : undefined;
  if (weeks.some((week) => !weekOfMonthChoices.some((choice) => choice.ordinal === week))) return undefined;
  return { weekdays, weeks: orderedWeeks(weeks) };
}

/** The `byday` list for ticks (`MO,TH`, `1TU,3TU`), or undefined when no weekday is ticked. */
export function bydayOf(choice: DayChoice): string | undefined {
  const weekdays = [...new Set(choice.weekdays)].sort((a, b) => a - b);
  if (weekdays.length === 0) return undefined;
  const weeks = orderedWeeks([...new Set(choice.weeks)]);
  const codes = weekdays.map((weekday) => weekdayChoices[weekday - 1]?.code ?? '');
  if (weeks.length === 0) return codes.join(',');
  return weeks.flatMap((week) => codes.map((code) => `${week}${code}`)).join(',');
}

/** First to fourth, then last. */
function orderedWeeks(weeks: readonly number[]): number[] {
  return [...weeks].sort((a, b) => (a > 0 !== b > 0 ? (a > 0 ? -1 : 1) : a - b));
}
