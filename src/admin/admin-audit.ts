import { randomUUID } from 'node:crypto';
import type { AdminActor } from '../domain/admin/admin-actor';
import type { AdminAuditEntry } from '../domain/admin/admin-audit-entry';
import { type Clock, isoNow } from '../domain/clock';
import type { AdminAuditLog } from '../store/ports';

/** One admin change (or opening of a callback's details) as a handler reports it; the recorder adds id and time. */
export type AdminChange = Omit<AdminAuditEntry, 'id' | 'at'>;

/**
 * The one way admin handlers write the audit trail: every change, whoever made it (the actor from
 * `actorOf(req)` in the HTTP layer). A failure to record fails the request (answered 503 like any
 * store failure), so no change goes unrecorded; record after the change is saved.
 */
export interface AdminAuditRecorder {
  record(change: AdminChange): Promise<void>;
}

/** The recorder over the store's trail and the service clock. */
export function createAdminAuditRecorder(deps: { readonly log: AdminAuditLog; readonly clock: Clock }): AdminAuditRecorder {
  return {
    record: (change) => deps.log.append({ ...change, id: randomUUID(), at: isoNow(deps.clock) }),
  };
}

/** Who made a change, as handlers are told it: re-exported for the API classes' signatures. */
export type { AdminActor };
