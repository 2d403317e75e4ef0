import { isDeepStrictEqual } from 'node:util';
import { needsKind, type Activity } from '../domain/activities/activity';
import { termInWords, type TaxonomyMapper } from '../domain/activities/taxonomy-mapping';
import type { SiteId } from '../domain/sites';
import { parseActivityCsvRows, type ActivityFromRows } from './activity-csv';
import { hsdsToActivity } from '../listings/hsds/hsds-import';
import type { FieldError } from '../listings/listing-draft';

/**
 * The import decision, without I/O: which listings of an upload (or a directory pull) are new,
 * which change which fields of a stored listing, which are the same as stored, which are refused
 * and why, and which need a kind. Only new and changed listings are saved: an unchanged one is not
 * rewritten. The caller reads the site's listings first and saves `toSave`.
 */

/** A listing of the import, by the row it came from. */
export interface ImportRow {
  readonly row: number;
  readonly id: string;
  readonly name: string;
}

/** What an import does (or would do, in a preview): the answer of the import routes and the directory pull. */
export interface ImportPlan {
  /** New and changed listings, ready to save (create or replace by id). */
  readonly toSave: Activity[];
  readonly create: ImportRow[];
  /** Listings that change, each with the fields that change. */
  readonly update: Array<ImportRow & { readonly changes: string[] }>;
  /** Listings the same as stored: left alone. */
  readonly unchanged: ImportRow[];
  /**
   * Refused rows, in row order: CSV rows numbered as a spreadsheet shows them (header = 1), JSON
   * services by 1-based position in the array (a single object is row 1).
   */
  readonly reject: Array<{ row: number; errors: FieldError[] }>;
  /** Listings (created, changed or unchanged) with no kind of ours: imported, hidden, flagged; with the terms that map to none. */
  readonly needsKind: Array<ImportRow & { readonly terms: string[] }>;
}

/** What {@link planImport} needs: the upload, the importing admin's site, and what is stored. */
export interface ImportInput {
  readonly contentType: 'text/csv' | 'application/json';
  /** CSV text, or the parsed JSON body: one HSDS service object or an array of them. */
  readonly body: unknown;
  readonly siteId: SiteId;
  /** This site's listings by id (an import of one of them is an update, or nothing when unchanged). */
  readonly existing: ReadonlyMap<string, Activity>;
  /** Listing ids that belong to other sites: an import may never take one over. */
  readonly idsInOtherSites: ReadonlySet<string>;
  /** A new listing id, for each CSV row without one. */
  readonly newId: () => string;
  /** The site's taxonomy mapping, for HSDS terms. */
  readonly mapper: TaxonomyMapper;
  /** Today (`YYYY-MM-DD`, Europe/London): the start of HSDS schedules that give none. */
  readonly today: string;
  /** The namespace of ids made for HSDS services whose id is no UUID (a pull: one per directory). */
  readonly idNamespace?: string;
}

const otherSite: FieldError = { field: 'id', message: 'belongs to another site' };

/** A mapped listing and the terms that gave it no kind. */
type Mapped = ActivityFromRows & { readonly unmappedTerms: string[] };

/** Rows of JSON services, each with its row number. */
function fromJson(input: ImportInput): { activities: Mapped[]; rejected: Array<{ row: number; errors: FieldError[] }> } {
  const { body } = input;
  const services: readonly unknown[] | undefined = Array.isArray(body) ? body : typeof body === 'object' && body !== null ? [body] : undefined;
  if (services === undefined) {
    return { activities: [], rejected: [{ row: 1, errors: [{ field: '(body)', message: 'expected an HSDS service object or an array of them' }] }] };
  }
  const activities: Mapped[] = [];
  const rejected: Array<{ row: number; errors: FieldError[] }> = [];
  const firstRowOf = new Map<string, number>();
  const options = { mapper: input.mapper, today: input.today, ...(input.idNamespace === undefined ? {} : { idNamespace: input.idNamespace }) };
  services.forEach((service, index) => {
    const row = index + 1;
    const mapped = hsdsToActivity(service, input.siteId, options);
    if (!mapped.ok) {
      rejected.push({ row, errors: mapped.errors });
      return;
    }
    // Two services with one id would overwrite each other: keep the first, refuse the rest.
    const earlier = firstRowOf.get(mapped.activity.id);
    if (earlier !== undefined) {
      rejected.push({ row, errors: [{ field: 'id', message: `the same id as row ${earlier} of this import` }] });
      return;
    }
    firstRowOf.set(mapped.activity.id, row);
    activities.push({ activity: mapped.activity, rows: [row], unmappedTerms: mapped.unmappedTerms.map(termInWords) });
  });
  return { activities, rejected };
}

