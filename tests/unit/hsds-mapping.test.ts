import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../src/domain/activities/activity';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { hsdsToActivity } from '../../src/listings/hsds/hsds-import';
import { hsdsServiceSchema } from '../../src/listings/hsds/hsds-schema';
import { stableUuid } from '../../src/listings/hsds/stable-uuid';
import type { FieldError } from '../../src/listings/listing-draft';
import { onlineArts, walkingGroup } from '../support/listing-import-fixtures';

/** The fixture as an untyped JSON document, freshly parsed each time (tests edit it). */
function orukExample(): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/hsds-service-example.json'), 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('fixture is not an object');
  return { ...value };
}

/** A JSON round trip, as a feed or upload would carry the document. */
function overTheWire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function errorsOf(result: ReturnType<typeof hsdsToActivity>): FieldError[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

function activityOf(result: ReturnType<typeof hsdsToActivity>): Activity {
  if (!result.ok) throw new Error(`expected an activity: ${JSON.stringify(result.errors)}`);
  return result.activity;
}

/** A minimal valid HSDS service; `overrides` replace top-level fields. */
function minimalService(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '5c1e8f9e-2d0a-4a57-9b1e-3f3c6b7d8e90',
    name: 'Peer support circle',
    description: 'Meet others who understand.',
    status: 'active',
    application_process: 'Just come along.',
    assured_date: '2026-08-01',
    organization: { id: 'f1d2c3b4-a5e6-4f70-8a91-b2c3d4e5f607', name: 'Example Peer Network' },
    service_at_locations: [
      {
        id: 'aa2c3b4d-5e6f-4a70-8b91-c2d3e4f50617',
        location: {
          id: 'bb2c3b4d-5e6f-4a70-8b91-c2d3e4f50617',
          location_type: 'physical',
          name: 'Community centre',
          latitude: 51.4613,
          longitude: -0.1156,
          addresses: [{ id: 'cc2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', address_1: '2 Example Street', city: 'London', postal_code: 'SW9 8AA', country: 'GB', address_type: 'physical' }],
        },
      },
    ],
    schedules: [
      { id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'WEEKLY', interval: 1, byday: 'TH', dtstart: '2026-01-08', opens_at: '14:00:00', closes_at: '15:30:00' },
    ],
    attributes: [{ id: 'ee2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', taxonomy_term: { id: 'ff2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', code: 'peer-support', name: 'Peer support', taxonomy: 'living-well' } }],
    ...overrides,
  };
}

