import type { z } from 'zod';
import { activitySchema, type Activity } from '../../../../src/domain/activities/activity';
import { formatPath } from '../../../../src/domain/field-problems';

/**
 * The listing form's values: the listing as JSON, as the person is typing it. Every field is kept
 * at its path in the listing (`schedules[0].byday`), so the form checks it with the API's own
 * schema (`activitySchema`) and shows each problem at the field the API would name.
 */
export type ListingValues = Readonly<Record<string, unknown>>;

/** A path into the values, as zod reports it: `['schedules', 0, 'byday']`. */
export type ValuePath = readonly (string | number)[];

/** The problems of the values, by path as the API writes it (`schedules[0].byday`), in plain words. */
export type ListingErrors = Readonly<Record<string, string>>;

/** A new schedule: weekly on no day yet, 10am to 12pm, from `today`. */
export function newSchedule(id: string, today: string): Record<string, unknown> {
  return { id, freq: 'WEEKLY', interval: 1, dtstart: today, opens_at: '10:00', closes_at: '12:00' };
}

/** A new place: physical, every field still to fill in. */
export function newLocation(id: string): Record<string, unknown> {
  return { id, location_type: 'physical', name: '', address_1: '', city: '', postal_code: '' };
}

/** The values of a new listing of the site: active, in English, checked today, one place and one schedule to fill in. */
export function newListingValues(siteId: string, newId: () => string, today: string): ListingValues {
  return {
    id: newId(),
    site_id: siteId,
    name: '',
    description: '',
    status: 'active',
    organization: { id: newId(), name: '' },
    locations: [newLocation(newId())],
    schedules: [newSchedule(newId(), today)],
    cost_options: [],
    categories: [],
    accessibility: [],
    languages: ['en'],
    phones: [],
    how_to_join: '',
    assured_date: today,
    sample: false,
  };
}

/** The value at a path, or undefined. */
export function valueAt(values: unknown, path: ValuePath): unknown {
  let current = values;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) ? current[segment] : undefined;
  }
  return current;
}

/** The strings of a list value (anything else is left out). */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The records of a list value (`locations`, `schedules`); anything else in it is left out. */
export function recordsAt(values: unknown, path: ValuePath): Readonly<Record<string, unknown>>[] {
  const list = valueAt(values, path);
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/**
 * The values with `value` at `path` (copies along the path; the rest is shared). `undefined`
 * removes the field, so an optional field left empty is absent, as the schema wants it.
 */
export function withValueAt(values: ListingValues, path: ValuePath, value: unknown): ListingValues {
  const updated = setIn(values, path, value);
  return isRecord(updated) ? updated : values;
}

function setIn(container: unknown, path: ValuePath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list: unknown[] = Array.isArray(container) ? Array.from<unknown>(container) : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(container) ? { ...container } : {};
  const next = setIn(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/** Text typed into an optional field: blanks are "not given". */
export function optionalTextValue(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** Text typed into a number field: the number when it is one, otherwise the text (the schema then says what is wrong). */
export function numberValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Checks the values with the API's listing schema: the listing to send, or every problem by its
 * path, in plain words.
 */
export function checkListing(values: ListingValues): { ok: true; listing: Activity } | { ok: false; errors: ListingErrors } {
  const parsed = activitySchema.safeParse(values, { error: plainMessage });
  if (parsed.success) return { ok: true, listing: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => formatPath([...path, key])) : [formatPath(path)];
    for (const key of keys) errors[key] ??= issue.code === 'unrecognized_keys' ? 'Not a field of a listing' : readable(issue.message);
  }
  return { ok: false, errors };
}

/** True when the values differ from the listing as it was loaded or last saved. */
export function hasChanges(saved: ListingValues, values: ListingValues): boolean {
  return JSON.stringify(saved) !== JSON.stringify(values);
}

/** zod's wording for the problems the schema does not word itself, as people would say them. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return 'Required';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? 'Enter a number' : undefined;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'Required';
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'Choose or add at least one' : `At least ${String(issue.minimum)}`;
      return issue.origin === 'number' ? `At least ${String(issue.minimum)}` : `At least ${String(issue.minimum)} characters`;
    case 'too_big':
      return issue.origin === 'string' ? `At most ${String(issue.maximum)} characters` : `At most ${String(issue.maximum)}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'An email address, like name@example.org';
      if (issue.format === 'url') return 'A web address, like https://example.org';
      if (issue.format === 'date') return 'A date';
      return undefined;
    default:
      return undefined;
  }
}

/** The schema's own messages name fields as the API does; the form says them in words. */
const schemaWording: ReadonlyArray<readonly [RegExp, string]> = [
  [/^a schedule needs byday or bymonthday$/, 'Choose at least one day'],
  [/^closes_at must be after opens_at$/, 'The end time must be after the start time'],
  [/^bymonthday only applies to MONTHLY schedules$/, 'Days of the month only apply to monthly schedules'],
];

function readable(message: string): string {
  for (const [pattern, words] of schemaWording) if (pattern.test(message)) return words;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
