import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { callbackRequestSchema, isOpen, type CallbackRequest } from '../domain/callbacks/callback-request';
import { erasedCallbackSchema, type ErasedCallback } from '../domain/callbacks/erased-callback';
import { isCanonicalReferenceCode } from '../domain/callbacks/reference-code';
import { siteIds } from '../domain/sites';
import { domainEventTypes, type DomainEvent } from '../domain/callbacks/domain-event';
import { versionedRecordCodec } from './record-codec';

/**
 * Callback requests, what is kept of erased ones, and outbox events at rest. Every shape is
 * versioned and strict, so old or foreign data fails loudly (STORE_RECORD_INVALID) rather than
 * reaching a feature, and the non-identifying records cannot carry anything extra.
 */

/**
 * Callback requests at rest (`{ v: 1, request }`). The zod issues quote the offending values
 * (names, numbers), so they stay out of the errors.
 */
export const callbackRecordCodec = versionedRecordCodec<CallbackRequest>({
  name: 'callback request',
  article: 'a',
  schema: callbackRequestSchema,
  atRest: { field: 'request' },
});

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

/** Erased requests at rest (`{ v: 1, erased }`): checked both ways, so nothing personal can be written or read back. */
export const erasedCallbackCodec = versionedRecordCodec<ErasedCallback>({
  name: 'erased callback request',
  article: 'an',
  schema: erasedCallbackSchema,
  atRest: { field: 'erased' },
});

/** Outbox events at rest (`{ v: 1, event }`): ids and codes only (strict, so nothing personal can ride along). */
export const domainEventCodec = versionedRecordCodec<DomainEvent>({
  name: 'event',
  article: 'an',
  schema: z.strictObject({
    type: z.enum(domainEventTypes),
    at: z.iso.datetime(),
    siteId: z.enum(siteIds),
    callbackId: z.uuid(),
    reference: z.string().refine(isCanonicalReferenceCode, 'a reference code like CB-7K3P-Q9X'),
  }),
  atRest: { field: 'event' },
});

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
