import { z } from 'zod';
import { siteIds } from '../sites';
import { isOpen, type CallbackRequest } from './callback-request';
import { isCanonicalReferenceCode } from './reference-code';

const instant = z.iso.datetime();

/**
 * What a team's list keeps of a callback request once the person has deleted their data (or
 * withdrawn their consent): its reference code and times, so the team sees what became of it and
 * the waiting-time reports keep their figures. Never the name, number, best times, what it was
 * about, who the person is or the notes of the team (strict: nothing else can ride along).
 *
 * A request still open when the data is erased is cancelled by the person: the team must not call.
 * A finished one keeps its status.
 */
export const erasedCallbackSchema = z.strictObject({
  id: z.uuid(),
  reference: z.string().refine(isCanonicalReferenceCode, 'a reference code like CB-7K3P-Q9X'),
  siteId: z.enum(siteIds),
  status: z.enum(['closed', 'cancelled']),
  requestedAt: instant,
  claimedAt: instant.optional(),
  contactedAt: instant.optional(),
  closedAt: instant.optional(),
  cancelledAt: instant.optional(),
  /** When the person's data was erased. */
  erasedAt: instant,
  /** True when the erasure itself cancelled the request (it was still open then). */
  cancelledByErasure: z.boolean(),
});
export type ErasedCallback = z.infer<typeof erasedCallbackSchema>;

/**
 * The request as the team's list keeps it after the person's data is erased at `at` (UTC ISO): an
 * open request (requested, claimed or contacted) becomes cancelled at `at`; a closed or cancelled
 * one keeps its status and times. Only ids, the reference, the site and times are kept.
 */
export function erasedCallbackOf(request: CallbackRequest, at: string): ErasedCallback {
  const open = isOpen(request);
  const times = {
    ...(request.claimedAt === undefined ? {} : { claimedAt: request.claimedAt }),
    ...(request.contactedAt === undefined ? {} : { contactedAt: request.contactedAt }),
    ...(request.closedAt === undefined ? {} : { closedAt: request.closedAt }),
  };
  const cancelledAt = open ? at : request.cancelledAt;
  return {
    id: request.id,
    reference: request.reference,
    siteId: request.siteId,
    status: open || request.status === 'cancelled' ? 'cancelled' : 'closed',
    requestedAt: request.requestedAt,
    ...times,
    ...(cancelledAt === undefined ? {} : { cancelledAt }),
    erasedAt: at,
    cancelledByErasure: open,
  };
}
