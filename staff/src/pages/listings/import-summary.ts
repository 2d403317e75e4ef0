import type { z } from 'zod';
import type { importRowsSchema } from './import-schemas';

type ImportRows = z.infer<typeof importRowsSchema>;

/** How a file or pasted text is sent: CSV, or HSDS JSON (by its name, else by how it starts). */
export function importContentType(fileName: string | undefined, text: string): 'text/csv' | 'application/json' {
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.csv')) return 'text/csv';
  return /^\s*[[{]/.test(text) ? 'application/json' : 'text/csv';
}

/** How many listings applying would save: new and changed ones ("needs a kind" ones are among them, or unchanged). */
export function listingsToSave(report: Pick<ImportRows, 'create' | 'update'>): number {
  return report.create.length + report.update.length;
}

/** "Row 4" for a spreadsheet row number, "Record 3" for a directory record, or "Record" when there is neither. */
export function rowLabel(row: number | string | undefined): string {
  if (row === undefined) return 'Record';
  return typeof row === 'number' ? `Row ${row}` : `Record ${row}`;
}

/** "1 listing", "3 listings". */
export function listingsCount(count: number): string {
  return `${count} ${count === 1 ? 'listing' : 'listings'}`;
}
