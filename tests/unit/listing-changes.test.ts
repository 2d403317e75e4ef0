import { describe, expect, it } from 'vitest';
import { listingChanges } from '../../src/domain/activities/listing-changes';
import { activityFixture } from '../support/admin-activity-fixture';

describe('listingChanges', () => {
  const before = activityFixture();
  const [schedule] = before.schedules;
  if (schedule === undefined) throw new Error('the fixture has a schedule');

  it('is empty for the same listing', () => {
    expect(listingChanges(before, structuredClone(before))).toEqual([]);
  });

  it('names each changed field down to its plain value, with the values either side', () => {
    const after = { ...before, name: 'Thursday walking group', organization: { ...before.organization, name: 'Walkers' }, schedules: [{ ...schedule, byday: 'TH' }] };
    expect(listingChanges(before, after)).toEqual([
      { field: 'name', from: 'Tuesday walking group', to: 'Thursday walking group' },
      { field: 'organization.name', from: 'Example Walking Friends', to: 'Walkers' },
      { field: 'schedules[0].byday', from: 'TU', to: 'TH' },
    ]);
  });

  it('treats a list of plain values as one field, and a field added or removed as having one side', () => {
    const after = { ...before, categories: [...before.categories, 'social-befriending' as const], email: 'walks@example.org', phones: [] };
    expect(listingChanges(before, after)).toEqual([
      { field: 'categories', from: 'walking-physical', to: 'walking-physical, social-befriending' },
      { field: 'phones[0]', from: '{"number":"0161 496 0000"}' },
      { field: 'email', to: 'walks@example.org' },
    ]);
  });

  it('cuts long values to 300 characters', () => {
    const [change] = listingChanges(before, { ...before, description: 'x'.repeat(2000) });
    expect(change?.to).toHaveLength(300);
    expect(change?.to?.endsWith('…')).toBe(true);
  });
});
