import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { accessibilityIds, type AccessibilityId, type Activity, type ActivityCategoryId } from '../domain/activities/activity';
import type { SiteId } from '../domain/sites';
import { accessibilityOfText, categoryOfText, knownCategoriesText } from '../listings/hsds/hsds-taxonomy';
import { nilUuid, stableUuid } from '../listings/hsds/stable-uuid';
import {
  checkPostcode,
  definedFields,
  isUuid,
  normaliseByday,
  normaliseBymonthday,
  normaliseDate,
  normaliseTime,
  optionalText,
  parseNumber,
  validateDraft,
  type CostOptionDraft,
  type DraftIssue,
  type DraftPath,
  type FieldError,
  type ListingDraft,
  type LocationDraft,
  type ScheduleDraft,
} from '../listings/listing-draft';

/**
 * Activity listings as a spreadsheet: one row per schedule. An activity with two schedules is
 * two rows with the same `id`.
 *
 * Columns (header names are matched without regard to case or surrounding spaces; columns we
 * do not know are ignored and listed in `ignoredColumns`):
 *
 * | column | meaning |
 * | --- | --- |
 * | `id` | the listing's UUID; re-importing the same id updates the listing. Empty (or no `id` column): a new listing |
 * | `name` *, `description` * | as people see them |
 * | `status` * | `active`, `inactive`, `defunct` or `temporarily closed` |
 * | `organization_name` *, `organization_website` | who runs it |
 * | `category` * | category ids separated by `;` (e.g. `peer-support;arts-creative`); labels are accepted too |
 * | `location_type` * | `physical` or `virtual` |
 * | `location_name` * | the venue, or e.g. "Online (Zoom)" |
 * | `address_1`, `city`, `postal_code`, `latitude`, `longitude` | required for a physical location (ignored for a virtual one); the postcode must be a UK one |
 * | `online_url` | where to join a virtual activity, when public (ignored for a physical one) |
 * | `freq` * | `WEEKLY` or `MONTHLY` |
 * | `interval` | every N weeks or months; empty means 1 |
 * | `byday`, `bymonthday` | HSDS lists, e.g. `MO,TH`, `2MO`, `-1FR`; `1,15` (MONTHLY only); one of them is needed |
 * | `dtstart` * | first possible date, `YYYY-MM-DD` (or `DD/MM/YYYY` as UK spreadsheets write it) |
 * | `until`, `valid_from`, `valid_to` | dates, as `dtstart` |
 * | `opens_at` *, `closes_at` * | `HH:MM` 24-hour (`HH:MM:SS` accepted) |
 * | `schedule_description` | the schedule in words |
 * | `cost_amount` | pounds (`3.50`, `£3.50`); `0`, or empty with a `cost_description`, is free; both empty means no cost option (free) |
 * | `cost_description` | e.g. "per session"; defaults to "Free" or "per session" |
 * | `accessibility` | feature ids separated by `;` (e.g. `step-free;hearing-loop`) |
 * | `languages` | ISO 639-1 codes separated by `;`; empty means `en` |
 * | `phone`, `email`, `url` | contact details (one phone) |
 * | `how_to_join` * | in plain words |
 * | `assured_date` * | when the listing was last checked, a date |
 *
 * `*` columns must be present in the header, or nothing is imported.
 *
 * Rows: numbered as a spreadsheet shows them: the header is row 1 and the first data row is
 * row 2 (a quoted cell spanning lines is still one row; blank rows are skipped but counted).
 * Lines may end in CRLF, LF or CR, mixed in one file (files pasted together from Windows, Mac
 * and Unix tools do that).
 * Each row is checked on its own and rejected alone with its field problems (field = column).
 * The first accepted row of an id gives the activity's fields; its later rows add a schedule
 * each. On a later row every non-schedule cell may be left empty (meaning "as the first row") or
 * repeated; a different value rejects that row, naming the column. An activity whose rows are all
 * rejected is left out; a rejected row of a multi-row activity drops only its schedule.
 * A row with no id is a new listing of its own, with one schedule and a new UUID (`newId`);
 * importing the same file again adds them again. To give a new listing several schedules, give
 * its rows one id (or import one row, export, and add rows to the exported listing).
 *
 * A file that cannot be read to its end (a quote that is never closed swallows the rest of
 * it) imports nothing: the answer names that row, and every bad row before it.
 *
 * A CSV holds one location, one cost option and one phone (without description) per activity;
 * exporting a listing with more keeps the first of each.
 *
 * Ids: the CSV carries only the listing id. The organization, location, cost option and
 * schedules get name-based UUIDs (see `stableUuid`) from the listing id and `organization:0`,
 * `location:0`, `cost_option:0` and `schedule:<n>`, where n counts the id's rows from 0 in file
 * order (rejected rows included, so fixing one row does not renumber the others). Re-importing
 * a CSV therefore updates sub-objects instead of duplicating them, and an export of a listing
 * that came from CSV re-imports unchanged. HSDS import derives missing ids the same way.
 *
 * Export writes a UTF-8 byte order mark (so Excel reads `£` and accents), CRLF line ends, and
 * prefixes text cells that begin with `=`, `+`, `-`, `@`, tab or carriage return with `'` so a
 * spreadsheet does not run them as formulas (CSV injection); import removes that prefix.
 */
