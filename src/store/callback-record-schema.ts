import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { callbackRequestSchema, isOpen, type CallbackRequest } from '../domain/callbacks/callback-request';
import { erasedCallbackSchema, type ErasedCallback } from '../domain/callbacks/erased-callback';
import { isCanonicalReferenceCode } from '../domain/callbacks/reference-code';
import { siteIds } from '../domain/sites';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

/**
 * Callback requests, what is kept of erased ones, and outbox events at rest. Every shape is
 * versioned and strict, so old or foreign data fails loudly (STORE_RECORD_INVALID) rather than
 * reaching a feature, and the non-identifying records cannot carry anything extra.
 */

/** A callback request at rest. */
export const storedCallbackRequestSchema = z.strictObject({
  v: z.literal(1),
  request: callbackRequestSchema,
});

/**
 * Serializes a request for storage, checking it first. The zod issues quote the offending values
 * (names, numbers), so they stay out of the error.
 * @throws AppError STORE_RECORD_INVALID when the request does not fit the schema.
 */
function encodeCallbackRequest(request: CallbackRequest): string {
  const parsed = callbackRequestSchema.safeParse(request);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store a callback request of an unknown shape');
  return JSON.stringify({ v: 1, request: parsed.data });
}

/**
 * Parses a stored request into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodeCallbackRequest(raw: string): CallbackRequest {
  const parsed = storedCallbackRequestSchema.safeParse(parseStoredJson(raw, 'callback request'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored callback request has an unknown version or shape');
  return parsed.data.request;
}

/** Callback requests at rest (`{ v: 1, request }`). */
export const callbackRecordCodec: RecordCodec<CallbackRequest> = {
  name: 'callback request',
  encode: encodeCallbackRequest,
  decode: decodeCallbackRequest,
};

/**
 * Checks that `next` is a change of `current` a store can make in place: the fields its indexes
 * are keyed by stay the same, and a finished request stays finished (the person's one open request
 * is tracked by the store; reopening would let them have two).
 * @throws AppError STORE_RECORD_INVALID or CONFLICT as {@link CallbackStore.update} says.
 */
export function checkCallbackChange(current: CallbackRequest, next: CallbackRequest): void {
  const fixed = ['id', 'personKey', 'siteId', 'reference', 'requestedAt'] as const;
  if (fixed.some((field) => current[field] !== next[field])) {
    throw new AppError('STORE_RECORD_INVALID', 'a callback update cannot change its id, person, site, reference or requestedAt');
  }
  if (!isOpen(current) && isOpen(next)) throw new AppError('CONFLICT', 'a closed or cancelled callback request cannot be reopened');
}

/** What is kept of an erased request at rest (the site is in its key too). */
export const storedErasedCallbackSchema = z.strictObject({
  v: z.literal(1),
  erased: erasedCallbackSchema,
});

/** Erased requests at rest (`{ v: 1, erased }`): checked both ways, so nothing personal can be written or read back. */
export const erasedCallbackCodec: RecordCodec<ErasedCallback> = {
  name: 'erased callback request',
  encode: (erased) => {
    const parsed = erasedCallbackSchema.safeParse(erased);
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an erased callback request of an unknown shape');
    return JSON.stringify({ v: 1, erased: parsed.data });
  },
  decode: (raw) => {
    const parsed = storedErasedCallbackSchema.safeParse(parseStoredJson(raw, 'erased callback request'));
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored erased callback request has an unknown version or shape');
    return parsed.data.erased;
  },
};

const instant = z.iso.datetime();

/** An outbox event: ids and codes only (strict, so nothing personal can ride along). */
export const domainEventSchema = z.strictObject({
  type: z.enum(['callback.requested', 'callback.claimed', 'callback.contacted', 'callback.closed', 'callback.cancelled']),
  at: instant,
  siteId: z.enum(siteIds),
  callbackId: z.uuid(),
  reference: z.string().refine(isCanonicalReferenceCode, 'a reference code like CB-7K3P-Q9X'),
});

/** An outbox event at rest. */
export const storedDomainEventSchema = z.strictObject({ v: z.literal(1), event: domainEventSchema });

/**
 * Serializes an event, checking it first.
 * @throws AppError STORE_RECORD_INVALID when it does not fit the schema.
 */
export function encodeDomainEvent(event: DomainEvent): string {
  const parsed = domainEventSchema.safeParse(event);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an event of an unknown shape');
  return JSON.stringify({ v: 1, event: parsed.data });
}

/**
 * Parses a stored event.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
export function decodeDomainEvent(raw: string): DomainEvent {
  const parsed = storedDomainEventSchema.safeParse(parseStoredJson(raw, 'event'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored event has an unknown version or shape');
  return parsed.data.event;
}

/** A stream entry id, `<ms>` or `<ms>-<seq>`, as the outbox hands them out. */
const eventIdPattern = /^\d{1,20}(-\d{1,20})?$/;

/**
 * Checks an `afterId` given to {@link EventOutbox.read}.
 * @throws AppError BAD_REQUEST unless it is `<ms>` or `<ms>-<seq>`.
 */
export function checkedEventId(id: string): string {
  if (!eventIdPattern.test(id)) throw new AppError('BAD_REQUEST', 'an event id is <ms>-<seq>, or 0 for the start');
  return id;
}

/** A read limit as a whole number from 0 to 1,000. */
export function eventReadLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.min(1_000, Math.floor(limit))) : 0;
}
