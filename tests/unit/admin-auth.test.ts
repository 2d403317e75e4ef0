import { describe, expect, it } from 'vitest';
import { authorize, issueSiteToken, tokenHash } from '../../src/admin/admin-auth';
import { isAppError, type AppErrorCode } from '../../src/domain/app-error';
import { bearerTokenOf } from '../../src/http/request-parts';
import { MemoryAdminTokenStore } from '../../src/store/memory/memory-activity-store';

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
    const deps = { superToken, tokens: new MemoryAdminTokenStore() };
    expect(await authorize(bearerTokenOf(`Bearer ${superToken}`), undefined, deps)).toEqual({ role: 'super' });
    expect(await authorize(bearerTokenOf(`bearer   ${superToken}`), 'edinburgh', deps)).toEqual({ role: 'super' });
  });

  it('issues site tokens that are stored only as their hash and work for their own site only', async () => {
    const tokens = new MemoryAdminTokenStore();
    const deps = { superToken, tokens };
    const { token } = await issueSiteToken('luton', { tokens, clock });
    expect(token).toMatch(/^lwc_site_[A-Za-z0-9_-]{43}$/);
    expect(await tokens.find(tokenHash(token))).toEqual({ siteId: 'luton', createdAt: '2026-11-21T10:00:00.000Z' });
    expect(await authorize(bearerTokenOf(`Bearer ${token}`), 'luton', deps)).toEqual({ role: 'site', siteId: 'luton' });
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), 'lambeth', deps))).toBe('FORBIDDEN');
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), undefined, deps))).toBe('FORBIDDEN');
    const another = await issueSiteToken('luton', { tokens, clock });
    expect(another.token).not.toBe(token);
  });

  it('refuses missing, garbled and unknown tokens (UNAUTHORIZED)', async () => {
    const deps = { superToken, tokens: new MemoryAdminTokenStore() };
    for (const header of [undefined, '', 'Bearer', `Basic ${superToken}`, `Bearer ${superToken}x`, `Bearer lwc_site_${'A'.repeat(43)}`, 'Bearer a b']) {
      expect(await codeOf(authorize(bearerTokenOf(header), 'luton', deps))).toBe('UNAUTHORIZED');
    }
  });

  it('refuses everything when the admin API is disabled (no ADMIN_TOKEN)', async () => {
    const tokens = new MemoryAdminTokenStore();
    const { token } = await issueSiteToken('luton', { tokens, clock });
    const deps = { superToken: undefined, tokens };
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${superToken}`), undefined, deps))).toBe('UNAUTHORIZED');
    expect(await codeOf(authorize(bearerTokenOf(`Bearer ${token}`), 'luton', deps))).toBe('UNAUTHORIZED');
  });
});
