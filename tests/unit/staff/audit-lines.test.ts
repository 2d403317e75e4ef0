import { describe, expect, it } from 'vitest';
import { auditLine } from '../../../staff/src/pages/listings/audit-lines';

describe('a listing\'s audit trail in words', () => {
  it('says who, when in London time, what, and each field changed', () => {
    const line = auditLine({
      id: '6f1c2a8e-3b7d-4c1e-9a2f-0d5e8b7c6a41',
      at: '2026-07-01T10:30:00Z',
      siteId: 'salford',
      actor: { kind: 'staff', tenantId: 't', aadObjectId: 'o', name: 'Sam Patel' },
      action: 'listing.updated',
      subject: { type: 'listing', id: 'x' },
      summary: 'Changed Tuesday walking group',
      changes: [{ field: 'name', from: 'Walk', to: 'Tuesday walk' }, { field: 'schedules' }, { field: 'email', to: 'a@example.org' }, { field: 'url', from: 'https://example.org' }],
    });
    expect(line).toEqual({
      id: '6f1c2a8e-3b7d-4c1e-9a2f-0d5e8b7c6a41',
      who: 'Sam Patel',
      when: '1 Jul 2026, 11:30',
      what: 'Changed Tuesday walking group',
      changes: ['name: from "Walk" to "Tuesday walk"', 'schedules', 'email: set to "a@example.org"', 'url: "https://example.org" removed'],
    });
  });
});
