import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

describe.each(storeKinds)('admin token store contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("finds grants by hash, lists a site's tokens with their hashes, and keeps a revocation", async () => {
    const { adminTokens } = await open();
    const named = { siteId: 'salford' as const, createdAt: '2026-12-07T09:00:00.000Z', name: 'Import script', expiresAt: '2027-01-06T09:00:00.000Z' };
    await adminTokens.add(hash('a'), named);
    await adminTokens.add(hash('b'), { siteId: 'luton', createdAt: '2026-12-07T09:00:00.000Z', name: 'Other site' });
    // A grant as stored before tokens had names and expiries.
    await adminTokens.add(hash('c'), { siteId: 'salford', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await adminTokens.find(hash('a'))).toStrictEqual(named);
    expect(await adminTokens.find(hash('c'))).toStrictEqual({ siteId: 'salford', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await adminTokens.find(hash('z'))).toBeUndefined();
    const listed = await adminTokens.list('salford');
    expect(listed.map(({ tokenHash }) => tokenHash).sort()).toStrictEqual([hash('a'), hash('c')].sort());
    await adminTokens.add(hash('a'), { ...named, revokedAt: '2026-12-08T09:00:00.000Z' });
    expect((await adminTokens.find(hash('a')))?.revokedAt).toBe('2026-12-08T09:00:00.000Z');
    expect(await adminTokens.list('lambeth')).toStrictEqual([]);
  });
});
