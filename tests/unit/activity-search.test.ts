import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity, type ActivityLocation, type Schedule } from '../../src/domain/activities/activity';
import { buildActivityIndex, indexedFrom } from '../../src/domain/activities/activity-index';
import type { ActivityQuery } from '../../src/domain/activities/activity-query';
import { searchActivities } from '../../src/domain/activities/activity-search';
import type { SiteId } from '../../src/domain/sites';
import { fixtureUuid, hallNorthOfM6, m6, onlineLocation, weeklySchedule } from '../support/listing-builders';

/** A London wall-clock time as epoch ms. */
function london(iso: string): number {
  return DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
}

interface Fixture {
  name: string;
  schedules: Schedule[];
  locations?: ActivityLocation[];
  categories?: Activity['categories'];
  cost?: number;
  accessibility?: Activity['accessibility'];
  status?: Activity['status'];
  site?: SiteId;
  description?: string;
}

/** A listing valid per activitySchema (parsed, so a bad fixture fails loudly). */
function listing(fixture: Fixture): Activity {
  return activitySchema.parse({
    id: fixtureUuid(),
    site_id: fixture.site ?? 'salford',
    name: fixture.name,
    description: fixture.description ?? `${fixture.name}: a friendly group.`,
    status: fixture.status ?? 'active',
    organization: { id: fixtureUuid(), name: 'Salford Community Trust' },
    locations: fixture.locations ?? [hallNorthOfM6(0)],
    schedules: fixture.schedules,
    cost_options: fixture.cost === undefined ? [] : [{ id: fixtureUuid(), option: 'per session', amount: fixture.cost, currency: 'GBP' }],
    categories: fixture.categories ?? ['social-befriending'],
    accessibility: fixture.accessibility ?? [],
    languages: ['en'],
    phones: [],
    how_to_join: 'Just turn up.',
    assured_date: '2026-03-01',
    sample: true,
  });
}

// Wednesday 11 March 2026, 10:30 in London (GMT). Saturday is the 14th, Sunday the 15th.
const now = london('2026-03-11T10:30');

const walkers = listing({
  name: 'Buile Hill Walkers',
  description: 'A gentle walk around the park, with a cup of tea after.',
  schedules: [weeklySchedule('TU', '10:00', '12:00')],
  locations: [hallNorthOfM6(1)],
  categories: ['walking-physical'],
  accessibility: ['wheelchair-accessible', 'step-free'],
});
const striders = listing({
  name: 'Albert Park Striders',
  schedules: [weeklySchedule('TU', '10:00', '11:30')],
  locations: [hallNorthOfM6(3)],
  categories: ['walking-physical'],
  cost: 2,
});
const artClub = listing({
  name: 'Saturday Art Club',
  description: 'Painting and drawing for beginners. Materials provided.',
  schedules: [weeklySchedule('SA', '14:00', '16:00')],
  locations: [hallNorthOfM6(2)],
  categories: ['arts-creative'],
  cost: 3,
  accessibility: ['wheelchair-accessible'],
});
const peerChat = listing({
  name: 'Evening Peer Chat',
  description: 'Talk with people who understand, from home.',
  schedules: [weeklySchedule('TH', '18:30', '20:00')],
  locations: [onlineLocation()],
  categories: ['peer-support'],
});
const pottery = listing({
  name: 'Hybrid Pottery',
  description: 'Throw pots on the wheel, in the studio or follow along online.',
  schedules: [weeklySchedule('WE', '10:00', '12:00')],
  locations: [hallNorthOfM6(0.5), onlineLocation()],
  categories: ['arts-creative', 'learning-courses'],
  cost: 5,
});
const sundaySocial = listing({
  name: 'Sunday Social',
  schedules: [weeklySchedule('SU', '11:00', '13:00')],
  locations: [hallNorthOfM6(8)],
  categories: ['social-befriending'],
});
const fridayLunch = listing({
  name: 'Friday Lunch Club',
  schedules: [weeklySchedule('FR', '12:00', '13:30')],
  locations: [hallNorthOfM6(1.5), hallNorthOfM6(20)],
  categories: ['social-befriending'],
  accessibility: ['quiet-space'],
});
const closed = listing({ name: 'Closed Choir', schedules: [weeklySchedule('WE', '13:00', '14:00')], categories: ['arts-creative'], status: 'inactive' });
const finished = listing({
  name: 'Finished Course',
  schedules: [weeklySchedule('WE', '13:00', '14:00', { until: '2026-02-01' })],
  categories: ['learning-courses'],
});
const expired = listing({
  name: 'Expired Knitting',
  schedules: [weeklySchedule('TH', '13:00', '14:00', { valid_to: '2026-03-01' })],
  categories: ['arts-creative'],
});
const summerOnly = listing({
  name: 'Summer Swimming',
  // 60 days from 11 March is 10 May; this starts in June.
  schedules: [{ ...weeklySchedule('MO', '09:00', '10:00'), dtstart: '2026-06-01' }],
  categories: ['walking-physical'],
});
const lambethArt = listing({
  name: 'Lambeth Art Studio',
  site: 'lambeth',
  schedules: [weeklySchedule('TH', '10:00', '12:00')],
  locations: [{ ...hallNorthOfM6(0), latitude: 51.49, longitude: -0.11, city: 'London', postal_code: 'SE11 5AB' }],
  categories: ['arts-creative'],
});

