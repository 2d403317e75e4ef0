import { formatPath } from '../field-problems';
import type { Activity } from './activity';

/** One changed field of a listing, for the audit trail: its path and the values either side (listing data, never people's). */
export interface ListingChange {
  /** `name`, `schedules[0].byday`, `categories`. */
  readonly field: string;
  /** Absent when the field was not there before. */
  readonly from?: string;
  /** Absent when the field is gone. */
  readonly to?: string;
}

/** The audit entry's limits: at most this many changes, each value at most this long. */
const maxChanges = 100;
const maxValueLength = 300;

/**
 * Every field that differs between two versions of a listing, as paths down to plain values:
 * `organization.name`, `schedules[1].closes_at`; a list of plain values (categories, languages)
 * is one field; a location, schedule or cost option added or removed is one field with its JSON.
 * Values are text cut to 300 characters; at most 100 changes, in the listing's field order.
 */
export function listingChanges(before: Activity, after: Activity): ListingChange[] {
  const changes: ListingChange[] = [];
  diff([], before, after, changes);
  return changes.slice(0, maxChanges);
}

function diff(path: readonly (string | number)[], from: unknown, to: unknown, changes: ListingChange[]): void {
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  if (isRecord(from) && isRecord(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) diff([...path, key], from[key], to[key], changes);
    return;
  }
  if (Array.isArray(from) && Array.isArray(to) && ![...from, ...to].every(isPlain)) {
    for (let index = 0; index < Math.max(from.length, to.length); index += 1) diff([...path, index], from[index], to[index], changes);
    return;
  }
  changes.push({ field: formatPath(path), ...valueOf('from', from), ...valueOf('to', to) });
}

function valueOf(side: 'from' | 'to', value: unknown): { from?: string; to?: string } {
  if (value === undefined) return {};
  const text = Array.isArray(value) && value.every(isPlain) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return { [side]: text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text };
}

function isPlain(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
