import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { fieldProblemsOf } from '../domain/field-problems';

/**
 * What a job may carry: ids and codes, never names, numbers, message text or goal words. A value
 * is a short token without spaces (`salford`, a UUID, a reference code, an ISO instant), a number
 * or a yes/no, so words a person typed cannot fit.
 */
const idOrCode = z.union([z.string().regex(/^[A-Za-z0-9_.:+-]{1,64}$/, 'an id or code (no spaces, at most 64)'), z.number().finite(), z.boolean()]);

/** A job's data: a flat object of ids and codes under camelCase names. */
export const jobDataSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,31}$/), idOrCode);
export type JobData = z.output<typeof jobDataSchema>;

/**
 * A job id: deterministic, chosen by the caller, with at least one dot (`<what>.<for whom>…`).
 * BullMQ keeps a job under `<queue>:<id>` beside its own keys (`<queue>:marker`, `:meta`, …), which
 * have no dots, and reserves `:`.
 */
export const jobIdSchema = z.string().regex(/^(?=[^.]*\.)[A-Za-z0-9_.-]{3,128}$/, 'letters, digits, _ and -, with at least one dot (at most 128)');

/** A person reference: the 22 base64url characters `keyedReferences` makes, never the raw id. */
export const personReferenceSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a keyed person reference');

/** A job type's name, which is also its queue's name. */
export const jobNameSchema = z.string().regex(/^[a-z]+(\.[a-z]+)*$/);

/** What is stored with every job: a version, the person reference and the data. */
const jobEnvelopeSchema = z.strictObject({ v: z.literal(1), person: personReferenceSchema, data: jobDataSchema });
export type JobEnvelope = z.output<typeof jobEnvelopeSchema>;

/** Parses `value` with `schema`, or fails as a job record that does not fit (fields named, values never). */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('STORE_RECORD_INVALID', `${what} does not fit its schema`, { fields: fieldProblemsOf(result.error, what) });
  return result.data;
}

/**
 * The envelope to store for a job, after checking its id, person and data (the type's schema,
 * then ids and codes only).
 * @throws AppError STORE_RECORD_INVALID
 */
export function jobEnvelope<T extends JobData>(dataSchema: z.ZodType<T>, request: { id: string; person: string; data: T }): JobEnvelope {
  checked(jobIdSchema, request.id, 'job id');
  const data = checked(jobDataSchema, checked(dataSchema, request.data, 'job data'), 'job data');
  return { v: 1, person: checked(personReferenceSchema, request.person, 'person'), data };
}

/**
 * A stored envelope read back for its handler: the envelope, then the type's data schema.
 * @throws AppError STORE_RECORD_INVALID
 */
export function readJobEnvelope<T extends JobData>(dataSchema: z.ZodType<T>, stored: unknown): { person: string; data: T } {
  const envelope = checked(jobEnvelopeSchema, stored, 'job');
  return { person: envelope.person, data: checked(dataSchema, envelope.data, 'job data') };
}