/**
 * The listing to keep: the imported one, except that a kind a site admin gave a listing the
 * directory leaves without one is kept (the directory's terms still map to none).
 */
function merged(imported: Activity, stored: Activity | undefined): Activity {
  if (stored === undefined || !needsKind(imported) || needsKind(stored)) return imported;
  return { ...imported, categories: stored.categories };
}

/**
 * The top-level fields whose values differ, in the listing's field order. The ids of the
 * organisation, locations, schedules and cost options are not compared: CSV has no column for
 * them (it derives them), so a CSV round trip of a listing made elsewhere changes nothing.
 */
export function changedFields(before: Activity, after: Activity): string[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields.filter((field) => !isDeepStrictEqual(withoutSubIds(before, field), withoutSubIds(after, field)));
}

/** A field's value, with the ids of the records in it left out. */
function withoutSubIds(activity: Activity, field: string): unknown {
  const value: unknown = Object.entries(activity).find(([key]) => key === field)?.[1];
  const bare = (item: unknown): unknown => (typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id')) : item);
  if (field === 'id') return value;
  return Array.isArray(value) ? value.map(bare) : bare(value);
}

/**
 * Decides an import (pure but for `newId`). CSV bodies are parsed with `parseActivityCsvRows` (a
 * row without an id is a new listing), JSON bodies mapped with `hsdsToActivity`; bad rows are
 * refused alone. A listing whose id belongs to another site is refused on each of its rows (field
 * `id`: "belongs to another site"). Of the rest, ids not stored are created, stored ones updated
 * when a field differs (the fields named) and left alone when none does.
 */
export function planImport(input: ImportInput): ImportPlan {
  const parsed: { activities: Mapped[]; rejected: Array<{ row: number; errors: FieldError[] }> } =
    input.contentType === 'text/csv'
      ? typeof input.body === 'string'
        ? withoutTerms(parseActivityCsvRows(input.body, input.siteId, input.newId))
        : { activities: [], rejected: [{ row: 1, errors: [{ field: '(body)', message: 'expected CSV text' }] }] }
      : fromJson(input);

  const plan: ImportPlan = { toSave: [], create: [], update: [], unchanged: [], reject: [...parsed.rejected], needsKind: [] };
  for (const { activity: imported, rows, unmappedTerms } of parsed.activities) {
    if (input.idsInOtherSites.has(imported.id)) {
      for (const row of rows) plan.reject.push({ row, errors: [otherSite] });
      continue;
    }
    const stored = input.existing.get(imported.id);
    const activity = merged(imported, stored);
    const entry: ImportRow = { row: rows[0] ?? 0, id: activity.id, name: activity.name };
    if (stored === undefined) {
      plan.create.push(entry);
      plan.toSave.push(activity);
    } else {
      const changes = changedFields(stored, activity);
      if (changes.length === 0) plan.unchanged.push(entry);
      else {
        plan.update.push({ ...entry, changes });
        plan.toSave.push(activity);
      }
    }
    if (needsKind(activity)) plan.needsKind.push({ ...entry, terms: unmappedTerms });
  }
  plan.reject.sort((a, b) => a.row - b.row);
  return plan;
}

function withoutTerms(parsed: { activities: ActivityFromRows[]; rejected: Array<{ row: number; errors: FieldError[] }> }) {
  return { activities: parsed.activities.map((entry) => ({ ...entry, unmappedTerms: [] })), rejected: parsed.rejected };
}
