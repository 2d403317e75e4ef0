import { isValid as isValidPostcode, toNormalised as normalisedPostcode } from 'postcode';
import { z } from 'zod';
import { activitySchema, type AccessibilityId, type Activity, type ActivityCategoryId } from '../domain/activities/activity';
import { formatPath } from '../domain/field-problems';
import type { SiteId } from '../domain/sites';

/**
 * What the import mappers (HSDS JSON and CSV) share: the typed draft of a listing they build,
 * lenient clean-up of what people and other directories write, and the final check of a draft
 * against `activitySchema`, with problems reported against the draft's own paths so each mapper
 * can name its own fields.
 */

/**
 * A listing as an import read it, before the schema check: the shape of `Activity`, with every
 * field the source may leave out or get wrong left loose (text where the schema wants one of a
 * few words, optional where it is required). {@link validateDraft} decides.
 */
export interface ListingDraft {
  readonly id: string;
  readonly site_id: SiteId;
  /** Imports are never samples. */
  readonly sample: false;
  readonly name?: string;
  readonly description?: string;
  readonly status?: string;
  readonly email?: string;
  readonly url?: string;
  readonly how_to_join?: string;
  readonly assured_date?: string;
  readonly organization?: OrganizationDraft;
  readonly locations: readonly LocationDraft[];
  readonly schedules: readonly ScheduleDraft[];
  readonly cost_options: readonly CostOptionDraft[];
  readonly phones: readonly PhoneDraft[];
  /** A language without a code is kept as undefined, to be reported at its place. */
  readonly languages: readonly (string | undefined)[];
  readonly categories: readonly ActivityCategoryId[];
  readonly accessibility: readonly AccessibilityId[];
}

export interface OrganizationDraft {
  readonly id: string;
  readonly name?: string;
  readonly website?: string;
}

export interface LocationDraft {
  readonly id: string;
  readonly location_type?: string;
  readonly name?: string;
  /** A virtual location's. */
  readonly url?: string;
  /** A physical location's. */
  readonly address_1?: string;
  readonly city?: string;
  readonly postal_code?: string;
  readonly latitude?: number;
  readonly longitude?: number;
}

export interface ScheduleDraft {
  readonly id: string;
  readonly freq?: string;
  readonly interval?: number;
  readonly byday?: string;
  readonly bymonthday?: string;
  readonly dtstart?: string;
  readonly until?: string;
  readonly valid_from?: string;
  readonly valid_to?: string;
  readonly opens_at?: string;
  readonly closes_at?: string;
  readonly description?: string;
}

export interface CostOptionDraft {
  readonly id: string;
  readonly option?: string;
  readonly amount?: number;
  readonly currency: string;
}

export interface PhoneDraft {
  readonly number?: string;
  readonly description?: string;
}

/**
 * `T` with each field optional and never `undefined`: what {@link definedFields} returns.
 * (`& ({} | null)` is how TypeScript writes "without undefined" for a generic field.)
 */
export type DefinedFields<T> = { [K in keyof T]?: T[K] & ({} | null) };

/**
 * The fields that have a value. Drafts are built through it so the strict listing schema sees no
 * `undefined` keys (zod would keep them in the listing it returns).
 */
export function definedFields<T extends object>(fields: T): DefinedFields<T> {
  const defined: DefinedFields<T> = {};
  for (const key in fields) {
    const value = fields[key];
    if (Object.hasOwn(fields, key) && value !== undefined) defined[key] = value;
  }
  return defined;
}

/** One problem with one field of an imported listing, e.g. `{ field: 'schedules[0].byday', message: '...' }`. */
export interface FieldError {
  /** HSDS JSON path (`service_at_locations[0].location.latitude`) or CSV column name (`latitude`). */
  readonly field: string;
  readonly message: string;
}

/** A path into the draft activity, as zod reports it. */
export type DraftPath = readonly (string | number)[];

/** A problem found while building or checking a draft, against the draft's path. */
export interface DraftIssue {
  readonly path: DraftPath;
  readonly message: string;
}

/** True when `value` is a UUID as the listing schema accepts it. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success;
}

/** Trimmed text, or undefined for nothing, null or blanks (feeds often send `""` or `null` for "none"). */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/**
 * `HH:MM` from the times people and feeds write: `10:00:00` (HSDS), `9:30`, `10:00:00.000`.
 * Anything else is returned trimmed, for the schema to reject with its own message.
 */
export function normaliseTime(value: string): string {
  const trimmed = value.trim();
  const match = /^(\d{1,2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(trimmed);
  if (match === null) return trimmed;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/**
 * `YYYY-MM-DD` from the dates people and feeds write: ISO dates, ISO date-times (the date part)
 * and UK spreadsheet dates `DD/MM/YYYY`. Anything else is returned trimmed for the schema to reject.
 */
export function normaliseDate(value: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return trimmed.slice(0, 10);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (uk !== null) return `${uk[3] ?? ''}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}`;
  return trimmed;
}

/** `MO,2TU` from `mo, 2tu`: HSDS weekday lists are upper case with no spaces. */
export function normaliseByday(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** `1,15` from `1, 15`. */
export function normaliseBymonthday(value: string): string {
  return value.replace(/\s+/g, '');
}

/** A UK postcode in its normal form (`M6 5AA`), or an error message. */
export function checkPostcode(value: string): { ok: true; postcode: string } | { ok: false; message: string } {
  const postcode = isValidPostcode(value) ? normalisedPostcode(value) : null;
  return postcode === null ? { ok: false, message: 'not a UK postcode (like M6 5AA)' } : { ok: true, postcode };
}

/** A number from text (`53.48`, ` -2.24 `), or undefined when it is not one. */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/**
 * Checks a draft listing against `activitySchema`. `earlier` are problems the mapper already
 * found (an unknown category, a number that is not one); a schema problem at the same path is
 * then left out, so each field is reported once and with the more specific reason.
 */
export function validateDraft(
  draft: ListingDraft,
  earlier: readonly DraftIssue[],
): { ok: true; activity: Activity } | { ok: false; issues: DraftIssue[] } {
  // A missing value reads better as "required" than zod's "expected string, received undefined".
  const parsed = activitySchema.safeParse(draft, { error: (issue) => (issue.input === undefined ? 'required' : undefined) });
  if (parsed.success && earlier.length === 0) return { ok: true, activity: parsed.data };
  const issues = [...earlier];
  const seen = new Set(earlier.map((issue) => formatPath(issue.path)));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const key = formatPath(path);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message: issue.message });
  }
  return { ok: false, issues };
}
