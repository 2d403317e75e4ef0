import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { WebChatConversation } from './ports';
import { versionedRecordCodec } from './record-codec';

/**
 * Web chat conversations at rest (`{ v: 1, conversation }`). Strict: a field this release does not
 * know means a newer writer, which must not be silently dropped. The zod issues quote the
 * offending values (ids): they stay out of the errors.
 */
export const conversationCodec = versionedRecordCodec<WebChatConversation>({
  name: 'web chat conversation',
  article: 'a',
  schema: z.strictObject({
    conversationId: z.string().min(1),
    userId: z.string().min(1),
    createdAt: z.iso.datetime(),
    retentionSeconds: z.number().int().positive().exactOptional(),
  }),
  atRest: { field: 'conversation' },
});

/** An activity is the channel's JSON document: its shape is the Bot Framework's, not ours, so only "an object" is checked. */
const activitySchema = z.record(z.string(), z.unknown());

/**
 * Activities at rest (`{ v: 1, activity }`, the id `<conversationId>|<seq>` already set). Only
 * read with it: an activity is written through {@link encodeActivityTemplate}, as its sequence
 * number is assigned where it is stored.
 */
const storedActivityCodec = versionedRecordCodec<Record<string, unknown>>({
  name: 'activity',
  article: 'an',
  schema: activitySchema,
  atRest: { field: 'activity' },
});

/**
 * A stored activity split around its sequence number: `head + seq + tail` is the stored JSON.
 * The sequence number is only known where it is assigned (inside Redis, atomically), so the rest
 * of the document is encoded beforehand.
 */
export interface ActivityTemplate {
  readonly head: string;
  readonly tail: string;
}

/** The Direct Line activity id for the `seq`-th activity of a conversation. */
export function activityId(conversationId: string, seq: number): string {
  return `${idPrefixOf(conversationId)}${seq}`;
}

/** The sequence number in an id made by {@link activityId}, or undefined when it is not one of this conversation's. */
export function seqOfActivityId(conversationId: string, id: unknown): number | undefined {
  const prefix = idPrefixOf(conversationId);
  if (typeof id !== 'string' || !id.startsWith(prefix)) return undefined;
  const digits = id.slice(prefix.length);
  return /^[1-9]\d*$/.test(digits) ? Number(digits) : undefined;
}

/**
 * Encodes an activity for storage with its id left open for the sequence number, so the id is
 * always the last field (`…,"id":"<conversationId>|` + seq + `"}}`). Any id it came with is dropped.
 * @throws AppError STORE_RECORD_INVALID when the activity is not a JSON object.
 */
export function encodeActivityTemplate(conversationId: string, activity: Record<string, unknown>): ActivityTemplate {
  // A JSON round trip first: what is stored is plain data (no toJSON, functions or prototypes), as a reader will see it.
  const parsed = activitySchema.safeParse(jsonCopy(activity));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an activity that is not a JSON object');
  const fields = parsed.data;
  // Deleted rather than overwritten: an overwritten key keeps its place, and the id must come last.
  delete fields['id'];
  const body = JSON.stringify({ v: 1, activity: { ...fields, id: idPrefixOf(conversationId) } });
  const tail = '"}}';
  // Non-index keys keep insertion order and index keys ("0", "1"…) come first, so `id` is last; checked anyway.
  if (!body.endsWith(`|${tail}`)) throw new AppError('STORE_RECORD_INVALID', 'activity did not encode as expected');
  return { head: body.slice(0, -tail.length), tail };
}

/** The stored JSON of the activity numbered `seq`. */
export function fillActivityTemplate(template: ActivityTemplate, seq: number): string {
  return `${template.head}${seq}${template.tail}`;
}

/**
 * Parses a stored activity into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
export function decodeActivity(raw: string): Record<string, unknown> {
  return storedActivityCodec.decode(raw);
}

/** Error for an append to a conversation that does not exist; no id in the message, as it is personal. */
export function conversationNotFound(): AppError {
  return new AppError('NOT_FOUND', 'web chat conversation does not exist (expired or erased)');
}

/** Error for creating a conversation whose id is already bound to another user. */
export function conversationTaken(): AppError {
  return new AppError('STORE_CONFLICT', 'web chat conversation id is already bound to another user');
}

/** A watermark as an offset: anything but a finite positive number counts as "from the start". */
export function normalWatermark(watermark: number): number {
  return Number.isFinite(watermark) && watermark > 0 ? Math.floor(watermark) : 0;
}

/** A page size: anything but a positive number means an empty page. */
export function normalLimit(limit: number): number {
  if (Number.isNaN(limit) || limit <= 0) return 0;
  return limit === Infinity ? Number.MAX_SAFE_INTEGER : Math.floor(limit);
}

function idPrefixOf(conversationId: string): string {
  return `${conversationId}|`;
}

function jsonCopy(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    // Not chained: the error may quote the content (a BigInt value, a cycle's path).
    throw new AppError('STORE_RECORD_INVALID', 'refusing to store an activity that is not JSON');
  }
}
