import { describe, expect, it } from 'vitest';
import { tokenStatus } from '../../staff/src/pages/admin/token-schemas';
import { matchPage, routeOfHash } from '../../staff/src/shell/route-match';

describe("the staff app's hash routes", () => {
  const pages = [{ pattern: '/listings' }, { pattern: '/listings/:id' }, { pattern: '/callbacks/:id' }, { pattern: '/tokens' }];

  it('reads the route from the hash, without a trailing slash; anything else is no route', () => {
    expect(routeOfHash('#/listings/')).toBe('/listings');
    expect(routeOfHash('#/callbacks/42')).toBe('/callbacks/42');
    expect(routeOfHash('')).toBe('');
    expect(routeOfHash('#main')).toBe('');
  });

  it('matches a pattern segment by segment, decoding parameters', () => {
    expect(matchPage(pages, '/listings')).toEqual({ page: pages[0], route: { path: '/listings', params: {} } });
    expect(matchPage(pages, '/listings/a%20b')).toEqual({ page: pages[1], route: { path: '/listings/a%20b', params: { id: 'a b' } } });
    expect(matchPage(pages, '/callbacks/%E0%A4%A')?.route.params).toEqual({ id: '%E0%A4%A' });
  });

  it('matches nothing for unknown paths or the wrong number of segments', () => {
    expect(matchPage(pages, '/audit')).toBeUndefined();
    expect(matchPage(pages, '/tokens/1')).toBeUndefined();
    expect(matchPage(pages, '/listings/1/edit')).toBeUndefined();
  });
});

describe('a site token in words', () => {
  const token = { id: 't1', name: 'Nightly import', createdAt: '2026-12-01T09:00:00.000Z', expiresAt: '2026-12-31T09:00:00.000Z', revokedAt: null };
  it('is active until it expires or is revoked', () => {
    expect(tokenStatus(token, '2026-12-07T09:00:00.000Z')).toBe('Active');
    expect(tokenStatus(token, '2026-12-31T09:00:00.000Z')).toBe('Expired');
    expect(tokenStatus({ ...token, expiresAt: null }, '2030-01-01T00:00:00.000Z')).toBe('Active');
    expect(tokenStatus({ ...token, revokedAt: '2026-12-02T09:00:00.000Z' }, '2026-12-07T09:00:00.000Z')).toBe('Revoked');
  });
});
