import { StaffSessions, type StaffIdentity } from '../../src/admin/staff-sessions';
import type { Clock } from '../../src/domain/clock';
import { staffSessionCookie } from '../../src/http/admin-access';
import type { Stores } from '../../src/store/ports';
import { systemClock } from '../../src/runtime/system-clock';

/** A signed-in browser session made without the OpenID provider. */
export interface TestStaffSession {
  /** The session id: the `lwc_staff` cookie's value (for a browser context's `addCookies`). */
  readonly sessionId: string;
  /** `lwc_staff=<id>`, for a `Cookie` header. */
  readonly cookie: string;
  /** What `X-CSRF-Token` must carry on changes. */
  readonly csrfToken: string;
}

/** The session cookie's name, for browser tests' `addCookies`. */
export { staffSessionCookie };

/**
 * Signs a member of staff in as the OpenID Connect callback would, straight through the session
 * store (`stores.staffSessions`): for page and API tests that need a signed-in browser. The
 * service's own timeouts (STAFF_SESSION_*) decide when it ends; give the service's clock if it has one.
 */
export async function createStaffSession(stores: Pick<Stores, 'staffSessions'>, identity: StaffIdentity, options: { readonly clock?: Clock } = {}): Promise<TestStaffSession> {
  const sessions = new StaffSessions({ store: stores.staffSessions, clock: options.clock ?? systemClock, timeouts: { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 } });
  const { sessionId, session } = await sessions.start(identity);
  return { sessionId, cookie: `${staffSessionCookie}=${sessionId}`, csrfToken: session.csrfToken };
}