/** Which part of a listing a column belongs to, and what kind of value it holds. */
interface CsvColumnSpec {
  /** Must be in the header: without it no row could be a listing. */
  readonly required?: true;
  /** Belongs to one schedule (one row); the others belong to the activity. */
  readonly schedule?: true;
  /** `number`: exported as it is (a leading minus is a sign, not a formula); `list`: `;`-separated, compared as a set. */
  readonly kind?: 'number' | 'list';
  /** The cell of one schedule's row on export. */
  readonly write: (row: ExportRow) => string;
}

/** What one exported row is made from: the listing, one of its schedules, and the one location and cost option a CSV holds. */
interface ExportRow {
  readonly activity: Activity;
  readonly schedule: Activity['schedules'][number];
  readonly location: Activity['locations'][number] | undefined;
  readonly physical: Extract<Activity['locations'][number], { location_type: 'physical' }> | undefined;
  readonly virtual: Extract<Activity['locations'][number], { location_type: 'virtual' }> | undefined;
  readonly cost: Activity['cost_options'][number] | undefined;
}

/** The columns, in file order: the one table of what each is and how it is written. */
const columnTable = {
  id: { write: ({ activity }) => activity.id },
  name: { required: true, write: ({ activity }) => activity.name },
  description: { required: true, write: ({ activity }) => activity.description },
  status: { required: true, write: ({ activity }) => activity.status },
  organization_name: { required: true, write: ({ activity }) => activity.organization.name },
  organization_website: { write: ({ activity }) => activity.organization.website ?? '' },
  category: { required: true, kind: 'list', write: ({ activity }) => activity.categories.join(';') },
  location_type: { required: true, write: ({ location }) => location?.location_type ?? '' },
  location_name: { required: true, write: ({ location }) => location?.name ?? '' },
  address_1: { write: ({ physical }) => physical?.address_1 ?? '' },
  city: { write: ({ physical }) => physical?.city ?? '' },
  postal_code: { write: ({ physical }) => physical?.postal_code ?? '' },
  latitude: { kind: 'number', write: ({ physical }) => (physical === undefined ? '' : String(physical.latitude)) },
  longitude: { kind: 'number', write: ({ physical }) => (physical === undefined ? '' : String(physical.longitude)) },
  online_url: { write: ({ virtual }) => virtual?.url ?? '' },
  freq: { required: true, schedule: true, write: ({ schedule }) => schedule.freq },
  interval: { schedule: true, kind: 'number', write: ({ schedule }) => String(schedule.interval) },
  byday: { schedule: true, write: ({ schedule }) => schedule.byday ?? '' },
  bymonthday: { schedule: true, write: ({ schedule }) => schedule.bymonthday ?? '' },
  dtstart: { required: true, schedule: true, write: ({ schedule }) => schedule.dtstart },
  until: { schedule: true, write: ({ schedule }) => schedule.until ?? '' },
  valid_from: { schedule: true, write: ({ schedule }) => schedule.valid_from ?? '' },
  valid_to: { schedule: true, write: ({ schedule }) => schedule.valid_to ?? '' },
  opens_at: { required: true, schedule: true, write: ({ schedule }) => schedule.opens_at },
  closes_at: { required: true, schedule: true, write: ({ schedule }) => schedule.closes_at },
  schedule_description: { schedule: true, write: ({ schedule }) => schedule.description ?? '' },
  cost_amount: { kind: 'number', write: ({ cost }) => (cost === undefined ? '' : String(cost.amount)) },
  cost_description: { write: ({ cost }) => cost?.option ?? '' },
  accessibility: { kind: 'list', write: ({ activity }) => activity.accessibility.join(';') },
  languages: { kind: 'list', write: ({ activity }) => activity.languages.join(';') },
  phone: { write: ({ activity }) => activity.phones[0]?.number ?? '' },
  email: { write: ({ activity }) => activity.email ?? '' },
  url: { write: ({ activity }) => activity.url ?? '' },
  how_to_join: { required: true, write: ({ activity }) => activity.how_to_join },
  assured_date: { required: true, write: ({ activity }) => activity.assured_date },
} as const satisfies Record<string, CsvColumnSpec>;

