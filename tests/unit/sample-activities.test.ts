import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValid, parse as parsePostcode } from 'postcode';
import { describe, expect, it } from 'vitest';
import { type Activity, activityCategoryIds, activitySchema, isFree, isOnline } from '../../src/domain/activities/activity';
import { type SiteId, siteIds } from '../../src/domain/sites';

/**
 * The fictional sample listings shipped in data/activities/ and the outward-code centroid table
 * they are placed with: they must parse, cover every filter people can use at every site, use only
 * Ofcom drama phone numbers and example.org/.com addresses, and sit where their postcodes say.
 */

const dataDir = join(__dirname, '..', '..', 'data');
const activitiesDir = join(dataDir, 'activities');

interface Centroid {
  lat: number;
  lon: number;
  site: SiteId;
}
interface CentroidFile {
  about: string;
  source: string;
  centroids: Record<string, Centroid>;
}

const centroidFile = JSON.parse(readFileSync(join(dataDir, 'outcode-centroids.json'), 'utf8')) as CentroidFile;
const centroids = centroidFile.centroids;

/** Raw JSON per site, and the same parsed with the schema (undefined when a listing does not parse). */
const raw = new Map<SiteId, unknown[]>(siteIds.map((site) => [site, JSON.parse(readFileSync(join(activitiesDir, `${site}.json`), 'utf8')) as unknown[]]));
const parsedBySite = new Map<SiteId, Activity[]>(
  siteIds.map((site) => [site, (raw.get(site) ?? []).flatMap((item) => {
    const result = activitySchema.safeParse(item);
    return result.success ? [result.data] : [];
  })]),
);
const allActivities = [...parsedBySite.values()].flat();

/** Generous boxes around each site's area (and the districts next to it), [south, north, west, east]. */
const boundingBoxes: Readonly<Record<SiteId, readonly [number, number, number, number]>> = {
  lambeth: [51.39, 51.53, -0.2, -0.03],
  edinburgh: [55.84, 56.02, -3.48, -2.98],
  luton: [51.83, 51.95, -0.58, -0.33],
  salford: [53.4, 53.57, -2.48, -2.18],
  'tameside-glossop': [53.37, 53.57, -2.2, -1.88],
};

/** The districts each site's table must have at least. */
const requiredDistricts: Readonly<Record<SiteId, readonly string[]>> = {
  lambeth: ['SE1', 'SE5', 'SE11', 'SE24', 'SE27', 'SW2', 'SW4', 'SW8', 'SW9', 'SW16'],
  edinburgh: ['EH1', 'EH2', 'EH3', 'EH4', 'EH5', 'EH6', 'EH7', 'EH8', 'EH9', 'EH10', 'EH11', 'EH12', 'EH13', 'EH14', 'EH15', 'EH16', 'EH17'],
  luton: ['LU1', 'LU2', 'LU3', 'LU4'],
  salford: ['M3', 'M5', 'M6', 'M7', 'M27', 'M28', 'M30'],
  'tameside-glossop': ['OL6', 'OL7', 'SK13', 'SK14', 'SK15', 'SK16', 'M34', 'M43'],
};

/**
 * Ofcom's numbers reserved for drama (never allocated to anyone): each as its digits without the
 * last three, which run 000–999. Luton (01582) has no drama range, so it uses the non-geographic
 * 0808 157 0xxx; the mobile range 07700 900xxx is fine anywhere.
 */
const dramaPrefixes = {
  london: '02079460',
  manchester: '01614960',
  edinburgh: '01314960',
  freephone: '08081570',
  mobile: '07700900',
} as const;
const allowedPhonePrefixes: Readonly<Record<SiteId, readonly string[]>> = {
  lambeth: [dramaPrefixes.london, dramaPrefixes.mobile],
  edinburgh: [dramaPrefixes.edinburgh, dramaPrefixes.mobile],
  luton: [dramaPrefixes.freephone, dramaPrefixes.mobile],
  salford: [dramaPrefixes.manchester, dramaPrefixes.mobile],
  'tameside-glossop': [dramaPrefixes.manchester, dramaPrefixes.mobile],
};

