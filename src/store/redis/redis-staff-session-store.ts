import type { StaffSession } from '../../domain/admin/staff-session';
import { checkedTokenHash } from '../activity-record-schema';
import type { StaffSessionStore } from '../ports';
import { staffSessionCodec } from '../staff-session-schema';
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
