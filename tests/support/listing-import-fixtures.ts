import type { Activity } from '../../src/domain/activities/activity';
import { stableUuid } from '../../src/listings/hsds/stable-uuid';

/**
 * Fictional listings for the HSDS and CSV mapping tests. Sub-object ids are the ones CSV import
 * derives (`stableUuid(id, 'schedule:0')`, ...), so a CSV round trip gives them back exactly.
 */

export const walkId = '68670472-1bc9-4449-9a6f-4c493eee6c49';
export const artsId = 'feb58df9-ce07-4942-8f7f-f4ad56e2e9e4';

/** A physical, free weekly walk with two schedules. */
export function walkingGroup(overrides: Partial<Activity> = {}): Activity {
  const id = overrides.id ?? walkId;
  return {
    id,
    site_id: 'salford',
    name: 'Tuesday walking group',
    description: 'A gentle walk round the park, then a cuppa. Everyone welcome, "no pace too slow".',
    status: 'active',
    organization: { id: stableUuid(id, 'organization:0'), name: 'Example Walking Friends', website: 'https://walking.example.org/' },
    locations: [
      {
        id: stableUuid(id, 'location:0'),
        location_type: 'physical',
        name: 'Example Park gates',
        address_1: '1 Example Road',
        city: 'Salford',
        postal_code: 'M6 5AA',
        latitude: 53.4872,
        longitude: -2.2901,
      },
    ],
    schedules: [
      {
        id: stableUuid(id, 'schedule:0'),
        freq: 'WEEKLY',
        interval: 1,
        byday: 'TU',
        dtstart: '2026-01-06',
        opens_at: '10:00',
        closes_at: '11:30',
        description: 'Every Tuesday, 10am to 11:30am',
      },
      {
        id: stableUuid(id, 'schedule:1'),
        freq: 'MONTHLY',
        interval: 1,
        byday: '-1FR',
        dtstart: '2026-01-30',
        until: '2026-12-25',
        opens_at: '18:00',
        closes_at: '19:30',
      },
    ],
    cost_options: [],
    categories: ['walking-physical', 'social-befriending'],
    accessibility: ['step-free', 'accessible-toilet'],
    languages: ['en'],
    phones: [{ number: '0161 496 0000' }],
    how_to_join: 'Just turn up at the park gates. Wear comfortable shoes.',
    assured_date: '2026-10-01',
    sample: false,
    ...overrides,
  };
}

/** An online arts group with a cost, and text that needs quoting or escaping in CSV. */
export function onlineArts(overrides: Partial<Activity> = {}): Activity {
  const id = overrides.id ?? artsId;
  return {
    id,
    site_id: 'salford',
    name: 'Drawing together, online',
    description: 'Relaxed drawing, all levels.\nBring paper, pencils, and yourself.',
    status: 'active',
    organization: { id: stableUuid(id, 'organization:0'), name: 'Example Arts, Salford' },
    locations: [{ id: stableUuid(id, 'location:0'), location_type: 'virtual', name: 'Online (Zoom)', url: 'https://zoom.example.com/j/123' }],
    schedules: [
      {
        id: stableUuid(id, 'schedule:0'),
        freq: 'MONTHLY',
        interval: 2,
        bymonthday: '1,15',
        dtstart: '2026-02-01',
        valid_from: '2026-02-01',
        valid_to: '2026-11-30',
        opens_at: '19:00',
        closes_at: '20:30',
        description: '=the 1st and 15th, every other month',
      },
    ],
    cost_options: [{ id: stableUuid(id, 'cost_option:0'), option: 'per session, £3.50 "pay what you can"', amount: 3.5, currency: 'GBP' }],
    categories: ['arts-creative'],
    accessibility: ['bsl'],
    languages: ['en', 'pl'],
    phones: [{ number: '+44 161 496 0123' }],
    email: 'hello@arts.example.org',
    url: 'https://arts.example.org/drawing',
    how_to_join: '@ Email us for the link; we reply within a day.',
    assured_date: '2026-09-15',
    sample: false,
    ...overrides,
  };
}
