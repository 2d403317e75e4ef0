import { randomUUID } from 'node:crypto';
import type { Activity } from '../../src/domain/activities/activity';
import type { SiteId } from '../../src/domain/sites';

/** A valid, fictional listing for store and admin tests; fresh ids each call unless given. */
export function activityFixture(overrides: Partial<Activity> & { site_id?: SiteId } = {}): Activity {
  return {
    id: randomUUID(),
    site_id: 'salford',
    name: 'Tuesday walking group',
    description: 'A gentle walk round the park and a cuppa after. Everyone welcome.',
    status: 'active',
    organization: { id: randomUUID(), name: 'Example Walking Friends' },
    locations: [
      {
        id: randomUUID(),
        location_type: 'physical',
        name: 'Example Park gates',
        address_1: '1 Example Road',
        city: 'Salford',
        postal_code: 'M6 5AA',
        latitude: 53.49,
        longitude: -2.29,
      },
    ],
    schedules: [
      {
        id: randomUUID(),
        freq: 'WEEKLY',
        interval: 1,
        byday: 'TU',
        dtstart: '2026-01-06',
        opens_at: '10:00',
        closes_at: '11:30',
        description: 'Every Tuesday, 10am to 11:30am',
      },
    ],
    cost_options: [],
    categories: ['walking-physical'],
    accessibility: ['step-free'],
    languages: ['en'],
    phones: [{ number: '0161 496 0000' }],
    how_to_join: 'Just turn up at the park gates.',
    assured_date: '2026-10-01',
    sample: false,
    ...overrides,
  };
}