const all = [walkers, striders, artClub, peerChat, pottery, sundaySocial, fridayLunch, closed, finished, expired, summerOnly, lambethArt];
const index = buildActivityIndex(all, now);

function names(query: ActivityQuery, at = now): string[] {
  return searchActivities(index, { siteId: 'salford', limit: 50, ...query }, at).results.map((result) => result.activity.name);
}

describe('buildActivityIndex', () => {
  it('remembers the instant it was built for', () => {
    expect(indexedFrom(index)).toBe(now);
  });

  it("leaves out sessions on the site's bank holidays, so the one after is offered", () => {
    const holiday = buildActivityIndex(all, now, 60, new Map([['salford', new Set(['2026-03-13'])]]));
    const next = (site: SiteId, name: string) =>
      searchActivities(holiday, { siteId: site, text: name, limit: 1 }, now).results[0]?.next.start;
    expect(next('salford', 'Friday Lunch Club')).toBe(london('2026-03-20T12:00'));
    // Another site's holidays do not apply.
    expect(next('lambeth', 'Lambeth Art Studio')).toBe(london('2026-03-12T10:00'));
  });
});

describe('searchActivities', () => {
  it('lists active, upcoming listings soonest first, the session under way first', () => {
    expect(names({})).toEqual([
      'Hybrid Pottery', // today 10:00–12:00, under way at 10:30
      'Evening Peer Chat', // Thursday
      'Friday Lunch Club',
      'Saturday Art Club',
      'Sunday Social',
      'Albert Park Striders', // Tuesday 10:00, same time as Buile Hill: by name
      'Buile Hill Walkers',
    ]);
    const first = searchActivities(index, { siteId: 'salford' }, now).results[0];
    expect(first?.next).toEqual({ start: london('2026-03-11T10:00'), end: london('2026-03-11T12:00') });
  });

  it('never returns inactive, finished, expired (valid_to) or beyond-the-horizon listings', () => {
    const found = names({ limit: 100 });
    for (const hidden of [closed, finished, expired, summerOnly]) expect(found).not.toContain(hidden.name);
    expect(names({ text: 'choir' })).toEqual([]);
    expect(names({ text: 'swimming' })).toEqual([]);
  });

  it('never returns a listing that needs a kind (imported with no mapped category), by text or with no filter', () => {
    const unkinded = { ...walkers, id: fixtureUuid(), name: 'Unkinded ramblers', categories: [] };
    const withUnkinded = buildActivityIndex([...all, unkinded], now);
    const found = (query: ActivityQuery) => searchActivities(withUnkinded, { siteId: 'salford', limit: 100, ...query }, now).results.map((result) => result.activity.name);
    expect(found({})).not.toContain('Unkinded ramblers');
    expect(found({ text: 'ramblers' })).toEqual([]);
    expect(found({})).toContain(walkers.name);
  });

  it('does not count a session that has ended', () => {
    const afterPottery = london('2026-03-11T12:00');
    const result = searchActivities(index, { siteId: 'salford', categories: ['learning-courses'] }, afterPottery).results[0];
    expect(result?.next).toEqual({ start: london('2026-03-18T10:00'), end: london('2026-03-18T12:00') });
    expect(names({ when: { kind: 'today' } }, afterPottery)).toEqual([]);
  });

  it('keeps to the site, or searches every site without one', () => {
    expect(names({ categories: ['arts-creative'] })).toEqual(['Hybrid Pottery', 'Saturday Art Club']);
    expect(names({ siteId: 'lambeth' })).toEqual(['Lambeth Art Studio']);
    const everywhere = searchActivities(index, { categories: ['arts-creative'], limit: 10 }, now).results.map((result) => result.activity.name);
    expect(everywhere).toEqual(['Hybrid Pottery', 'Lambeth Art Studio', 'Saturday Art Club']);
    expect(names({ siteId: 'edinburgh' })).toEqual([]);
  });

  it('matches any of the categories', () => {
    expect(names({ categories: ['peer-support', 'walking-physical'] })).toEqual(['Evening Peer Chat', 'Albert Park Striders', 'Buile Hill Walkers']);
  });

  describe('when', () => {
    it('today and tomorrow', () => {
      expect(names({ when: { kind: 'today' } })).toEqual(['Hybrid Pottery']);
      expect(names({ when: { kind: 'tomorrow' } })).toEqual(['Evening Peer Chat']);
    });

    it('this week is the coming seven days, today included', () => {
      expect(names({ when: { kind: 'this-week' } })).toEqual([
        'Hybrid Pottery',
        'Evening Peer Chat',
        'Friday Lunch Club',
        'Saturday Art Club',
        'Sunday Social',
        'Albert Park Striders',
        'Buile Hill Walkers',
      ]);
    });

    it('the weekend', () => {
      expect(names({ when: { kind: 'weekend' } })).toEqual(['Saturday Art Club', 'Sunday Social']);
      const result = searchActivities(index, { siteId: 'salford', when: { kind: 'weekend' } }, now).results[0];
      expect(result?.next.start).toBe(london('2026-03-14T14:00'));
    });

    it('on a Sunday, the weekend is the rest of today, and this week still the seven days ahead', () => {
      const sundayMorning = london('2026-03-15T09:00');
      expect(names({ when: { kind: 'weekend' } }, sundayMorning)).toEqual(['Sunday Social']);
      expect(names({ when: { kind: 'this-week' } }, sundayMorning)).toEqual(expect.arrayContaining(['Sunday Social', 'Hybrid Pottery', 'Saturday Art Club']));
      const sundayEvening = london('2026-03-15T18:00');
      expect(names({ when: { kind: 'weekend' } }, sundayEvening)).toEqual([]);
    });

    it('a weekday is the next such day', () => {
      expect(names({ when: { kind: 'weekday', weekday: 2 } })).toEqual(['Albert Park Striders', 'Buile Hill Walkers']);
      const tuesday = searchActivities(index, { siteId: 'salford', when: { kind: 'weekday', weekday: 2 } }, now).results[0];
      expect(tuesday?.next.start).toBe(london('2026-03-17T10:00'));
      // Today is Wednesday: today's session, already under way, counts.
      expect(names({ when: { kind: 'weekday', weekday: 3 } })).toEqual(['Hybrid Pottery']);
    });
  });

  it('filters by the part of the day a session starts in', () => {
    expect(names({ partOfDay: 'morning' })).toEqual(['Hybrid Pottery', 'Sunday Social', 'Albert Park Striders', 'Buile Hill Walkers']);
    expect(names({ partOfDay: 'afternoon' })).toEqual(['Friday Lunch Club', 'Saturday Art Club']);
    expect(names({ partOfDay: 'evening' })).toEqual(['Evening Peer Chat']);
    expect(names({ when: { kind: 'today' }, partOfDay: 'evening' })).toEqual([]);
  });

  describe('near', () => {
    it('keeps listings within maxKm (default 5) of the nearest location and gives the distance', () => {
      expect(names({ near: m6 })).toEqual(['Hybrid Pottery', 'Friday Lunch Club', 'Saturday Art Club', 'Buile Hill Walkers', 'Albert Park Striders']);
      expect(names({ near: { ...m6, maxKm: 1.2 } })).toEqual(['Hybrid Pottery', 'Buile Hill Walkers']);
      expect(names({ near: { ...m6, maxKm: 10 } })).toContain('Sunday Social');
      const lunch = searchActivities(index, { siteId: 'salford', near: m6, categories: ['social-befriending'] }, now).results[0];
      expect(lunch?.activity.name).toBe('Friday Lunch Club');
      expect(lunch?.distanceKm).toBeCloseTo(1.5, 2);
    });

    it('breaks ties of time by distance, then by name', () => {
      // Both walk on Tuesdays at 10:00: Buile Hill is 1 km away, Albert Park 3 km.
      expect(names({ categories: ['walking-physical'], near: m6 })).toEqual(['Buile Hill Walkers', 'Albert Park Striders']);
      expect(names({ categories: ['walking-physical'] })).toEqual(['Albert Park Striders', 'Buile Hill Walkers']);
    });

    it('leaves out online-only listings, unless only online ones are wanted', () => {
      expect(names({ near: { ...m6, maxKm: 100 } })).not.toContain('Evening Peer Chat');
      const results = searchActivities(index, { siteId: 'salford', near: m6, onlineOnly: true }, now).results;
      expect(results.map((result) => [result.activity.name, result.distanceKm])).toEqual([
        ['Hybrid Pottery', expect.closeTo(0.5, 2)],
        ['Evening Peer Chat', undefined],
      ]);
    });
  });

  it('online only keeps listings that can be joined online, and says which are online', () => {
    expect(names({ onlineOnly: true })).toEqual(['Hybrid Pottery', 'Evening Peer Chat']);
    const results = searchActivities(index, { siteId: 'salford', limit: 50 }, now).results;
    expect(results.filter((result) => result.online).map((result) => result.activity.name)).toEqual(['Hybrid Pottery', 'Evening Peer Chat']);
    expect(results.every((result) => result.distanceKm === undefined)).toBe(true);
  });

  it('free only leaves out anything with a cost', () => {
    expect(names({ freeOnly: true })).toEqual(['Evening Peer Chat', 'Friday Lunch Club', 'Sunday Social', 'Buile Hill Walkers']);
  });

  it('needs every accessibility feature asked for', () => {
    expect(names({ accessibility: ['wheelchair-accessible'] })).toEqual(['Saturday Art Club', 'Buile Hill Walkers']);
    expect(names({ accessibility: ['wheelchair-accessible', 'step-free'] })).toEqual(['Buile Hill Walkers']);
    expect(names({ accessibility: ['bsl'] })).toEqual([]);
  });

  it('combines filters', () => {
    expect(names({ categories: ['arts-creative'], freeOnly: true })).toEqual([]);
    expect(names({ categories: ['walking-physical', 'arts-creative'], when: { kind: 'today' }, near: m6 })).toEqual(['Hybrid Pottery']);
  });

  describe('text', () => {
    it('searches name, description, organisation and category labels', () => {
      expect(names({ text: 'pottery' })).toEqual(['Hybrid Pottery']);
      expect(names({ text: 'drawing' })).toEqual(['Saturday Art Club']);
      expect(names({ text: 'befriending' })).toEqual(['Friday Lunch Club', 'Sunday Social']);
      expect(names({ text: 'community trust' })).toHaveLength(7);
    });

    it('forgives a typo and matches prefixes', () => {
      expect(names({ text: 'potery' })).toEqual(['Hybrid Pottery']);
      expect(names({ text: 'paintin' })).toEqual(['Saturday Art Club']);
    });

    it('must match: nothing matching finds nothing', () => {
      expect(names({ text: 'xylophone' })).toEqual([]);
      expect(searchActivities(index, { siteId: 'salford', text: 'xylophone' }, now).total).toBe(0);
    });

    it('ranks by text score, then soonest', () => {
      // "walk" is in Buile Hill's description, and "Walking" is in both walking groups' category label.
      const ranked = names({ text: 'gentle walk' });
      expect(ranked[0]).toBe('Buile Hill Walkers');
      expect(ranked).toContain('Albert Park Striders');
      // A better score beats a sooner session: "Social" is in Sunday Social's name as well as in both labels.
      expect(names({ text: 'social' })).toEqual(['Sunday Social', 'Friday Lunch Club']);
      // With equal scores (only the label "Social & befriending" matches), the sooner session first.
      expect(names({ text: 'befriending' })).toEqual(['Friday Lunch Club', 'Sunday Social']);
    });

    it('applies the other filters too', () => {
      expect(names({ text: 'befriending', near: m6 })).toEqual(['Friday Lunch Club']);
      expect(names({ text: 'pottery', when: { kind: 'tomorrow' } })).toEqual([]);
    });
  });

  it('pages with offset and limit, and counts every match', () => {
    const first = searchActivities(index, { siteId: 'salford' }, now);
    expect(first.total).toBe(7);
    expect(first.results).toHaveLength(5);
    const second = searchActivities(index, { siteId: 'salford', offset: 5 }, now);
    expect(second.total).toBe(7);
    expect(second.results.map((result) => result.activity.name)).toEqual(['Albert Park Striders', 'Buile Hill Walkers']);
    const middle = searchActivities(index, { siteId: 'salford', offset: 2, limit: 2 }, now);
    expect(middle.results.map((result) => result.activity.name)).toEqual(['Friday Lunch Club', 'Saturday Art Club']);
    expect(searchActivities(index, { siteId: 'salford', offset: 10 }, now)).toEqual({ total: 7, results: [] });
    expect(searchActivities(index, { siteId: 'salford', limit: 0 }, now)).toEqual({ total: 7, results: [] });
  });

  it('knows only the sessions inside the horizon it was built for', () => {
    const shortIndex = buildActivityIndex(all, now, 2);
    const found = searchActivities(shortIndex, { siteId: 'salford', limit: 50 }, now).results.map((result) => result.activity.name);
    expect(found).toEqual(['Hybrid Pottery', 'Evening Peer Chat']);
  });
});
