import { fieldProblemsOf } from '../../../../src/domain/field-problems';
import { teamDirectoryEntrySchema, type OpeningException, type OpeningPeriod, type TeamDirectoryEntry } from '../../../../src/domain/team/team-directory';

/**
 * The team details form: what the fields hold as typed (text, a switch, rows of hours and
 * closures), how they become the API's body, and the check with the API's own schema (field names
 * as the API reports them: `address.postcode`, `openingHours[2].closes`).
 */

/** One weekly opening row as typed. */
export interface HoursRow {
  readonly weekday: number;
  readonly opens: string;
  readonly closes: string;
}

/** One closure or changed day (an exception): closed all day unless it came with hours. */
export interface ClosureRow {
  readonly date: string;
  readonly reason: string;
  /** Hours on that day (kept as they were saved; new rows are closed all day). */
  readonly periods: OpeningException['periods'];
}

export interface TeamFormValues {
  readonly teamName: string;
  readonly phone: string;
  readonly textNumber: string;
  readonly email: string;
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly postcode: string;
  /** Language codes, comma separated ("en, pl"). */
  readonly languages: string;
  readonly notes: string;
  readonly closedOnBankHolidays: boolean;
  /** Weeks, or empty for the default. */
  readonly reviewCadenceWeeks: string;
  readonly hours: readonly HoursRow[];
  readonly closures: readonly ClosureRow[];
}

/** A new team's empty form: open Monday to Friday 9 to 5, closed on bank holidays, English. */
export const emptyTeamForm: TeamFormValues = {
  teamName: '',
  phone: '',
  textNumber: '',
  email: '',
  line1: '',
  line2: '',
  city: '',
  postcode: '',
  languages: 'en',
  notes: '',
  closedOnBankHolidays: true,
  reviewCadenceWeeks: '',
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
  closures: [],
};

/** The form's values for saved details. */
export function teamFormValues(entry: TeamDirectoryEntry): TeamFormValues {
  return {
    teamName: entry.teamName,
    phone: entry.phone,
    textNumber: entry.textNumber ?? '',
    email: entry.email,
    line1: entry.address.line1,
    line2: entry.address.line2 ?? '',
    city: entry.address.city,
    postcode: entry.address.postcode,
    languages: entry.languages.join(', '),
    notes: entry.notes ?? '',
    closedOnBankHolidays: entry.closedOnBankHolidays === true,
    reviewCadenceWeeks: entry.reviewCadenceWeeks === undefined ? '' : String(entry.reviewCadenceWeeks),
    hours: entry.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    closures: entry.exceptions.map(({ date, reason, periods }) => ({ date, reason, periods })),
  };
}

/** Text kept only when something was typed. */
function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The API's body (`PUT /api/admin/sites/:siteId`) for the values. */
export function teamBodyOf(values: TeamFormValues): Record<string, unknown> {
  const weeks = values.reviewCadenceWeeks.trim();
  const openingHours: OpeningPeriod[] = values.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
  const exceptions: OpeningException[] = values.closures.map(({ date, reason, periods }) => ({ date, reason: reason.trim(), periods }));
  const body: Record<string, unknown> = {
    teamName: values.teamName.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    address: { line1: values.line1.trim(), city: values.city.trim(), postcode: values.postcode.trim(), ...(optionalText(values.line2) === undefined ? {} : { line2: values.line2.trim() }) },
    openingHours,
    exceptions,
    closedOnBankHolidays: values.closedOnBankHolidays,
    languages: values.languages
      .split(/[,\s]+/)
      .map((code) => code.trim().toLowerCase())
      .filter((code) => code !== ''),
  };
  if (optionalText(values.textNumber) !== undefined) body['textNumber'] = values.textNumber.trim();
  if (optionalText(values.notes) !== undefined) body['notes'] = values.notes.trim();
  if (weeks !== '') body['reviewCadenceWeeks'] = Number(weeks);
  return body;
}

/**
 * The values checked with the API's schema (as the PUT would check them): the body to send, or
 * each field's first problem by the API's field name.
 */
export function checkTeamForm(values: TeamFormValues, siteId: string): { ok: true; body: Record<string, unknown> } | { ok: false; problems: Record<string, string> } {
  const body = teamBodyOf(values);
  // updatedAt is the server's to set: any instant passes the check.
  const parsed = teamDirectoryEntrySchema.safeParse({ ...body, siteId, updatedAt: '2000-01-01T00:00:00.000Z' });
  if (parsed.success) return { ok: true, body };
  const problems: Record<string, string> = {};
  for (const problem of fieldProblemsOf(parsed.error, 'body')) problems[problem.field] ??= problem.message;
  return { ok: false, problems };
}

/** True when the values differ from the saved ones (for the unsaved-change warning). */
export function teamFormChanged(values: TeamFormValues, saved: TeamFormValues): boolean {
  return JSON.stringify(teamBodyOf(values)) !== JSON.stringify(teamBodyOf(saved));
}

/** A closure's hours in words: "Closed all day", or "Open 10:00 to 13:00". */
export function closureHoursWords(periods: ClosureRow['periods']): string {
  if (periods.length === 0) return 'Closed all day';
  return `Open ${periods.map((period) => `${period.opens} to ${period.closes}`).join(' and ')}`;
}
