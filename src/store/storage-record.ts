import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../domain/app-error';

/**
 * What a botbuilder Storage item looks like at rest. Versioned so that a future change of shape
 * fails loudly (or is migrated here) instead of handing a dialog something it does not expect.
 */
export const storedItemSchema = z.object({
  v: z.literal(1),
  item: z.record(z.string(), z.unknown()),
});

export type StoredItem = z.infer<typeof storedItemSchema>;

/** How long conversation state is kept after its last change unless configured: 7 days, as web chat history. */
export const defaultConversationStateTtlSeconds = 604_800;

/** The "overwrite whatever is there" eTag, and what an absent eTag means too. */
export const wildcardETag = '*';

/** A fresh, unguessable eTag for a new version of a record. */
export function newETag(): string {
  return randomUUID();
}

/** True when `eTag` asks for an unconditional write. */
export function isUnconditional(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === wildcardETag;
}

/**
 * Serializes an item for storage, without its eTag (kept beside it).
 * @throws AppError BAD_REQUEST when the item is not a plain object (botbuilder only writes objects).
 */
export function encodeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new AppError('BAD_REQUEST', 'storage items must be objects');
  }
  const rest = Object.fromEntries(Object.entries(item).filter(([name]) => name !== 'eTag'));
  const record: StoredItem = { v: 1, item: rest };
  return JSON.stringify(record);
}

/** Parses a stored item and puts its eTag back. */
export function decodeItem(key: string, raw: string, eTag: string): Record<string, unknown> {
  const json = parseStoredJson(raw, `item (key hash ${keyHint(key)})`);
  const parsed = storedItemSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('STORE_RECORD_INVALID', `stored item has an unknown shape (key hash ${keyHint(key)})`);
  }
  return { ...parsed.data.item, eTag };
}

/** The eTag a caller sent with an item, if it is a string. */
export function eTagOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('eTag' in item)) return undefined;
  const value = item.eTag;
  return typeof value === 'string' ? value : undefined;
}

export function storeConflict(key: string): AppError {
  return new AppError('STORE_CONFLICT', `eTag conflict writing an item (key hash ${keyHint(key)})`);
}

/** Keys hold channel user ids; logs and errors get a short hash instead. */
function keyHint(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(16);
}

/**
 * Parses JSON read back from a store.
 * @throws AppError STORE_RECORD_INVALID when it is not JSON.
 */
export function parseStoredJson(raw: string, what: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // Not chained: a SyntaxError's message quotes the text around the fault, which may be personal.
    throw new AppError('STORE_RECORD_INVALID', `stored ${what} is not JSON`);
  }
}
