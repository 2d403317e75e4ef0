import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { StaffSession } from '../../src/domain/admin/staff-session';
import { isAppError } from '../../src/domain/app-error';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const key = (id: string) => createHash('sha256').update(id).digest('hex');
const session: StaffSession = {
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
  name: 'Sam Patel',
  csrfToken: 'c'.repeat(43),
  createdAt: '2026-12-07T09:00:00.000Z',
  lastSeenAt: '2026-12-07T09:05:00.000Z',
};

describe.each(storeKinds)('staff session store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it('keeps a session under its key, replaces it, and forgets it on delete', async () => {
    const { staffSessions } = await open();
    await staffSessions.put(key('one'), session, 60_000);
    expect(await staffSessions.get(key('one'))).toStrictEqual(session);
    expect(await staffSessions.get(key('two'))).toBeUndefined();
    const touched = { ...session, lastSeenAt: '2026-12-07T09:10:00.000Z' };
    await staffSessions.put(key('one'), touched, 60_000);
    expect(await staffSessions.get(key('one'))).toStrictEqual(touched);
    await staffSessions.delete(key('one'));
    await staffSessions.delete(key('never'));
    expect(await staffSessions.get(key('one'))).toBeUndefined();
  });

  it('forgets a session once its time is up', async () => {
    const { staffSessions } = await open();
    await staffSessions.put(key('short'), session, 1);
    await staffSessions.put(key('long'), session, 60_000);
    await vi.waitFor(async () => expect(await staffSessions.get(key('short'))).toBeUndefined());
    expect(await staffSessions.get(key('long'))).toStrictEqual(session);
  });

  it('refuses what is not a session, and keys that are not SHA-256 digests', async () => {
    const { staffSessions } = await open();
    const badRecord = await staffSessions.put(key('bad'), { ...session, csrfToken: 'short' }, 60_000).catch((error: unknown) => error);
    expect(isAppError(badRecord, 'STORE_RECORD_INVALID')).toBe(true);
    const badKey = await staffSessions.get('../../admintoken:x').catch((error: unknown) => error);
    expect(isAppError(badKey, 'BAD_REQUEST')).toBe(true);
  });

  it('gives a sign-in under way back exactly once, to one of racing callbacks', async () => {
    const { staffLogins } = await open();
    const login = { codeVerifier: 'v'.repeat(43), nonce: 'n'.repeat(43), returnTo: '/staff/#/callbacks', bindingHash: key('binding') };
    await staffLogins.put(key('state-1'), login, 60_000);
    const taken = await Promise.all(Array.from({ length: 5 }, () => staffLogins.take(key('state-1'))));
    expect(taken.filter((entry) => entry !== undefined)).toStrictEqual([login]);
    expect(await staffLogins.take(key('never'))).toBeUndefined();
    await staffLogins.put(key('state-2'), login, 1);
    // Past its 1 ms: gone (taken once only, so the test waits before the one take).
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await staffLogins.take(key('state-2'))).toBeUndefined();
    const offSite = await staffLogins.put(key('state-3'), { ...login, returnTo: 'https://evil.example/' }, 60_000).catch((error: unknown) => error);
    expect(isAppError(offSite, 'STORE_RECORD_INVALID')).toBe(true);
  });
});
