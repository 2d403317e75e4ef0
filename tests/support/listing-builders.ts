import type { ActivityLocation, Schedule } from '../../src/domain/activities/activity';

/** The M6 (Salford) district centroid, as in data/outcode-centroids.json: distances are measured from it. */
export const m6 = { lat: 53.49, lon: -2.3 };

let serial = 0;

/** A fresh, readable UUID (`00000000-0000-4000-8000-000000000001`, ...) for fixture listings. */
export function fixtureUuid(): string {
  serial += 1;
  return `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

/** A hall in Salford, `kmNorth` km north of the M6 centroid. */
export function hallNorthOfM6(kmNorth: number): Extract<ActivityLocation, { location_type: 'physical' }> {
  return {
    id: fixtureUuid(),
    location_type: 'physical',
    name: `Hall ${kmNorth} km north`,
    address_1: '1 High Street',
    city: 'Salford',
    postal_code: 'M6 5AB',
    latitude: m6.lat + kmNorth / 111.195,
    longitude: m6.lon,
  };
}

/** An online location. */
export function onlineLocation(): ActivityLocation {
  return { id: fixtureUuid(), location_type: 'virtual', name: 'Zoom' };
}

/** Weekly on `byday` (e.g. `TU`) at the given times, from Monday 5 January 2026. */
export function weeklySchedule(byday: string, opens: string, closes: string, extra: Partial<Schedule> = {}): Schedule {
  return { id: fixtureUuid(), freq: 'WEEKLY', interval: 1, byday, dtstart: '2026-01-05', opens_at: opens, closes_at: closes, ...extra };
}
