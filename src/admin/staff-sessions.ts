import { createHash, randomBytes } from 'node:crypto';
import type { StaffSession } from '../domain/admin/staff-session';
import { type Clock, isoNow } from '../domain/clock';
import type { StaffSessionStore } from '../store/ports';

/** How long a staff session lasts: unused (idle), and at most from sign-in (absolute). */
export interface StaffSessionTimeouts {
  readonly idleMs: number;
  readonly maxMs: number;
}

/** Who signs in: Entra tenant and object id, and the name from their ID token (staff data, never logged). */
export interface StaffIdentity {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
}

/** A session id as the `lwc_staff` cookie carries it: 32 random bytes in base64url. */
const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes in base64url: session ids and CSRF tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** How a session is found: the SHA-256 (hex) of its id, so the store never holds a usable id. */
function keyOf(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/**
 * Browser sessions of the staff app: started at sign-in, resumed (and their idle time restarted) on
 * each request, ended at sign-out or by either timeout. The store forgets each one by itself when
 * it would time out; times are checked here too against the service clock.
 */
export class StaffSessions {
  constructor(private readonly deps: { readonly store: StaffSessionStore; readonly clock: Clock; readonly timeouts: StaffSessionTimeouts }) {}

  /** Starts a session: the id (for the cookie, never stored) and the CSRF token its changes must carry. */
  async start(identity: StaffIdentity): Promise<{ readonly sessionId: string; readonly session: StaffSession }> {
    const sessionId = randomSecret();
    const now = isoNow(this.deps.clock);
    const session: StaffSession = {
      tenantId: identity.tenantId,
      aadObjectId: identity.aadObjectId,
      ...(identity.name === undefined ? {} : { name: identity.name }),
      csrfToken: randomSecret(),
      createdAt: now,
      lastSeenAt: now,
    };
    await this.deps.store.put(keyOf(sessionId), session, Math.min(this.deps.timeouts.idleMs, this.deps.timeouts.maxMs));
    return { sessionId, session };
  }

  /**
   * The live session with this id, its idle time restarted; undefined for a malformed, unknown,
   * ended or timed-out one (a timed-out one is deleted).
   */
  async resume(sessionId: string): Promise<StaffSession | undefined> {
    if (!sessionIdPattern.test(sessionId)) return undefined;
    const key = keyOf(sessionId);
    const session = await this.deps.store.get(key);
    if (session === undefined) return undefined;
    const now = this.deps.clock.now();
    const idleEnds = Date.parse(session.lastSeenAt) + this.deps.timeouts.idleMs;
    const absoluteEnds = Date.parse(session.createdAt) + this.deps.timeouts.maxMs;
    if (now >= idleEnds || now >= absoluteEnds) {
      await this.deps.store.delete(key);
      return undefined;
    }
    const touched: StaffSession = { ...session, lastSeenAt: new Date(now).toISOString() };
    await this.deps.store.put(key, touched, Math.min(this.deps.timeouts.idleMs, absoluteEnds - now));
    return touched;
  }

  /** Ends the session (sign-out); nothing happens for an unknown or malformed id. */
  async end(sessionId: string): Promise<void> {
    if (sessionIdPattern.test(sessionId)) await this.deps.store.delete(keyOf(sessionId));
  }
}