/** One column of the activity CSV. */
export type ActivityCsvColumn = keyof typeof columnTable;

function isColumn(name: string): name is ActivityCsvColumn {
  return Object.hasOwn(columnTable, name);
}

function specOf(column: ActivityCsvColumn): CsvColumnSpec {
  return columnTable[column];
}

/** The columns, in file order. */
export const activityCsvColumns: readonly ActivityCsvColumn[] = Object.keys(columnTable).filter(isColumn);

/** Columns that must be in the header. */
export const requiredActivityCsvColumns: readonly ActivityCsvColumn[] = activityCsvColumns.filter((column) => specOf(column).required === true);

const maxSchedules = 10;

/** A row's cells by column (empty text for an absent column). */
type RowCells = ReadonlyMap<ActivityCsvColumn, string>;

function cellOf(cells: RowCells, column: ActivityCsvColumn): string {
  return cells.get(column) ?? '';
}

/** What {@link parseActivityCsv} found. */
export interface ActivityCsvParse {
  readonly activities: Activity[];
  /** Rows (spreadsheet numbering, header = 1) that were not imported, with why. */
  readonly rejected: Array<{ row: number; errors: FieldError[] }>;
  /** Header names that are not activity columns, as written; their cells were ignored. */
  readonly ignoredColumns: string[];
}

