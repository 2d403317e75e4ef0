import type { PendingStaffLogin } from '../../domain/admin/pending-staff-login';
import type { StaffSession } from '../../domain/admin/staff-session';
import { checkedTokenHash } from '../activity-record-schema';
import type { StaffLoginStore, StaffSessionStore } from '../ports';
import { pendingStaffLoginCodec, staffSessionCodec } from '../staff-session-schema';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** `staff-session:<sha-256 of the session id>`: `{ v: 1, session }`, expiring with the session. */
const sessionKey = (idHash: string) => `staff-session:${checkedTokenHash(idHash)}`;

/** Staff sessions on Redis: one key each, written with its expiry (SET PX), so nothing outlives its timeout. */
export class RedisStaffSessionStore implements StaffSessionStore {
  constructor(private readonly redis: RedisCommands) {}

  async put(idHash: string, session: StaffSession, ttlMs: number): Promise<void> {
    const { raw } = staffSessionCodec.encode(session);
    await redisCall('keeping a staff session', this.redis.set(sessionKey(idHash), raw, 'PX', Math.max(1, Math.ceil(ttlMs))));
  }

  async get(idHash: string): Promise<StaffSession | undefined> {
    const raw = await redisCall('reading a staff session', this.redis.get(sessionKey(idHash)));
    return raw === null ? undefined : staffSessionCodec.decode(raw);
  }

  async delete(idHash: string): Promise<void> {
    await redisCall('ending a staff session', this.redis.del(sessionKey(idHash)));
  }
}

/** `staff-login:<sha-256 of the state>`: `{ v: 1, login }`, expiring unless the callback takes it first. */
const loginKey = (stateHash: string) => `staff-login:${checkedTokenHash(stateHash)}`;

/** Sign-ins under way on Redis: SET PX, taken with GETDEL (once, on any instance). */
export class RedisStaffLoginStore implements StaffLoginStore {
  constructor(private readonly redis: RedisCommands) {}

  async put(stateHash: string, login: PendingStaffLogin, ttlMs: number): Promise<void> {
    const { raw } = pendingStaffLoginCodec.encode(login);
    await redisCall('keeping a staff sign-in', this.redis.set(loginKey(stateHash), raw, 'PX', Math.max(1, Math.ceil(ttlMs))));
  }

  async take(stateHash: string): Promise<PendingStaffLogin | undefined> {
    const raw = await redisCall('taking a staff sign-in', this.redis.getdel(loginKey(stateHash)));
    return raw === null ? undefined : pendingStaffLoginCodec.decode(raw);
  }
}
