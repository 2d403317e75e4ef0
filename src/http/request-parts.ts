import type { Request } from 'restify';
import type { z } from 'zod';
import { AppError } from '../domain/app-error';
import { fieldProblemsOf } from '../domain/field-problems';

/**
 * One helper per part of a request: path parameters, query, JSON body, form body, bearer token.
 * Each parses its part with a zod schema and hands back the typed value; a part that does not fit
 * is the one BAD_REQUEST error, naming each field that is wrong (`schedules[0].byday`, `page`).
 * Routes call them before their handler, so handlers only ever see typed values.
 */

/** A request part's schema, and what the 400 says when the part does not fit it (its fields say where). */
export interface RequestPart<T> {
  readonly schema: z.ZodType<T>;
  readonly hint: string;
}

/** The path's parameters (`:siteId`, `:id`), as restify decoded them. */
export function pathParams<T>(req: Request, part: RequestPart<T>): T {
  return parsed(part, req.params ?? {}, 'path');
}

/**
 * The query string as name → value pairs (the last value wins). restify's queryParser plugin is
 * not mounted, so `req.query` is not an object here.
 */
export function queryParams<T>(req: Request, part: RequestPart<T>): T {
  return parsed(part, Object.fromEntries(new URLSearchParams(req.getQuery())), 'query');
}

/**
 * A JSON body read raw by restify's bodyReader.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE unless the body is JSON; BAD_REQUEST when it is empty,
 *   does not parse, or does not fit the schema.
 */
export function jsonBody<T>(req: Request, part: RequestPart<T>): T {
  if (!req.is('json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = rawBody(req);
  if (text.trim() === '') throw new AppError('BAD_REQUEST', 'The request body is empty; send a JSON object.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return parsed(part, json, 'body');
}

/**
 * A form-encoded body (`application/x-www-form-urlencoded`), each field once.
 * @throws AppError UNSUPPORTED_MEDIA_TYPE for other content types; BAD_REQUEST when a field is
 *   repeated or the fields do not fit the schema.
 */
export function formBody<T>(req: Request, part: RequestPart<T>): T {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.header('content-type') ?? '')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body form-encoded (application/x-www-form-urlencoded).');
  }
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(rawBody(req))) {
    if (fields.has(name)) throw new AppError('BAD_REQUEST', `The field ${name.slice(0, 40)} is repeated.`);
    fields.set(name, value);
  }
  return parsed(part, Object.fromEntries(fields), 'body');
}

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none or the header is garbled. */
export function bearerToken(req: Request): string | undefined {
  return bearerTokenOf(req.header('authorization'));
}

/** {@link bearerToken} of a header value (the WebSocket upgrade has no restify request). */
export function bearerTokenOf(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
}

/** One cookie's value from the `Cookie` header; undefined when it is absent or empty. */
export function cookieValue(req: Request, name: string): string | undefined {
  for (const pair of (req.header('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** The body as restify's bodyReader left it, as text ('' when there is none). */
export function rawBody(req: Request): string {
  const raw: unknown = req.body;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
}

function parsed<T>(part: RequestPart<T>, value: unknown, whole: string): T {
  const result = part.schema.safeParse(value);
  if (!result.success) throw new AppError('BAD_REQUEST', part.hint, { fields: fieldProblemsOf(result.error, whole) });
  return result.data;
}
