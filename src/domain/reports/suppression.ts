/**
 * Small-number suppression: no published cell may describe fewer than 5 people, and no cell may
 * let a suppressed one be worked out by subtracting from a total.
 */

/** Fewest people a published cell may describe. */
export const minimumCellPeople = 5;

/** A cell before suppression: its value and how many people it describes. */
export interface RawCell {
  readonly value: number | null;
  /** People the cell describes (for a count of people, the count itself). */
  readonly people: number;
}

/** A cell after suppression: `value` is null when hidden, with the reason. */
export type SuppressedCell = { readonly value: number; readonly hidden?: undefined } | { readonly value: null; readonly hidden: 'fewer than 5' | 'suppressed' | 'no data' };

/** One cell on its own: hidden when it describes 1 to 4 people; 'no data' when it has no value. */
export function suppressCell(cell: RawCell): SuppressedCell {
  if (cell.value === null) return { value: null, hidden: 'no data' };
  if (cell.people > 0 && cell.people < minimumCellPeople) return { value: null, hidden: 'fewer than 5' };
  return { value: cell.value };
}

/**
 * Parts that add up to a published total (the months of a range, say). Each part under 5 is
 * hidden; if exactly one part is hidden, the total would reveal it, so the smallest other shown
 * part that is not zero is hidden too ('suppressed'). Parts of 0 people are shown as they are.
 */
export function suppressParts(parts: readonly RawCell[]): SuppressedCell[] {
  const cells = parts.map(suppressCell);
  const hidden = cells.filter((cell) => cell.hidden === 'fewer than 5').length;
  if (hidden !== 1) return cells;
  let smallest = -1;
  parts.forEach((part, index) => {
    const cell = cells[index];
    if (cell?.hidden !== undefined || part.people === 0) return;
    if (smallest < 0 || part.people < (parts[smallest]?.people ?? Infinity)) smallest = index;
  });
  if (smallest < 0) return cells;
  return cells.map((cell, index) => (index === smallest ? { value: null, hidden: 'suppressed' } : cell));
}
