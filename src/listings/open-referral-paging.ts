import { z } from 'zod';
import { AppError, type FieldProblem } from '../domain/app-error';

/**
 * Paging as the HSDS 3.0 API defines it, shared by the feed's list endpoints (`/services`,
 * `/taxonomies`, `/taxonomy_terms`): the `page` / `per_page` / `format` query parameters and the
 * page envelope.
 */

/**
 * The HSDS 3.0 API page envelope (`components.schemas.Page` of the HSDS OpenAPI file) with its
 * `contents`. As the specification defines them: `size` is the number of entities in this page
 * (`contents.length`, not the `per_page` asked for), `empty` says this page has no entities.
 */
export interface HsdsPage<T> {
  /** Every entity the query matches, over all pages. */
  readonly total_items: number;
  /** `ceil(total_items / per_page)`; 0 when nothing matches. */
  readonly total_pages: number;
  /** The page asked for, from 1 (also when it is past the last page). */
  readonly page_number: number;
  /** How many entities this page holds. */
  readonly size: number;
  readonly first_page: boolean;
  /** True on the last page, and on any page past it. */
  readonly last_page: boolean;
  /** True when this page holds no entities (nothing matches, or the page is past the last). */
  readonly empty: boolean;
  readonly contents: readonly T[];
}

/** `per_page` when the query does not say. */
export const defaultPerPage = 25;
/** The largest `per_page` allowed. */
export const maxPerPage = 100;

/** A whole number written in digits, within [min, max]. */
export function wholeNumber(min: number, max: number): z.ZodType<number, string> {
  const message = max >= Number.MAX_SAFE_INTEGER ? `a whole number, ${min} or more` : `a whole number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

/** The paging parameters every list endpoint takes, as fields of its query schema. */
export const pagingQueryFields = {
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  per_page: wholeNumber(1, maxPerPage).optional(),
  format: z.enum(['json'], { error: 'only json (this feed has no ndjson stream)' }).optional(),
};

/**
 * One page of `items` (pages of `perPage`, numbered from 1) in the HSDS page envelope, each item
 * mapped with `map`. A page past the last is empty (and `last_page`).
 */
export function pageOf<T, U>(items: readonly T[], page: number, perPage: number, map: (item: T) => U): HsdsPage<U> {
  const totalPages = Math.ceil(items.length / perPage);
  const start = (page - 1) * perPage;
  const contents = items.slice(start, start + perPage).map(map);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The feed's answer to a query or path with problems: BAD_REQUEST naming each field. */
export function feedBadRequest(message: string, fields: readonly FieldProblem[]): AppError {
  return new AppError('BAD_REQUEST', message, { fields });
}
