import type { CallbackRequest, CallbackStatus } from '../../domain/callbacks/callback-request';
import type { ErasedCallback } from '../../domain/callbacks/erased-callback';
import type { SiteId } from '../../domain/sites';

/**
 * People's callback requests to their Living Well team, shared by every instance. A person has
 * at most one open request (requested, claimed or contacted) at a time. Requests hold a name and
 * phone number: they are erased with the person ({@link CallbackStore.eraseFor}).
 */
export interface CallbackStore {
  /**
   * Saves a new request unless the person already has an open one (requested/claimed/contacted):
   * then it answers that one. Atomic across instances.
   * @throws AppError CONFLICT when the request's id or reference code is taken already (draw another code and retry).
   * @throws AppError STORE_RECORD_INVALID when the request does not fit the schema.
   */
  create(request: CallbackRequest): Promise<{ created: true } | { created: false; existing: CallbackRequest }>;
  /** The request with this id, if there is one. */
  get(id: string): Promise<CallbackRequest | undefined>;
  /** The person's most recent request (open or not), if any. */
  latestFor(personKey: string): Promise<CallbackRequest | undefined>;
  /** Every request of the person, newest first (for "export my data"). */
  listFor(personKey: string): Promise<CallbackRequest[]>;
  /** The site's requests, newest first (by `requestedAt`), optionally only those with `status`. */
  listBySite(siteId: SiteId, status?: CallbackStatus): Promise<CallbackRequest[]>;
  /**
   * Compare-and-set change of one request; `change` returns the new request or undefined to leave
   * it. `change` must be pure: it runs again with the fresh request when another writer got there
   * first. Resolves the request as written, or undefined when nothing was written (no such
   * request, or `change` left it). Clears the person's open request when the new one is closed or
   * cancelled.
   * @throws AppError STORE_RECORD_INVALID when the result does not fit the schema, or changes the
   *   request's id, person, site, reference or `requestedAt`.
   * @throws AppError CONFLICT when the result would reopen a closed or cancelled request.
   * @throws AppError STORE_CONFLICT after repeated conflicts.
   */
  update(id: string, change: (current: CallbackRequest) => CallbackRequest | undefined): Promise<CallbackRequest | undefined>;
  /**
   * Erases the person's requests at `at` (UTC ISO), keeping of each only what the team's list
   * shows of it afterwards ({@link ErasedCallback}: reference, site, status and times; an open
   * request becomes cancelled). Resolves what was kept, one per erased request, newest first.
   * @throws AppError STORE_RECORD_INVALID when a request cannot be read (then nothing is erased).
   */
  eraseFor(personKey: string, at: string): Promise<ErasedCallback[]>;
  /** What is kept of a site's erased requests, oldest erasure first (for the team's list and reports). */
  erasedBySite(siteId: SiteId): Promise<ErasedCallback[]>;
}
