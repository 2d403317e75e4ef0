import { describe, expect, it } from 'vitest';
import { actorOfPrincipal, authorize, createAdminAccess, issueSiteToken, tokenHash } from '../../src/admin/admin-auth';
import { StaffSessions } from '../../src/admin/staff-sessions';
import { isAppError, type AppErrorCode } from '../../src/domain/app-error';
import { bearerTokenOf } from '../../src/http/request-parts';
import { MemoryAdminTokenStore } from '../../src/store/memory/memory-activity-store';
import { MemoryPractitionerStore } from '../../src/store/memory/memory-practitioner-store';
import { MemoryStaffSessionStore } from '../../src/store/memory/memory-staff-session-store';

const superToken = 'a-super-admin-token-of-forty-characters!';
const clock = { now: () => Date.parse('2026-11-21T10:00:00Z') };

async function codeOf(attempt: Promise<unknown>): Promise<AppErrorCode | undefined> {
  const error: unknown = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return isAppError(error) ? error.code : undefined;
}

describe('admin authorization', () => {
  it('lets the super token do anything', async () => {
    const deps = { superToken, tokens: new MemoryAdminTokenStore(), clock };
    expect(await authorize(bearerTokenOf(`Bearer ${superToken}`), undefined, deps)).toEqual({ role: 'super' });
    expect(await authorize(bearerTokenOf(`bearer   ${superToken}`), 'edinburgh', deps)).toEqual({ role: 'super' });
  });

  it('issues site tokens that are stored only as their hash and work for their own site only', async () => {
    const tokens = new MemoryAdminTokenStore();
    const deps = { superToken, tokens, clock };
    const { token } = await issueSiteToken('luton', {}, { tokens, clock });
    expect(token).toMatch(/^lwc_site_[A-Za-z0-9_-]{43}$/);
    expect(await tokens.find(tokenHash(token))).toEqual({ siteId: 'luton', createdAt: '2026-11-21T10:00:00.000Z' });
    expect(await authorize(bearerTokenOf(`Bearer ${token}`), 'luton', deps)).toMatchObject({ role: 'site', siteId: 'luton' });
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), 'lambeth', deps))).toBe('FORBIDDEN');
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), undefined, deps))).toBe('FORBIDDEN');
    const another = await issueSiteToken('luton', {}, { tokens, clock });
    expect(another.token).not.toBe(token);
  });

  it('refuses missing, garbled and unknown tokens (UNAUTHORIZED)', async () => {
    const deps = { superToken, tokens: new MemoryAdminTokenStore(), clock };
    for (const header of [undefined, '', 'Bearer', `Basic ${superToken}`, `Bearer ${superToken}x`, `Bearer lwc_site_${'A'.repeat(43)}`, 'Bearer a b']) {
      expect(await codeOf(authorize(bearerTokenOf(header), 'luton', deps))).toBe('UNAUTHORIZED');
    }
  });

  it('refuses everything when the admin API is disabled (no ADMIN_TOKEN)', async () => {
    const tokens = new MemoryAdminTokenStore();
    const { token } = await issueSiteToken('luton', {}, { tokens, clock });
    const deps = { superToken: undefined, tokens, clock };
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${superToken}`), undefined, deps))).toBe('UNAUTHORIZED');
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), 'luton', deps))).toBe('UNAUTHORIZED');
  });
});

describe('staff access to a site', () => {
  const identity = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };
  async function accessWithPractitioner() {
    const practitioners = new MemoryPractitionerStore();
    await practitioners.put('salford', { ...identity, role: 'practitioner', updatedAt: '2026-11-21T10:00:00.000Z' });
    const sessions = new StaffSessions({ store: new MemoryStaffSessionStore(() => clock.now()), clock, timeouts: { idleMs: 1_800_000, maxMs: 28_800_000 } });
    const { sessionId, session } = await sessions.start(identity);
    const access = createAdminAccess({ superToken, tokens: new MemoryAdminTokenStore(), clock, sessions, practitioners });
    const credentials = { bearer: undefined, sessionId, csrfToken: session.csrfToken, changes: true };
    return { access, credentials };
  }

  it("lets a practitioner into their site's practitioner routes only", async () => {
    const { access, credentials } = await accessWithPractitioner();
    const granted = await access.site(credentials, 'salford', 'practitioner');
    expect(granted.siteId).toBe('salford');
    expect(actorOfPrincipal(granted.principal)).toStrictEqual({ kind: 'staff', ...identity });
    expect(await codeOf(access.site(credentials, 'salford', 'site-admin'))).toBe('FORBIDDEN');
    expect(await codeOf(access.site(credentials, 'lambeth', 'practitioner'))).toBe('FORBIDDEN');
    expect(await codeOf(access.site({ ...credentials, csrfToken: undefined }, 'salford', 'practitioner'))).toBe('FORBIDDEN');
    expect((await access.site({ ...credentials, csrfToken: undefined, changes: false }, 'salford', 'practitioner')).siteId).toBe('salford');
    expect(await codeOf(access.site({ ...credentials, sessionId: 'A'.repeat(43) }, 'salford', 'practitioner'))).toBe('UNAUTHORIZED');
  });
});

describe('site token lifetimes', () => {
  it('refuses a revoked token and an expired one at once, and lets a grant stored before names in', async () => {
    const tokens = new MemoryAdminTokenStore();
    let now = Date.parse('2026-11-21T10:00:00Z');
    const movingClock = { now: () => now };
    const deps = { superToken, tokens, clock: movingClock };
    const expiring = await issueSiteToken('luton', { name: 'Import script', expiresAt: '2026-11-22T10:00:00.000Z' }, deps);
    const bearer = bearerTokenOf(`Bearer ${expiring.token}`);
    expect(await authorize(bearer, 'luton', deps)).toMatchObject({ role: 'site', name: 'Import script' });
    now = Date.parse('2026-11-22T10:00:00Z');
    expect(await codeOf(authorize(bearer, 'luton', deps))).toBe('UNAUTHORIZED');

    const revoked = await issueSiteToken('luton', { name: 'Old laptop' }, deps);
    await tokens.add(tokenHash(revoked.token), { ...revoked.grant, revokedAt: '2026-11-22T10:00:00.000Z' });
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${revoked.token}`), 'luton', deps))).toBe('UNAUTHORIZED');

    const older = `lwc_site_${'B'.repeat(43)}`;
    await tokens.add(tokenHash(older), { siteId: 'luton', createdAt: '2025-01-01T00:00:00.000Z' });
    const principal = await authorize(bearerTokenOf(`Bearer ${older}`), 'luton', deps);
    expect(actorOfPrincipal(principal)).toStrictEqual({ kind: 'site-token', tokenId: tokenHash(older).slice(0, 16), name: '' });
  });
});