/** True when a number as written is in one of the drama ranges (its prefix then exactly three digits). */
function isDramaNumber(number: string, prefixes: readonly string[]): boolean {
  const digits = number.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
  return /^\d+$/.test(digits) && prefixes.some((prefix) => digits.length === prefix.length + 3 && digits.startsWith(prefix));
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The reference day the sample assured dates were written against, and the review threshold. */
const reviewDay = Date.parse('2026-11-21T00:00:00Z');
const ageInDays = (date: string): number => (reviewDay - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;

const isExampleUrl = (url: string): boolean => url.startsWith('https://example.org/');
const isExampleEmail = (email: string): boolean => /@example\.(org|com)$/.test(email);
const hasOrdinalDay = (byday: string | undefined): boolean => byday !== undefined && byday.split(',').some((part) => /^-?[1-5]/.test(part.trim()));

const weekdayWords = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Words for a time of day in a listing's name, and the opening times (from, before) they allow. */
const partsOfDay: readonly [string, string, string][] = [
  ['breakfast', '07:00', '11:00'],
  ['morning', '07:00', '12:00'],
  ['lunch', '11:00', '14:00'],
  ['afternoon', '12:00', '17:00'],
  ['evening', '17:00', '22:00'],
];

describe('sample activity files', () => {
  it('has one file per site and nothing else', () => {
    expect(readdirSync(activitiesDir).sort()).toEqual(siteIds.map((site) => `${site}.json`).sort());
  });

  it('gives every listing an id used by no other listing, in any file', () => {
    const ids = allActivities.map((activity) => activity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const scheduleAndCostIds = allActivities.flatMap((activity) => [...activity.schedules.map((s) => s.id), ...activity.cost_options.map((c) => c.id)]);
    expect(new Set(scheduleAndCostIds).size).toBe(scheduleAndCostIds.length);
    expect(new Set([...ids, ...scheduleAndCostIds]).size).toBe(ids.length + scheduleAndCostIds.length);
  });

  it('uses each shared location and organisation id for one and the same record', () => {
    const seen = new Map<string, string>();
    for (const activity of allActivities) {
      for (const record of [activity.organization, ...activity.locations]) {
        const json = JSON.stringify(record);
        expect(seen.get(record.id) ?? json, `${activity.name}: ${record.id}`).toBe(json);
        seen.set(record.id, json);
      }
    }
  });
});

describe.each(siteIds.map((site) => [site] as const))('sample activities for %s', (site) => {
  const items = raw.get(site) ?? [];
  const activities = parsedBySite.get(site) ?? [];

  it('has at least 15 listings, all of which parse with activitySchema', () => {
    expect(items.length).toBeGreaterThanOrEqual(15);
    for (const item of items) activitySchema.parse(item);
    expect(activities).toHaveLength(items.length);
  });

  it('lists only activities of this site', () => {
    for (const activity of activities) expect(activity.site_id).toBe(site);
  });

  it('names no day or time of day that its sessions contradict', () => {
    for (const activity of activities) {
      const names = (word: string) => new RegExp(`\\b${word}s?\\b`, 'i').test(activity.name);
      for (const schedule of activity.schedules) {
        const where = `${activity.name} (${schedule.description ?? schedule.byday ?? ''})`;
        weekdayCodes.forEach((code, index) => {
          if (names(weekdayWords[index] ?? '-')) expect(schedule.byday?.split(',').every((part) => part.trim().endsWith(code)), where).toBe(true);
        });
        for (const [word, from, to] of partsOfDay) {
          if (names(word)) expect(schedule.opens_at >= from && schedule.opens_at < to, where).toBe(true);
        }
      }
    }
  });

  it('marks every listing as a sample, in the data and in the words', () => {
    for (const activity of activities) {
      expect(activity.sample).toBe(true);
      expect(activity.organization.name).toMatch(/ \(sample\)$/);
      expect(activity.description.startsWith('Sample listing: ')).toBe(true);
    }
  });

  it('covers every category', () => {
    const categories = new Set(activities.flatMap((activity) => activity.categories));
    for (const category of activityCategoryIds) expect(categories, category).toContain(category);
    expect(activities.some((activity) => activity.categories.length >= 2)).toBe(true);
  });

  it('has weekly, fortnightly, monthly-by-ordinal and monthly-by-date schedules, on weekdays and at weekends', () => {
    const schedules = activities.flatMap((activity) => activity.schedules);
    expect(schedules.some((s) => s.freq === 'WEEKLY' && s.interval === 1)).toBe(true);
    expect(schedules.some((s) => s.freq === 'WEEKLY' && s.interval === 2)).toBe(true);
    expect(schedules.some((s) => s.freq === 'MONTHLY' && hasOrdinalDay(s.byday))).toBe(true);
    expect(schedules.some((s) => s.freq === 'MONTHLY' && s.bymonthday !== undefined)).toBe(true);
    expect(schedules.some((s) => /SA|SU/.test(s.byday ?? ''))).toBe(true);
    expect(schedules.some((s) => s.opens_at < '12:00')).toBe(true);
    expect(schedules.some((s) => s.opens_at >= '12:00' && s.opens_at < '17:00')).toBe(true);
    expect(schedules.some((s) => s.opens_at >= '17:00')).toBe(true);
    expect(schedules.some((s) => (s.until ?? s.valid_to ?? '').startsWith('2027-'))).toBe(true);
    for (const s of schedules) expect(s.dtstart).toMatch(/^202[56]-/);
  });

  it('has online-only, in-person and hybrid listings', () => {
    const onlineOnly = activities.filter((activity) => activity.locations.every((location) => location.location_type === 'virtual'));
    expect(onlineOnly.length).toBeGreaterThanOrEqual(2);
    expect(activities.some((activity) => !isOnline(activity))).toBe(true);
    expect(activities.some((activity) => isOnline(activity) && activity.locations.some((location) => location.location_type === 'physical'))).toBe(true);
  });

  it('has at least 10 free and 3 paid listings', () => {
    expect(activities.filter((activity) => isFree(activity)).length).toBeGreaterThanOrEqual(10);
    expect(activities.filter((activity) => !isFree(activity)).length).toBeGreaterThanOrEqual(3);
  });

  it('has one temporarily closed and one inactive listing; the rest are active', () => {
    expect(activities.filter((activity) => activity.status === 'temporarily closed')).toHaveLength(1);
    expect(activities.filter((activity) => activity.status === 'inactive')).toHaveLength(1);
    expect(activities.filter((activity) => activity.status === 'active')).toHaveLength(activities.length - 2);
  });

  it('has a few listings due for review (assured over 90 days ago) and the rest recently checked', () => {
    const ages = activities.map((activity) => ageInDays(activity.assured_date));
    for (const age of ages) expect(age).toBeGreaterThanOrEqual(0);
    expect(ages.filter((age) => age > 90).length).toBeGreaterThanOrEqual(2);
    expect(ages.filter((age) => age <= 90).length).toBeGreaterThan(activities.length / 2);
  });

  it('uses only Ofcom drama phone numbers', () => {
    const numbers = activities.flatMap((activity) => activity.phones.map((phone) => phone.number));
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(isDramaNumber(number, allowedPhonePrefixes[site]), number).toBe(true);
  });

  it('uses only example.org / example.com emails and https://example.org urls', () => {
    for (const activity of activities) {
      if (activity.email !== undefined) expect(isExampleEmail(activity.email), activity.email).toBe(true);
      const urls = [activity.url, activity.organization.website, ...activity.locations.map((location) => (location.location_type === 'virtual' ? location.url : undefined))];
      for (const url of urls) if (url !== undefined) expect(isExampleUrl(url), url).toBe(true);
    }
  });

  it('places every venue at a valid postcode of a known district, within 3 km of its centroid', () => {
    const physical = activities.flatMap((activity) => activity.locations.flatMap((location) => (location.location_type === 'physical' ? [location] : [])));
    expect(physical.length).toBeGreaterThan(0);
    for (const location of physical) {
      expect(isValid(location.postal_code), location.postal_code).toBe(true);
      const postcode = parsePostcode(location.postal_code);
      if (!postcode.valid) throw new Error(`not a postcode: ${location.postal_code}`);
      expect(postcode.postcode).toBe(location.postal_code);
      expect(postcode.unit, location.postal_code).toMatch(/^[ABD-HJLNP-UW-Z]{2}$/);
      const centroid = centroids[postcode.outcode];
      expect(centroid, `${postcode.outcode} missing from outcode-centroids.json`).toBeDefined();
      if (centroid === undefined) continue;
      expect(centroid.site).toBe(site);
      const km = haversineKm({ lat: location.latitude, lon: location.longitude }, centroid);
      expect(km, `${location.name}, ${location.postal_code}: ${km.toFixed(2)} km from the ${postcode.outcode} centroid`).toBeLessThanOrEqual(3);
    }
  });
});

describe('outcode-centroids.json', () => {
  it('says that the centroids are approximate and where production data should come from', () => {
    expect(centroidFile.about).toMatch(/approximate/i);
    expect(centroidFile.source).toMatch(/ONSPD|ONS Postcode Directory/);
    expect(centroidFile.source).toMatch(/Open Government Licence/);
  });

  it.each(siteIds.map((site) => [site] as const))('has every postcode district of %s', (site) => {
    for (const district of requiredDistricts[site]) expect(centroids[district]?.site, district).toBe(site);
  });

  it('keys districts by upper-case outward code and gives coordinates to 2 decimal places', () => {
    for (const [outcode, centroid] of Object.entries(centroids)) {
      expect(outcode).toMatch(/^[A-Z]{1,2}\d{1,2}$/);
      expect(siteIds).toContain(centroid.site);
      expect(Math.round(centroid.lat * 100) / 100).toBe(centroid.lat);
      expect(Math.round(centroid.lon * 100) / 100).toBe(centroid.lon);
    }
  });

  it('puts every centroid inside a generous box around its site', () => {
    for (const [outcode, centroid] of Object.entries(centroids)) {
      const [south, north, west, east] = boundingBoxes[centroid.site];
      expect(centroid.lat, `${outcode} latitude`).toBeGreaterThanOrEqual(south);
      expect(centroid.lat, `${outcode} latitude`).toBeLessThanOrEqual(north);
      expect(centroid.lon, `${outcode} longitude`).toBeGreaterThanOrEqual(west);
      expect(centroid.lon, `${outcode} longitude`).toBeLessThanOrEqual(east);
    }
  });
});

describe('isDramaNumber', () => {
  it.each([
    ['020 7946 0123', true],
    ['020 7946 0999', true],
    ['020 7946 1000', false],
    ['020 7946 012', false],
    ['0161 496 0000', true],
    ['07700 900999', true],
    ['07700 901000', false],
    ['01582 496000', false],
  ])('%s is a drama number: %s', (number, expected) => {
    expect(isDramaNumber(number, Object.values(dramaPrefixes))).toBe(expected);
  });
});
