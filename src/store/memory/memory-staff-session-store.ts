import type { PendingStaffLogin } from '../../domain/admin/pending-staff-login';
import type { StaffSession } from '../../domain/admin/staff-session';
import { checkedTokenHash } from '../activity-record-schema';
import type { StaffLoginStore, StaffSessionStore } from '../ports';
import { pendingStaffLoginCodec, staffSessionCodec } from '../staff-session-schema';

/** Staff sessions in this process's memory, with the Redis store's contract (expiry included). */
export class MemoryStaffSessionStore implements StaffSessionStore {
  private readonly sessions = new Map<string, { readonly raw: string; readonly expiresAt: number }>();

  /** `now` gives the instants expiries are measured against (tests move it). */
  constructor(private readonly now: () => number = Date.now) {}

  async put(idHash: string, session: StaffSession, ttlMs: number): Promise<void> {
    const { raw } = staffSessionCodec.encode(session);
    // Expired ones go here too, so the map holds at most the live sessions and this one.
    for (const [key, kept] of this.sessions) if (kept.expiresAt <= this.now()) this.sessions.delete(key);
    this.sessions.set(checkedTokenHash(idHash), { raw, expiresAt: this.now() + ttlMs });
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const kept = this.sessions.get(checkedTokenHash(idHash));
    if (kept === undefined || kept.expiresAt <= this.now()) return undefined;
    return staffSessionCodec.decode(kept.raw);
  }

  async delete(idHash: string): Promise<void> {
    this.sessions.delete(checkedTokenHash(idHash));
  }
}

/** Sign-ins under way in this process's memory, with the Redis store's contract. */
export class MemoryStaffLoginStore implements StaffLoginStore {
  private readonly logins = new Map<string, { readonly raw: string; readonly expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async put(stateHash: string, login: PendingStaffLogin, ttlMs: number): Promise<void> {
    const { raw } = pendingStaffLoginCodec.encode(login);
    for (const [key, kept] of this.logins) if (kept.expiresAt <= this.now()) this.logins.delete(key);
    this.logins.set(checkedTokenHash(stateHash), { raw, expiresAt: this.now() + ttlMs });
  }

  async take(stateHash: string): Promise<PendingStaffLogin | undefined> {
    const key = checkedTokenHash(stateHash);
    const kept = this.logins.get(key);
    this.logins.delete(key);
    if (kept === undefined || kept.expiresAt <= this.now()) return undefined;
    return pendingStaffLoginCodec.decode(kept.raw);
  }
}
