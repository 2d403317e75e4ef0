import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AdminAuditEntry } from '../../src/domain/admin/admin-audit-entry';
import { isAppError } from '../../src/domain/app-error';
import { storeKinds, storesForEachTest } from '../support/store-contract';

const entry = (minute: number, overrides: Partial<AdminAuditEntry> = {}): AdminAuditEntry => ({
  id: randomUUID(),
  at: `2026-12-07T09:${String(minute).padStart(2, '0')}:00.000Z`,
  siteId: 'salford',
  actor: { kind: 'site-token', tokenId: '0123456789abcdef', name: 'Import script' },
  action: 'listing.updated',
  subject: { type: 'listing', id: 'listing-1' },
  summary: 'Changed the schedule of Walking for Health',
  changes: [{ field: 'schedules', from: 'Mondays', to: 'Tuesdays' }],
  ...overrides,
});

describe.each(storeKinds)('admin audit log contract (%s)', (kind) => {
  const open = storesForEachTest(kind);

  it("lists a site's entries newest first, by subject, up to the limit, and no other site's", async () => {
    const { adminAudit } = await open();
    const first = entry(1);
    const token = entry(2, { action: 'token.issued', subject: { type: 'token', id: 'abcdef0123456789' }, actor: { kind: 'staff', tenantId: 't', aadObjectId: 'o', name: 'Sam Patel' } });
    const second = entry(3, { subject: { type: 'listing', id: 'listing-2' } });
    const third = entry(4);
    const elsewhere = entry(5, { siteId: 'luton' });
    for (const each of [first, token, second, third, elsewhere]) await adminAudit.append(each);
    expect(await adminAudit.list('salford', { limit: 10 })).toStrictEqual([third, second, token, first]);
    expect(await adminAudit.list('salford', { limit: 2 })).toStrictEqual([third, second]);
    expect(await adminAudit.list('salford', { subjectType: 'listing', subjectId: 'listing-1', limit: 10 })).toStrictEqual([third, first]);
    expect(await adminAudit.list('salford', { subjectType: 'token', limit: 10 })).toStrictEqual([token]);
    expect(await adminAudit.list('luton', { limit: 10 })).toStrictEqual([elsewhere]);
    expect(await adminAudit.list('lambeth', { limit: 10 })).toStrictEqual([]);
    expect(await adminAudit.list('salford', { limit: 0 })).toStrictEqual([]);
  });

  it('refuses an entry of an unknown shape', async () => {
    const { adminAudit } = await open();
    const refused = await adminAudit.append({ ...entry(1), action: 'Not An Action' }).catch((error: unknown) => error);
    expect(isAppError(refused, 'STORE_RECORD_INVALID')).toBe(true);
    expect(await adminAudit.list('salford', { limit: 10 })).toStrictEqual([]);
  });
});
