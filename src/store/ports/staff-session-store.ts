import type { PendingStaffLogin } from '../../domain/admin/pending-staff-login';
import type { StaffSession } from '../../domain/admin/staff-session';

/**
 * Staff app sessions (browser sign-in), shared by every instance, each keyed by the SHA-256 (hex)
 * of its id and expiring by itself. The timeouts are decided by the caller (`src/admin/staff-sessions.ts`);
 * the store only keeps each session for as long as it is told.
 */
export interface StaffSessionStore {
  /**
   * Keeps (or replaces) the session for `ttlMs`.
   * @throws AppError STORE_RECORD_INVALID when it does not fit the schema; BAD_REQUEST for a key that is no SHA-256 in hex.
   */
  put(idHash: string, session: StaffSession, ttlMs: number): Promise<void>;
  /** The session, unless it was never kept, was deleted or has expired. */
  get(idHash: string): Promise<StaffSession | undefined>;
  /** Forgets the session (sign-out); nothing happens for an unknown one. */
  delete(idHash: string): Promise<void>;
}

/** Browser sign-ins under way, keyed by the SHA-256 (hex) of their OpenID Connect `state`; each taken at most once. */
export interface StaffLoginStore {
  /**
   * Keeps the sign-in for `ttlMs`.
   * @throws AppError STORE_RECORD_INVALID when it does not fit the schema; BAD_REQUEST for a key that is no SHA-256 in hex.
   */
  put(stateHash: string, login: PendingStaffLogin, ttlMs: number): Promise<void>;
  /** Takes the sign-in: the first call for a live one gets it, every later one (on any instance) gets undefined. */
  take(stateHash: string): Promise<PendingStaffLogin | undefined>;
}
