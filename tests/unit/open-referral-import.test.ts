import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportInput, type ImportPlan } from '../../src/admin/activity-import';
import type { Activity } from '../../src/domain/activities/activity';
import { taxonomyMapper, type TaxonomyMapping } from '../../src/domain/activities/taxonomy-mapping';

/** The Open Referral fixtures: records shaped as directories publish them (first ORUK profile, HSDS 3.0). */
function fixture(name: 'oruk-v1-services' | 'hsds3-services'): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, `../fixtures/open-referral/${name}.json`), 'utf8'));
}

function plan(body: unknown, overrides: Partial<ImportInput> = {}, rows: TaxonomyMapping[] = []): ImportPlan {
  return planImport({
    contentType: 'application/json',
    body,
    siteId: 'salford',
    existing: new Map(),
    idsInOtherSites: new Set(),
    newId: randomUUID,
    mapper: taxonomyMapper(rows),
    today: '2026-12-07',
    ...overrides,
  });
}

function saved(outcome: ImportPlan, name: string): Activity {
  const found = outcome.toSave.find((activity) => activity.name === name);
  if (found === undefined) throw new Error(`${name} was not saved`);
  return found;
}

describe('Open Referral UK records (first profile) in', () => {
  const outcome = plan(fixture('oruk-v1-services'));

  it('imports the good services, refuses the bad one with its reasons, and flags the one with no kind', () => {
    expect(outcome.create.map((entry) => entry.name)).toEqual(["Friendship Café at St Paul's", "Men's Shed Pendleton", 'Benefits and Debt Advice Drop-in']);
    expect(outcome.reject).toEqual([
      {
        row: 4,
        errors: expect.arrayContaining([
          { field: 'description', message: 'required' },
          { field: 'regular_schedules[0]', message: expect.stringContaining('given only in words ("Most Saturdays in summer, ring to check")') },
        ]),
      },
    ]);
    expect(outcome.needsKind).toEqual([{ row: 2, id: expect.any(String), name: "Men's Shed Pendleton", terms: ["Men's Sheds (Example Salford Directory Categories shed:1)"] }]);
    expect(saved(outcome, "Men's Shed Pendleton").categories).toEqual([]);
  });

  it('reads the nested organisation, physical_addresses, accessibility, contacts’ phones, languages by name and weekday schedules', () => {
    const cafe = saved(outcome, "Friendship Café at St Paul's");
    expect(cafe.categories).toEqual(['social-befriending']);
    expect(cafe.organization.name).toBe('Example Salford CVS');
    expect(cafe.locations).toEqual([expect.objectContaining({ location_type: 'physical', address_1: 'Moor Lane', city: 'Salford', postal_code: 'M7 3PU', latitude: 53.4875, longitude: -2.2912 })]);
    expect(cafe.accessibility).toEqual(['wheelchair-accessible', 'hearing-loop']);
    expect(cafe.phones).toEqual([{ number: '0161 496 0301' }]);
    // Makaton has no ISO 639-1 code: left out, not refused.
    expect(cafe.languages).toEqual(['en', 'pl']);
    expect(cafe.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', interval: 1, byday: 'WE', dtstart: '2026-01-07', opens_at: '10:00', closes_at: '12:30' })]);
    expect(cafe.cost_options).toEqual([expect.objectContaining({ option: 'Free', amount: 0 })]);
    expect(cafe.source_terms).toEqual([
      { vocabulary: 'esdServiceTypes', code: 'esd:1201', label: 'Befriending' },
      { vocabulary: 'esdNeeds', code: 'esdneed:loneliness', label: 'Loneliness and social isolation' },
      { vocabulary: 'Example Salford Age Groups', code: 'age:adults', label: 'Adults' },
    ]);
  });

  it('gives a numbered service a name-based UUID, the same on every import, and skips a schedule given only in words beside a real one', () => {
    const shed = saved(outcome, "Men's Shed Pendleton");
    expect(shed.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved(plan(fixture('oruk-v1-services')), "Men's Shed Pendleton").id).toBe(shed.id);
    expect(shed.schedules.map((schedule) => schedule.byday)).toEqual(['TU,TH']);
    expect(shed.phones).toEqual([{ number: '07700 900461' }]);
    expect(shed.how_to_join).toBe('Call 07700 900461.');
    expect(shed.assured_date).toBe('2026-06-02');
  });

  it('maps a term through the site’s own row, which wins over a built-in one', () => {
    const mapped = plan(fixture('oruk-v1-services'), {}, [
      { vocabulary: 'Example Salford Directory Categories', code: 'shed:1', category: 'social-befriending' },
      { vocabulary: 'esdServiceTypes', code: 'Debt advice', category: 'employment-advice' },
      { vocabulary: 'esd service types', code: 'welfare benefits advice', category: null },
    ]);
    expect(mapped.needsKind).toEqual([]);
    expect(saved(mapped, "Men's Shed Pendleton").categories).toEqual(['social-befriending']);
    expect(saved(mapped, 'Benefits and Debt Advice Drop-in').categories).toEqual(['employment-advice']);
  });
});

describe('HSDS 3.0 records in', () => {
  const outcome = plan(fixture('hsds3-services'));

  it('maps Open Eligibility and Open Referral UK terms by label, and flags a directory-only term', () => {
    expect(outcome.reject).toEqual([]);
    expect(saved(outcome, 'Salford Walking for Health: Peel Park').categories).toEqual(['walking-physical']);
    expect(saved(outcome, 'Hearing Voices Group (online)').categories).toEqual(['peer-support']);
    expect(outcome.needsKind).toEqual([{ row: 3, id: '5b0f3c74-8e9a-4d3c-9a2b-4c6d8e0f2a33', name: 'Stitch and Natter', terms: ["Craft groups (Example Salford Libraries What's On LIB-CRAFT)"] }]);
  });

  it('takes the physical address over a postal one, schedules from service_at_locations, valid_from as the start, and ignores unknown fields', () => {
    const walk = saved(outcome, 'Salford Walking for Health: Peel Park');
    expect(walk.locations).toEqual([expect.objectContaining({ address_1: 'The Crescent', postal_code: 'M5 4WU' })]);
    expect(walk.schedules).toEqual([expect.objectContaining({ byday: 'MO', dtstart: '2026-01-05', opens_at: '10:30', closes_at: '11:15' })]);
    expect(walk.accessibility).toEqual(['step-free']);
    const stitch = saved(outcome, 'Stitch and Natter');
    expect(stitch.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'FR', dtstart: '2026-03-06' })]);
    expect(stitch.how_to_join).toBe('Email stitch@example-library.org.uk.');
    const voices = saved(outcome, 'Hearing Voices Group (online)');
    expect(voices.locations).toEqual([expect.objectContaining({ location_type: 'virtual', name: 'Zoom' })]);
    expect(voices.assured_date).toBe('2026-08-19');
    expect(voices.cost_options).toEqual([expect.objectContaining({ amount: 0 })]);
  });

  it('leaves an unchanged listing alone and keeps a kind a site admin gave one the directory leaves without', () => {
    const stitch = saved(outcome, 'Stitch and Natter');
    const walk = saved(outcome, 'Salford Walking for Health: Peel Park');
    const existing = new Map([
      [stitch.id, { ...stitch, categories: ['arts-creative' as const] }],
      [walk.id, { ...walk, description: 'Older words.' }],
    ]);
    const again = plan(fixture('hsds3-services'), { existing });
    expect(again.unchanged.map((entry) => entry.name)).toEqual(['Stitch and Natter']);
    expect(again.update).toEqual([{ row: 1, id: walk.id, name: walk.name, changes: ['description'] }]);
    expect(again.create.map((entry) => entry.name)).toEqual(['Hearing Voices Group (online)']);
    expect(again.toSave.map((activity) => activity.name)).toEqual([walk.name, 'Hearing Voices Group (online)']);
    expect(again.needsKind).toEqual([]);
  });
});
