import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StaffSessions } from '../../src/admin/staff-sessions';
import { MemoryStaffSessionStore } from '../../src/store/memory/memory-staff-session-store';
import { TestClock } from '../support/test-clock';

const minute = 60_000;
const sam = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };

function sessionsAt(iso: string) {
  const clock = new TestClock(Date.parse(iso));
  const store = new MemoryStaffSessionStore(() => clock.now());
  return { clock, store, sessions: new StaffSessions({ store, clock, timeouts: { idleMs: 30 * minute, maxMs: 8 * 60 * minute } }) };
}

describe('staff sessions', () => {
  it('starts a session with a random id and CSRF token, and resumes it by id', async () => {
    const { sessions, clock } = sessionsAt('2026-12-07T09:00:00Z');
    const { sessionId, session } = await sessions.start(sam);
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).not.toBe(sessionId);
    clock.advance(5 * minute);
    expect(await sessions.resume(sessionId)).toStrictEqual({ ...session, lastSeenAt: '2026-12-07T09:05:00.000Z' });
    expect((await sessions.start(sam)).sessionId).not.toBe(sessionId);
  });

  it('ends a session left idle for the idle timeout, and restarts the idle time on each use', async () => {
    const { sessions, clock } = sessionsAt('2026-12-07T09:00:00Z');
    const { sessionId } = await sessions.start(sam);
    clock.advance(29 * minute);
    expect(await sessions.resume(sessionId)).toBeDefined();
    clock.advance(29 * minute);
    expect(await sessions.resume(sessionId)).toBeDefined();
    clock.advance(30 * minute);
    expect(await sessions.resume(sessionId)).toBeUndefined();
  });

  it('ends a session at the absolute timeout however busy it is', async () => {
    const { sessions, clock } = sessionsAt('2026-12-07T09:00:00Z');
    const { sessionId } = await sessions.start(sam);
    for (let step = 0; step < 23; step += 1) {
      clock.advance(20 * minute);
      expect(await sessions.resume(sessionId)).toBeDefined();
    }
    clock.advance(20 * minute);
    expect(await sessions.resume(sessionId)).toBeUndefined();
  });

  it('keeps only the SHA-256 of the id, and forgets a session that is ended', async () => {
    const { sessions, store } = sessionsAt('2026-12-07T09:00:00Z');
    const { sessionId } = await sessions.start(sam);
    expect(await store.get(createHash('sha256').update(sessionId).digest('hex'))).toMatchObject({ aadObjectId: sam.aadObjectId });
    await sessions.end(sessionId);
    expect(await sessions.resume(sessionId)).toBeUndefined();
  });

  it('refuses malformed ids without a lookup', async () => {
    const { sessions } = sessionsAt('2026-12-07T09:00:00Z');
    for (const id of ['', 'x', 'a'.repeat(44), `${'a'.repeat(42)}=`]) expect(await sessions.resume(id)).toBeUndefined();
    await sessions.end('not-an-id');
  });
});