/** A cell without the `'` that export puts before formula-like text. */
function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** `'=…` for text a spreadsheet would run as a formula. */
function escapeCell(column: ActivityCsvColumn, value: string): string {
  return specOf(column).kind !== 'number' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function listItems(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list cell's items in a form that compares equal when they mean the same. */
function canonicalItems(column: ActivityCsvColumn, value: string): Set<string> {
  return new Set(
    listItems(value).map((item) => {
      if (column === 'category') return categoryOfText(item) ?? item.toLowerCase();
      if (column === 'accessibility') return accessibilityOfText(item) ?? item.toLowerCase();
      return item.toLowerCase();
    }),
  );
}

/** The normal form of a postcode, or the text as written when it is not one. */
function canonicalPostcode(value: string): string {
  const checked = checkPostcode(value);
  return checked.ok ? checked.postcode : value;
}

/** True when two cells of `column` say the same thing (so `m6 8hd` agrees with `M6 8HD`). */
function sameCell(column: ActivityCsvColumn, a: string, b: string): boolean {
  if (specOf(column).kind === 'list') {
    const left = canonicalItems(column, a);
    const right = canonicalItems(column, b);
    return left.size === right.size && [...left].every((item) => right.has(item));
  }
  if (column === 'postal_code') return canonicalPostcode(a) === canonicalPostcode(b);
  if (specOf(column).kind === 'number') {
    const left = parseNumber(a.replace(/^£/, ''));
    if (left !== undefined) return left === parseNumber(b.replace(/^£/, ''));
  }
  if (column === 'status' || column === 'location_type') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** The column a draft path came from. */
function csvField(path: DraftPath): ActivityCsvColumn {
  const [head, , field] = path;
  switch (head) {
    case 'organization':
      return path[1] === 'website' ? 'organization_website' : path[1] === 'id' ? 'id' : 'organization_name';
    case 'locations':
      if (field === 'name') return 'location_name';
      if (field === 'url') return 'online_url';
      if (field === 'id') return 'id';
      return typeof field === 'string' && isColumn(field) ? field : 'location_type';
    case 'schedules':
      if (field === 'description') return 'schedule_description';
      if (field === 'id') return 'id';
      return typeof field === 'string' && isColumn(field) ? field : 'freq';
    case 'cost_options':
      return field === 'option' ? 'cost_description' : 'cost_amount';
    case 'categories':
      return 'category';
    case 'phones':
      return 'phone';
    case 'site_id':
    case 'sample':
      return 'id';
    default:
      return typeof head === 'string' && isColumn(head) ? head : 'id';
  }
}

/** A cell's text, or undefined when it is empty. */
type CellText = (column: ActivityCsvColumn) => string | undefined;

/** A listing draft from one row (one schedule) of listing `id`, and the problems found while reading it. */
function rowDraft(cells: RowCells, id: string, siteId: SiteId, scheduleIndex: number): { draft: ListingDraft; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const cell: CellText = (column) => optionalText(cellOf(cells, column));
  const ns = isUuid(id) ? id : nilUuid;
  const assured = cell('assured_date');
  const languages = [...new Set(listItems(cellOf(cells, 'languages').toLowerCase()))];
  const phone = cell('phone');
  // Issues are gathered in column order: location, schedule, cost, categories, accessibility.
  const draft: ListingDraft = {
    id,
    site_id: siteId,
    sample: false,
    ...definedFields({
      name: cell('name'),
      description: cell('description'),
      status: cell('status')?.toLowerCase(),
      email: cell('email'),
      url: cell('url'),
      how_to_join: cell('how_to_join'),
      assured_date: assured === undefined ? undefined : normaliseDate(assured),
    }),
    organization: { id: stableUuid(ns, 'organization:0'), ...definedFields({ name: cell('organization_name'), website: cell('organization_website') }) },
    locations: [locationDraft(cell, stableUuid(ns, 'location:0'), issues)],
    schedules: [scheduleDraft(cell, stableUuid(ns, `schedule:${scheduleIndex}`), issues)],
    cost_options: costOptionDrafts(cell, stableUuid(ns, 'cost_option:0'), issues),
    categories: categoriesOf(cellOf(cells, 'category'), issues),
    accessibility: accessibilityOf(cellOf(cells, 'accessibility'), issues),
    languages: languages.length === 0 ? ['en'] : languages,
    phones: phone === undefined ? [] : [{ number: phone }],
  };
  return { draft, issues };
}

/** The row's one location: the address columns for a physical one, `online_url` for a virtual one. */
function locationDraft(cell: CellText, id: string, issues: DraftIssue[]): LocationDraft {
  const locationType = cell('location_type')?.toLowerCase();
  const common = { id, ...definedFields({ location_type: locationType, name: cell('location_name') }) };
  if (locationType === 'virtual') return { ...common, ...definedFields({ url: cell('online_url') }) };
  if (locationType !== 'physical') return common;
  const postcode = cell('postal_code');
  const checked = postcode === undefined ? undefined : checkPostcode(postcode);
  if (checked?.ok === false) issues.push({ path: ['locations', 0, 'postal_code'], message: checked.message });
  const degrees = (axis: 'latitude' | 'longitude'): number | undefined => {
    const given = cell(axis);
    if (given === undefined) return undefined;
    const value = parseNumber(given);
    if (value === undefined) issues.push({ path: ['locations', 0, axis], message: `a number of degrees, like ${axis === 'latitude' ? '53.4808' : '-2.2426'}` });
    return value;
  };
  return {
    ...common,
    ...definedFields({
      address_1: cell('address_1'),
      city: cell('city'),
      postal_code: checked?.ok === true ? checked.postcode : undefined,
      latitude: degrees('latitude'),
      longitude: degrees('longitude'),
    }),
  };
}

/** The row's schedule. */
function scheduleDraft(cell: CellText, id: string, issues: DraftIssue[]): ScheduleDraft {
  const intervalText = cell('interval');
  const interval = intervalText === undefined ? 1 : parseNumber(intervalText);
  if (interval === undefined) issues.push({ path: ['schedules', 0, 'interval'], message: 'a whole number from 1 to 12' });
  const byday = cell('byday');
  const bymonthday = cell('bymonthday');
  const date = (column: 'dtstart' | 'until' | 'valid_from' | 'valid_to'): string | undefined => {
    const given = cell(column);
    return given === undefined ? undefined : normaliseDate(given);
  };
  const time = (column: 'opens_at' | 'closes_at'): string | undefined => {
    const given = cell(column);
    return given === undefined ? undefined : normaliseTime(given);
  };
  return {
    id,
    ...definedFields({
      freq: cell('freq')?.toUpperCase(),
      interval,
      byday: byday === undefined ? undefined : normaliseByday(byday),
      bymonthday: bymonthday === undefined ? undefined : normaliseBymonthday(bymonthday),
      dtstart: date('dtstart'),
      until: date('until'),
      valid_from: date('valid_from'),
      valid_to: date('valid_to'),
      opens_at: time('opens_at'),
      closes_at: time('closes_at'),
      description: cell('schedule_description'),
    }),
  };
}

/** The row's cost option: none when both cost columns are empty (free). */
function costOptionDrafts(cell: CellText, id: string, issues: DraftIssue[]): CostOptionDraft[] {
  const amountText = cell('cost_amount')?.replace(/^£\s*/, '');
  const costDescription = cell('cost_description');
  if (amountText === undefined && costDescription === undefined) return [];
  const amount = amountText === undefined ? 0 : parseNumber(amountText);
  if (amount === undefined) issues.push({ path: ['cost_options', 0, 'amount'], message: 'an amount in pounds, like 3.50 (0 or empty for free)' });
  return [{ id, currency: 'GBP', ...definedFields({ amount }), option: costDescription ?? (amount === 0 ? 'Free' : 'per session') }];
}

function categoriesOf(text: string, issues: DraftIssue[]): ActivityCategoryId[] {
  const categories: ActivityCategoryId[] = [];
  for (const item of listItems(text)) {
    const category = categoryOfText(item);
    if (category === undefined) issues.push({ path: ['categories', item], message: `unknown category "${item}" (known: ${knownCategoriesText()})` });
    else if (!categories.includes(category)) categories.push(category);
  }
  if (categories.length === 0) {
    issues.push({ path: ['categories'], message: `no Living Well category: one or more of ${knownCategoriesText()}, separated by ;` });
  }
  return categories;
}

function accessibilityOf(text: string, issues: DraftIssue[]): AccessibilityId[] {
  const accessibility: AccessibilityId[] = [];
  for (const item of listItems(text)) {
    const feature = accessibilityOfText(item);
    if (feature === undefined) issues.push({ path: ['accessibility', item], message: `unknown accessibility feature "${item}" (known: ${accessibilityIds.join(', ')})` });
    else if (!accessibility.includes(feature)) accessibility.push(feature);
  }
  return accessibility;
}

/** A row's cells by column: trimmed, without export's formula prefix, empty when absent. */
function rowCells(record: readonly string[], columnIndex: ReadonlyMap<ActivityCsvColumn, number>): RowCells {
  return new Map(
    activityCsvColumns.map((column) => {
      const index = columnIndex.get(column);
      const raw = index === undefined ? '' : (record[index] ?? '');
      return [column, unescapeCell(raw.trim()).trim()];
    }),
  );
}

const csvErrorSchema = z.object({ code: z.string(), records: z.number().int().min(0) });

/** A row where the text stops being CSV, and what to tell the admin. */
interface UnreadableRow {
  readonly row: number;
  readonly message: string;
}

/** A csv-parse error as the row it happened on and words for someone with the file in a spreadsheet. */
function unreadableRow(error: unknown): UnreadableRow {
  const parsed = csvErrorSchema.safeParse(error);
  if (!parsed.success) return { row: 1, message: 'the file could not be read as CSV; nothing was imported' };
  const { code, records } = parsed.data;
  const message =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quote (") opened in this row is never closed, so the file could not be read past it; nothing was imported'
      : `the file could not be read past this row (${code}); nothing was imported`;
  return { row: records + 1, message };
}

/**
 * Parses CSV text into records (one per row, blank rows included, so row n is record n - 1).
 * Lines may end in CRLF, LF or CR, mixed. The records before a point where the text stops being
 * CSV are kept, so that their problems are reported with it.
 */
function readRecords(text: string): { records: string[][]; unreadable: UnreadableRow | undefined } {
  let unreadable: UnreadableRow | undefined;
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // CRLF first, so that it is one line end and not a CR then an LF.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_records_with_error: true,
      on_skip: (error) => {
        unreadable ??= unreadableRow(error);
      },
    });
    return { records, unreadable };
  } catch (error) {
    return { records: [], unreadable: unreadableRow(error) };
  }
}

interface ActivityRows {
  /** Rows of this id seen so far (accepted or not): the next row's schedule number. */
  rowCount: number;
  /** The first accepted row: its number and merged cells, and the listing it gave. */
  first?: { row: number; cells: RowCells; activity: Activity };
  schedules: Activity['schedules'];
  rows: number[];
}

/** An imported activity and the rows (spreadsheet numbering) it came from. */
export interface ActivityFromRows {
  readonly activity: Activity;
  readonly rows: readonly number[];
}

/**
 * Activities from CSV text for `siteId` (see the module comment for columns, row numbers and
 * ids). Never throws for bad input: problems come back in `rejected`. Imports are never samples.
 * @param newId gives the id of a listing whose row has none.
 */
export function parseActivityCsv(text: string, siteId: SiteId, newId: () => string = randomUUID): ActivityCsvParse {
  const parsed = parseActivityCsvRows(text, siteId, newId);
  return { activities: parsed.activities.map((entry) => entry.activity), rejected: parsed.rejected, ignoredColumns: parsed.ignoredColumns };
}

/** As {@link parseActivityCsv}, with the rows each activity came from (to report a whole activity by row). */
export function parseActivityCsvRows(
  text: string,
  siteId: SiteId,
  newId: () => string = randomUUID,
): { activities: ActivityFromRows[]; rejected: Array<{ row: number; errors: FieldError[] }>; ignoredColumns: string[] } {
  const read = readRecords(text);
  const unreadable = read.unreadable === undefined ? [] : [{ row: read.unreadable.row, errors: [{ field: 'csv', message: read.unreadable.message }] }];
  const [header, ...rows] = read.records;
  if (header === undefined) return { activities: [], rejected: unreadable, ignoredColumns: [] };

  const columnIndex = new Map<ActivityCsvColumn, number>();
  const ignoredColumns: string[] = [];
  const headerErrors: FieldError[] = [];
  header.forEach((rawName, index) => {
    const name = rawName.trim().toLowerCase();
    if (name === '') return;
    if (!isColumn(name)) ignoredColumns.push(rawName.trim());
    else if (columnIndex.has(name)) headerErrors.push({ field: name, message: 'this column appears more than once' });
    else columnIndex.set(name, index);
  });
  for (const column of requiredActivityCsvColumns) {
    if (!columnIndex.has(column)) headerErrors.push({ field: column, message: `missing column (needed: ${requiredActivityCsvColumns.join(', ')})` });
  }
  if (headerErrors.length > 0) return { activities: [], rejected: [{ row: 1, errors: headerErrors }, ...unreadable], ignoredColumns };

  const rejected: Array<{ row: number; errors: FieldError[] }> = [];
  const byId = new Map<string, ActivityRows>();
  rows.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const own = rowCells(record, columnIndex);
    // UUIDs are compared in lower case: the store's ids are. A row without one is a new listing.
    const given = cellOf(own, 'id').toLowerCase();
    const id = given === '' ? newId() : given;
    const group: ActivityRows = byId.get(id) ?? { rowCount: 0, schedules: [], rows: [] };
    byId.set(id, group);
    const scheduleIndex = group.rowCount;
    group.rowCount += 1;

    const errors: FieldError[] = [];
    let cells = own;
    if (group.first !== undefined) {
      const first = group.first;
      for (const column of activityCsvColumns) {
        const value = cellOf(own, column);
        const expected = cellOf(first.cells, column);
        if (column === 'id' || specOf(column).schedule === true || value === '' || sameCell(column, value, expected)) continue;
        // Quote the expected value, shortened: a description can be 2,000 characters.
        const shown = expected.length > 60 ? `${expected.slice(0, 57)}...` : expected;
        errors.push({ field: column, message: `differs from row ${first.row}, the first row of this activity: leave it empty or repeat "${shown}"` });
      }
      cells = new Map(activityCsvColumns.map((column) => [column, cellOf(specOf(column).schedule === true ? own : first.cells, column)]));
      if (group.schedules.length >= maxSchedules) errors.push({ field: 'id', message: `an activity has at most ${maxSchedules} schedules (rows)` });
    }

    const { draft, issues } = rowDraft(cells, id, siteId, scheduleIndex);
    const checked = validateDraft(draft, issues);
    if (!checked.ok) {
      const seen = new Set(errors.map((error) => `${error.field}\u0000${error.message}`));
      for (const issue of checked.issues) {
        const error = { field: csvField(issue.path), message: issue.message };
        const key = `${error.field}\u0000${error.message}`;
        if (!seen.has(key)) errors.push(error);
        seen.add(key);
      }
    }
    if (errors.length > 0 || !checked.ok) {
      rejected.push({ row, errors });
      return;
    }
    if (group.first === undefined) group.first = { row, cells, activity: checked.activity };
    group.schedules.push(...checked.activity.schedules);
    group.rows.push(row);
  });

  // A file read only in part imports nothing: the rows after the break were never seen.
  if (unreadable.length > 0) return { activities: [], rejected: [...rejected, ...unreadable], ignoredColumns };
  const activities: ActivityFromRows[] = [];
  for (const group of byId.values()) {
    if (group.first !== undefined) activities.push({ activity: { ...group.first.activity, schedules: group.schedules }, rows: group.rows });
  }
  return { activities, rejected, ignoredColumns };
}

/** One activity schedule as a CSV row's cells, in column order. */
function activityRow(activity: Activity, schedule: Activity['schedules'][number]): string[] {
  const location = activity.locations[0];
  const row: ExportRow = {
    activity,
    schedule,
    location,
    physical: location?.location_type === 'physical' ? location : undefined,
    virtual: location?.location_type === 'virtual' ? location : undefined,
    cost: activity.cost_options[0],
  };
  return activityCsvColumns.map((column) => escapeCell(column, specOf(column).write(row)));
}

/**
 * The activities as CSV: the header, then one row per schedule with every activity column
 * repeated. {@link parseActivityCsv} reads it back (see the module comment for what one row
 * cannot hold).
 */
export function activitiesToCsv(activities: readonly Activity[]): string {
  const records = activities.flatMap((activity) => activity.schedules.map((schedule) => activityRow(activity, schedule)));
  return stringify(records, { header: true, columns: [...activityCsvColumns], bom: true, record_delimiter: '\r\n' });
}