describe('activityToHsds', () => {
  it('publishes a listing as an HSDS 3.0 compiled service', () => {
    const activity = walkingGroup();
    const hsds = activityToHsds(activity);
    expect(hsdsServiceSchema.safeParse(overTheWire(hsds)).success).toBe(true);
    expect(hsds).toMatchObject({
      id: activity.id,
      organization_id: activity.organization.id,
      name: 'Tuesday walking group',
      status: 'active',
      application_process: activity.how_to_join,
      assured_date: '2026-10-01',
      organization: { id: activity.organization.id, name: 'Example Walking Friends', website: 'https://walking.example.org/' },
      languages: [{ code: 'en', name: 'English' }],
      phones: [{ number: '0161 496 0000' }],
      cost_options: [],
    });
    expect(hsds.schedules?.[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00:00', closes_at: '11:30:00' });
    expect(hsds.service_at_locations?.[0]?.location).toMatchObject({
      location_type: 'physical',
      latitude: 53.4872,
      addresses: [{ address_1: '1 Example Road', city: 'Salford', postal_code: 'M6 5AA', country: 'GB', address_type: 'physical' }],
      accessibility: [{ description: 'Step-free access' }, { description: 'Accessible toilet' }],
    });
  });

  it('puts categories in the living-well taxonomy and the site in living-well-site', () => {
    const terms = activityToHsds(walkingGroup()).attributes?.map((attribute) => attribute.taxonomy_term);
    expect(terms).toEqual([
      expect.objectContaining({ taxonomy: 'living-well', code: 'walking-physical', name: 'Walking & physical activity' }),
      expect.objectContaining({ taxonomy: 'living-well', code: 'social-befriending', name: 'Social & befriending' }),
      expect.objectContaining({ taxonomy: 'living-well-site', code: 'salford', name: 'Salford' }),
    ]);
  });

  it('is deterministic: the same listing gives the same document', () => {
    expect(activityToHsds(onlineArts())).toEqual(activityToHsds(onlineArts()));
  });
});

describe('hsdsToActivity', () => {
  it.each([
    ['a physical listing with two schedules', walkingGroup()],
    ['a virtual listing with costs, languages and contact details', onlineArts()],
    [
      'a listing with two locations, random ids and phone descriptions',
      onlineArts({
        id: '3d1f5c8a-7b2e-4c9d-8e1f-0a2b3c4d5e6f',
        site_id: 'lambeth',
        organization: { id: '4e2a6d9b-8c3f-4dae-9f20-1b3c4d5e6f70', name: 'Org' },
        locations: [
          { id: '5f3b7eac-9d40-4ebf-a031-2c4d5e6f7081', location_type: 'virtual', name: 'Online' },
          {
            id: '6a4c8fbd-ae51-4fc0-b142-3d5e6f708192',
            location_type: 'physical',
            name: 'Library',
            address_1: '1 High St',
            city: 'London',
            postal_code: 'SE11 5AA',
            latitude: 51.49,
            longitude: -0.11,
          },
        ],
        phones: [{ number: '020 7946 0000', description: 'Mondays only' }, { number: '07700 900123' }],
        cost_options: [
          { id: '7b5d90ce-bf62-4ad1-8253-4e6f708192a3', option: 'Free', amount: 0, currency: 'GBP' },
          { id: '8c6ea1df-c073-4be2-9364-5f708192a3b4', option: 'Waged', amount: 5, currency: 'GBP' },
        ],
        accessibility: [],
        sample: true,
      }),
    ],
  ])('round-trips %s (except sample, which imports never set)', (_name, activity) => {
    const back = activityOf(hsdsToActivity(overTheWire(activityToHsds(activity)), activity.site_id));
    expect(back).toStrictEqual({ ...activity, sample: false });
  });

  it('maps an Open Referral UK service: HH:MM:SS times, term/accessibility names, fallbacks', () => {
    const activity = activityOf(hsdsToActivity(orukExample(), 'salford'));
    expect(activitySchema.parse(activity)).toStrictEqual(activity);
    expect(activity).toStrictEqual({
      id: '7ef556d2-d185-403e-8c0a-5cee1b79e910',
      site_id: 'salford',
      // The directory's own term is kept, for the site's mapping table (it maps to none by default).
      source_terms: [{ vocabulary: 'esdServiceTypes', code: 'bccsvcgrp:8', label: 'Leisure and culture' }],
      name: 'Walk and Talk at the Quays',
      description: expect.stringContaining('Salford Quays'),
      status: 'active',
      organization: { id: 'dd5717b6-f58f-4a84-ac56-5b9952df2c6c', name: 'Walk and Talk Salford CIC', website: 'https://walkandtalk.example.org.uk' },
      // The postal (mail) address is not a place the activity happens.
      locations: [
        {
          id: 'dddede5b-8028-41b3-ab58-e0f58d65912e',
          location_type: 'physical',
          name: 'Salford Quays tram stop (meet by the ticket machines)',
          address_1: 'The Quays',
          city: 'Salford',
          postal_code: 'M50 3AW',
          latitude: 53.4732,
          longitude: -2.2933,
        },
      ],
      schedules: [
        {
          id: '9a2a9d09-dfdc-4d5f-b634-1412f71e4471',
          freq: 'WEEKLY',
          interval: 1,
          byday: 'WE',
          dtstart: '2026-01-07',
          valid_from: '2026-01-01',
          opens_at: '10:30',
          closes_at: '12:00',
          description: 'Every Wednesday, 10:30am to 12 noon',
        },
        {
          id: '60b7f6f4-b62f-4700-a3d4-c47410de34ce',
          freq: 'MONTHLY',
          interval: 1,
          byday: '2SA',
          dtstart: '2026-01-10',
          opens_at: '11:00',
          closes_at: '13:30',
          description: 'Second Saturday of the month, longer walk',
        },
      ],
      cost_options: [{ id: '0f6f2a44-6a3c-4e0e-9a3b-7c1b2b0e1a09', option: 'Free', amount: 0, currency: 'GBP' }],
      categories: ['walking-physical', 'social-befriending'],
      // "Benches along the route" is not in our vocabulary: ignored.
      accessibility: ['step-free'],
      languages: ['en', 'ur'],
      phones: [{ number: '0161 496 0877', description: 'Walk leader, weekdays' }],
      email: 'walks@walkandtalk.example.org.uk',
      url: 'https://walkandtalk.example.org.uk/quays',
      // The UK profile has no application_process or assured_date.
      how_to_join: 'See https://walkandtalk.example.org.uk/quays. Call 0161 496 0877. Email walks@walkandtalk.example.org.uk.',
      assured_date: '2026-09-02',
      sample: false,
    });
  });

  it('reads HSDS 3.0 names (taxonomy_term.name, accessibility.description) and HH:MM times', () => {
    const service = minimalService({
      schedules: [{ id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'weekly', byday: 'mo, th', dtstart: '2026-01-05T00:00:00Z', opens_at: '9:30', closes_at: '11:00' }],
      attributes: [{ id: 'x', taxonomy_term: { id: 'y', name: 'Arts & creative', taxonomy: 'living-well' } }],
      taxonomy_terms: [{ id: 'learning-courses', taxonomy: 'Living-Well' }],
    });
    const activity = activityOf(hsdsToActivity(service, 'lambeth'));
    expect(activity.schedules).toEqual([
      { id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'WEEKLY', interval: 1, byday: 'MO,TH', dtstart: '2026-01-05', opens_at: '09:30', closes_at: '11:00' },
    ]);
    expect(activity.categories).toEqual(['arts-creative', 'learning-courses']);
    expect(activity.languages).toEqual(['en']);
    expect(activity.site_id).toBe('lambeth');
  });

  it('accepts null for absent fields and ignores fields it does not use', () => {
    const service = minimalService({ url: null, email: '', alert: null, wait_time: '2 weeks', phones: null, cost_options: null, languages: null, funding: [{ id: 'f', source: 'x' }] });
    const activity = activityOf(hsdsToActivity(service, 'lambeth'));
    expect(activity.url).toBeUndefined();
    expect(activity.email).toBeUndefined();
    expect(activity.phones).toEqual([]);
    expect(activity.cost_options).toEqual([]);
  });

  it('takes schedules from service_at_locations when the service has none', () => {
    const base = minimalService();
    const schedule = { freq: 'WEEKLY', byday: 'FR', dtstart: '2026-01-09', opens_at: '10:00:00', closes_at: '12:00:00' };
    const service = minimalService({
      schedules: [],
      service_at_locations: [{ id: 'aa2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', location: hsdsLocationOf(base), schedules: [schedule] }],
    });
    const activity = activityOf(hsdsToActivity(service, 'lambeth'));
    expect(activity.schedules).toEqual([{ id: stableUuid(String(base['id']), 'schedule:0'), freq: 'WEEKLY', interval: 1, byday: 'FR', dtstart: '2026-01-09', opens_at: '10:00', closes_at: '12:00' }]);
  });

  it('derives missing or non-UUID sub-object ids from the service id, the same on every import', () => {
    const id = '5c1e8f9e-2d0a-4a57-9b1e-3f3c6b7d8e90';
    const service = minimalService({
      organization: { name: 'No id org' },
      service_at_locations: [{ location: { location_type: 'virtual', name: 'Online', url: 'https://meet.example.com/x' } }],
      schedules: [{ id: 'sched-42', freq: 'WEEKLY', byday: 'TH', dtstart: '2026-01-08', opens_at: '14:00', closes_at: '15:00' }],
      cost_options: [{ option: 'per session', amount: '2.50' }],
    });
    const first = activityOf(hsdsToActivity(service, 'lambeth'));
    expect(first.organization.id).toBe(stableUuid(id, 'organization:0'));
    expect(first.locations[0]?.id).toBe(stableUuid(id, 'location:0'));
    expect(first.schedules[0]?.id).toBe(stableUuid(id, 'schedule:id:sched-42'));
    expect(first.cost_options).toEqual([{ id: stableUuid(id, 'cost_option:0'), option: 'per session', amount: 2.5, currency: 'GBP' }]);
    expect(activityOf(hsdsToActivity(service, 'lambeth'))).toStrictEqual(first);
  });

  it.each<[string, Record<string, unknown>, FieldError]>([
    ['a missing id', { id: undefined }, { field: 'id', message: 'required' }],
    ['an empty id', { id: ' ' }, { field: 'id', message: expect.stringContaining('required') }],
    ['a missing name', { name: null }, { field: 'name', message: 'required' }],
    ['an unknown status', { status: 'open' }, { field: 'status', message: expect.stringContaining('active') }],
    ['no organization', { organization: undefined }, { field: 'organization', message: 'required' }],
    ['no application process or contact details', { application_process: '' }, { field: 'application_process', message: 'required' }],
    [
      'a bad weekday',
      { schedules: [{ id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'WEEKLY', byday: 'XX', dtstart: '2026-01-08', opens_at: '14:00', closes_at: '15:00' }] },
      { field: 'schedules[0].byday', message: 'weekdays like MO, 2MO or -1FR, separated by commas' },
    ],
    [
      'closing before opening',
      { schedules: [{ id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'WEEKLY', byday: 'TH', dtstart: '2026-01-08', opens_at: '15:00:00', closes_at: '14:00:00' }] },
      { field: 'schedules[0].closes_at', message: 'closes_at must be after opens_at' },
    ],
    [
      'a time that is not one',
      { schedules: [{ id: 'dd2c3b4d-5e6f-4a70-8b91-c2d3e4f50617', freq: 'WEEKLY', byday: 'TH', dtstart: '2026-01-08', opens_at: '2pm', closes_at: '15:00' }] },
      { field: 'schedules[0].opens_at', message: 'a time as HH:MM, 24-hour' },
    ],
    ['a language code we cannot use', { languages: [{ id: 'l', name: 'English', code: 'eng' }] }, { field: 'languages[0].code', message: 'an ISO 639-1 language code like en' }],
    ['a cost in dollars', { cost_options: [{ id: 'c', option: 'Entry', amount: 5, currency: 'usd' }] }, { field: 'cost_options[0].currency', message: expect.any(String) }],
    ['no locations at all', { service_at_locations: [] }, { field: 'service_at_locations', message: 'needs at least one physical or virtual location' }],
  ])('reports %s against the HSDS field', (_name, overrides, expected) => {
    expect(errorsOf(hsdsToActivity(minimalService(overrides), 'lambeth'))).toContainEqual(expected);
  });

  it('names location fields by their place in the document', () => {
    const base = minimalService();
    const location = hsdsLocationOf(base);
    const service = minimalService({
      service_at_locations: [
        {
          id: 'aa2c3b4d-5e6f-4a70-8b91-c2d3e4f50617',
          location: {
            ...location,
            latitude: 'north-ish',
            addresses: [
              { id: 'p', address_1: 'PO Box 1', city: 'London', postal_code: 'SW9 8AA', address_type: 'postal' },
              { id: 'q', address_1: '2 Example Street', city: 'London', postal_code: 'NOT A POSTCODE', address_type: 'physical' },
            ],
          },
        },
      ],
    });
    const errors = errorsOf(hsdsToActivity(service, 'lambeth'));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'service_at_locations[0].location.latitude', message: 'a number' },
        { field: 'service_at_locations[0].location.addresses[1].postal_code', message: 'not a UK postcode (like M6 5AA)' },
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it('reports a body that is not a service', () => {
    expect(errorsOf(hsdsToActivity('hello', 'lambeth'))).toEqual([{ field: '(service)', message: expect.any(String) }]);
    expect(errorsOf(hsdsToActivity({ id: 'x', schedules: 'weekly' }, 'lambeth'))).toContainEqual({ field: 'schedules', message: expect.any(String) });
  });

  it('gives the service id back in lower case', () => {
    const activity = activityOf(hsdsToActivity(minimalService({ id: '5C1E8F9E-2D0A-4A57-9B1E-3F3C6B7D8E90' }), 'lambeth'));
    expect(activity.id).toBe('5c1e8f9e-2d0a-4a57-9b1e-3f3c6b7d8e90');
  });
});

describe('stableUuid', () => {
  it('is RFC 9562 version 5', () => {
    // The RFC's DNS namespace example.
    expect(stableUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => stableUuid('not-a-uuid', 'x')).toThrow();
  });
});

/** The first location object of a service built by minimalService. */
function hsdsLocationOf(service: Record<string, unknown>): Record<string, unknown> {
  const parsed = hsdsServiceSchema.parse(service);
  const location = parsed.service_at_locations?.[0]?.location;
  if (location === null || location === undefined) throw new Error('no location');
  return { ...location };
}
