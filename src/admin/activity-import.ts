import type { Activity } from '../domain/activities/activity';
import type { SiteId } from '../domain/sites';
import { parseActivityCsvRows, type ActivityFromRows } from './activity-csv';
import { hsdsToActivity } from '../listings/hsds/hsds-import';
import type { FieldError } from '../listings/listing-draft';

/**
 * The import decision, without I/O: which listings of an upload to save, how many are new, and
 * which rows are refused and why. The caller reads the site's ids first and saves `toSave`.
 */

/** What an import will do. */
export interface ImportOutcome {
  /** Good listings, ready to save (create or replace by id). */
  readonly toSave: Activity[];
  /** How many of `toSave` are new to the site, and how many replace one of its listings. */
  readonly created: number;
  readonly updated: number;
  /**
   * Refused rows, in row order: CSV rows numbered as a spreadsheet shows them (header = 1), JSON
   * services by 1-based position in the array (a single object is row 1).
   */
  readonly rejected: Array<{ row: number; errors: FieldError[] }>;
}

/** What {@link planImport} needs: the upload, the importing admin's site, and the ids already stored. */
export interface ImportInput {
  readonly contentType: 'text/csv' | 'application/json';
  /** CSV text, or the parsed JSON body: one HSDS service object or an array of them. */
  readonly body: unknown;
  readonly siteId: SiteId;
  /** Listing ids this site already has (an import of one of them is an update). */
  readonly existingIds: ReadonlySet<string>;
  /** Listing ids that belong to other sites: an import may never take one over. */
  readonly idsInOtherSites: ReadonlySet<string>;
  /** A new listing id, for each CSV row without one. */
  readonly newId: () => string;
}

const otherSite: FieldError = { field: 'id', message: 'belongs to another site' };

/** Rows of JSON services, each with its row number. */
function fromJson(body: unknown, siteId: SiteId): { activities: ActivityFromRows[]; rejected: Array<{ row: number; errors: FieldError[] }> } {
  const services: readonly unknown[] | undefined = Array.isArray(body) ? body : typeof body === 'object' && body !== null ? [body] : undefined;
  if (services === undefined) {
    return { activities: [], rejected: [{ row: 1, errors: [{ field: '(body)', message: 'expected an HSDS service object or an array of them' }] }] };
  }
  const activities: ActivityFromRows[] = [];
  const rejected: Array<{ row: number; errors: FieldError[] }> = [];
  const firstRowOf = new Map<string, number>();
  services.forEach((service, index) => {
    const row = index + 1;
    const mapped = hsdsToActivity(service, siteId);
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
    activities.push({ activity: mapped.activity, rows: [row] });
  });
  return { activities, rejected };
}

/**
 * Decides an import (pure but for `newId`). CSV bodies are parsed with `parseActivityCsv` (a row
 * without an id is a new listing), JSON bodies mapped with `hsdsToActivity`; bad rows are refused alone. A listing whose id belongs to another site
 * is refused on each of its rows (field `id`: "belongs to another site"). Of the rest, ids in
 * `existingIds` count as updated, others as created.
 */
export function planImport(input: ImportInput): ImportOutcome {
  const parsed =
    input.contentType === 'text/csv'
      ? typeof input.body === 'string'
        ? parseActivityCsvRows(input.body, input.siteId, input.newId)
        : { activities: [], rejected: [{ row: 1, errors: [{ field: '(body)', message: 'expected CSV text' }] }] }
      : fromJson(input.body, input.siteId);

  const rejected = [...parsed.rejected];
  const toSave: Activity[] = [];
  let created = 0;
  let updated = 0;
  for (const { activity, rows } of parsed.activities) {
    if (input.idsInOtherSites.has(activity.id)) {
      for (const row of rows) rejected.push({ row, errors: [otherSite] });
      continue;
    }
    toSave.push(activity);
    if (input.existingIds.has(activity.id)) updated += 1;
    else created += 1;
  }
  rejected.sort((a, b) => a.row - b.row);
  return { toSave, created, updated, rejected };
}
