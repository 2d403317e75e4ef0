import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { parseStoredJson } from './storage-record';

/** A record as a store keeps it: the string written, and the record as checked (what was saved). */
export interface EncodedRecord<T> {
  readonly raw: string;
  /** The parsed record: a fresh object, holding only what the schema knows. */
  readonly value: T;
}

/**
 * How a record store turns one kind of record into the string it keeps, and back. Encoding checks
 * the record's shape, so nothing malformed is saved; decoding checks it again, so nothing of an
 * unknown version or shape reaches a feature.
 */
export interface RecordCodec<T> {
  /**
   * Checks a record and serializes it for storage; the parsed record comes with it, so a store
   * answers what it saved without reading its own string back.
   * @throws AppError STORE_RECORD_INVALID when the record does not fit its schema.
   */
  encode(record: T): EncodedRecord<T>;
  /**
   * Parses a stored record into a fresh object.
   * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
   */
  decode(raw: string): T;
  /** For error messages, e.g. 'person record'. Never personal. */
  readonly name: string;
}

/**
 * How a record sits at rest:
 * - `{ field }`: beside its version, `{ v: 1, <field>: record }` (most records);
 * - `'flat'`: its fields beside the version, `{ v: 1, ...record }` (SMS opt-outs);
 * - `'unversioned'`: the record alone (audit entries, written so before records were versioned;
 *   versioning them now would need a migration of the entries already kept).
 */
export type AtRest = { readonly field: string } | 'flat' | 'unversioned';

/** What {@link versionedRecordCodec} needs to know of one kind of record. */
export interface RecordCodecOptions<T> {
  /** For error messages, e.g. 'person record'. Never personal. */
  readonly name: string;
  /** The article for `name` ('an SMS opt-out record'). */
  readonly article: 'a' | 'an';
  /** The record's schema; strict objects, so a field this release does not know fails loudly. */
  readonly schema: z.ZodType<T>;
  readonly atRest: AtRest;
  /**
   * Name where a record failed (field paths such as `goals.0.ratings.2.score`) in the error. Only
   * for schemas of strict objects and arrays, whose paths are field names and indexes: zod's
   * messages may quote values, which are personal, so nothing else of the failure is ever shown.
   */
  readonly namePaths?: boolean;
}

/** The version beside a flat record's fields (the record's own strict schema refuses anything extra). */
const flatEnvelope = z.looseObject({ v: z.literal(1) });

/**
 * The one codec of versioned records: checks with `schema` both ways, serializes as `atRest` says.
 * A record schema file declares its zod schema(s) and calls this.
 */
export function versionedRecordCodec<T extends object>(options: RecordCodecOptions<T>): RecordCodec<T> {
  const { name, article, schema, atRest, namePaths = false } = options;
  // Strict, so nothing rides along beside the record.
  const wrapped = typeof atRest === 'object' ? { field: atRest.field, envelope: z.strictObject({ v: z.literal(1), [atRest.field]: z.unknown() }) } : undefined;
  const where = (error: z.ZodError) => (namePaths ? ` (at ${wherePaths(error)})` : '');

  function encode(record: T): EncodedRecord<T> {
    const parsed = schema.safeParse(record);
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', `refusing to store ${article} ${name} of an unknown shape${where(parsed.error)}`);
    const value = parsed.data;
    const stored = typeof atRest === 'object' ? { v: 1, [atRest.field]: value } : atRest === 'flat' ? { v: 1, ...value } : value;
    return { raw: JSON.stringify(stored), value };
  }

  /** The record inside what was read, or the envelope's failure. */
  function unwrap(json: unknown): { success: true; data: unknown } | { success: false; error: z.ZodError } {
    if (atRest === 'unversioned') return { success: true, data: json };
    if (wrapped !== undefined) {
      const envelope = wrapped.envelope.safeParse(json);
      return envelope.success ? { success: true, data: envelope.data[wrapped.field] } : envelope;
    }
    const envelope = flatEnvelope.safeParse(json);
    if (!envelope.success) return envelope;
    return { success: true, data: Object.fromEntries(Object.entries(envelope.data).filter(([key]) => key !== 'v')) };
  }

  function decode(raw: string): T {
    const inside = unwrap(parseStoredJson(raw, name));
    const parsed = inside.success ? schema.safeParse(inside.data) : inside;
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', `stored ${name} has an unknown version or shape${where(parsed.error)}`);
    return parsed.data;
  }

  return { name, encode, decode };
}

/**
 * Where a record failed to fit, as field paths (`goals.0.ratings.2.score`). Safe to put in an
 * error only with strict objects: every path segment is then a schema field name or an array index.
 */
function wherePaths(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(record)'))];
  return paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
}
