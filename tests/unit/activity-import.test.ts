import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitiesToCsv } from '../../src/admin/activity-csv';
import { planImport, type ImportInput } from '../../src/admin/activity-import';
import type { Activity } from '../../src/domain/activities/activity';
import { taxonomyMapper } from '../../src/domain/activities/taxonomy-mapping';
import { activityToHsds } from '../../src/listings/hsds/hsds-export';
import { artsId, onlineArts, walkId, walkingGroup } from '../support/listing-import-fixtures';

const exampleId = '7ef556d2-d185-403e-8c0a-5cee1b79e910';

function example(): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, '../fixtures/hsds-service-example.json'), 'utf8'));
}

/** An HSDS document for a fixture listing, as uploaded JSON (with `changes` to its top level). */
function uploaded(document: object, changes: Record<string, unknown> = {}): unknown {
  return { ...JSON.parse(JSON.stringify(document)), ...changes };
}

function input(overrides: Partial<ImportInput>): ImportInput {
  return { contentType: 'application/json', body: [], siteId: 'salford', existing: new Map(), idsInOtherSites: new Set(), newId: randomUUID, mapper: taxonomyMapper([]), today: '2026-12-07', ...overrides };
}

/** The site's stored listings, by id. */
function stored(...activities: Activity[]): Map<string, Activity> {
  return new Map(activities.map((activity) => [activity.id, activity]));
}

/** Nothing planned. */
const nothing = { toSave: [], create: [], update: [], unchanged: [], reject: [], needsKind: [] };

describe('planImport with HSDS JSON', () => {
  it('imports a single service object as row 1', () => {
    const outcome = planImport(input({ body: example() }));
    expect(outcome).toMatchObject({ create: [{ row: 1, id: exampleId, name: expect.any(String) }], update: [], reject: [] });
    expect(outcome.toSave.map((activity) => [activity.id, activity.site_id, activity.sample])).toEqual([[exampleId, 'salford', false]]);
  });

  it('imports an array: good services land, bad ones are reported by 1-based position', () => {
    const outcome = planImport(
      input({
        body: [
          uploaded(activityToHsds(walkingGroup())),
          uploaded(activityToHsds(onlineArts()), { name: '' }),
          example(),
          'not a service',
          uploaded(activityToHsds(onlineArts({ id: '9d8c7b6a-5f4e-4d3c-8b2a-190817263544' })), {
            schedules: [{ id: '9d8c7b6a-5f4e-4d3c-8b2a-190817263545', freq: 'WEEKLY', byday: 'XX', dtstart: '2026-01-01', opens_at: '10:00:00', closes_at: '09:00:00' }],
          }),
        ],
        existing: stored(walkingGroup({ name: 'Old name' })),
      }),
    );
    expect(outcome.toSave.map((activity) => activity.id)).toEqual([walkId, exampleId]);
    expect(outcome.create.map((entry) => entry.row)).toEqual([3]);
    expect(outcome.update).toEqual([{ row: 1, id: walkId, name: walkingGroup().name, changes: ['name'] }]);
    expect(outcome.reject).toEqual([
      { row: 2, errors: [{ field: 'name', message: 'required' }] },
      { row: 4, errors: [{ field: '(service)', message: expect.any(String) }] },
      {
        row: 5,
        errors: [
          { field: 'schedules[0].byday', message: 'weekdays like MO, 2MO or -1FR, separated by commas' },
          { field: 'schedules[0].closes_at', message: 'closes_at must be after opens_at' },
        ],
      },
    ]);
  });

  it('refuses an id that belongs to another site', () => {
    const outcome = planImport(input({ body: [example(), uploaded(activityToHsds(walkingGroup()))], idsInOtherSites: new Set([exampleId]) }));
    expect(outcome.toSave.map((activity) => activity.id)).toEqual([walkId]);
    expect(outcome.reject).toEqual([{ row: 1, errors: [{ field: 'id', message: 'belongs to another site' }] }]);
    expect(outcome.create.map((entry) => entry.id)).toEqual([walkId]);
  });

  it('refuses a second service with the same id in one upload', () => {
    const outcome = planImport(input({ body: [example(), example()] }));
    expect(outcome.toSave).toHaveLength(1);
    expect(outcome.reject).toEqual([{ row: 2, errors: [{ field: 'id', message: 'the same id as row 1 of this import' }] }]);
  });

  it.each([null, 42, 'text', true])('reports a JSON body that is no service (%j)', (body) => {
    expect(planImport(input({ body }))).toEqual({
      ...nothing,
      reject: [{ row: 1, errors: [{ field: '(body)', message: 'expected an HSDS service object or an array of them' }] }],
    });
  });

  it('does nothing for an empty array', () => {
    expect(planImport(input({ body: [] }))).toEqual(nothing);
  });
});

describe('planImport with CSV', () => {
  it('creates new listings, updates changed ones naming the fields, and leaves unchanged ones alone', () => {
    const body = activitiesToCsv([walkingGroup(), onlineArts(), onlineArts({ id: 'd2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', name: 'Same as stored' })]);
    const same = onlineArts({ id: 'd2b3c4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e', name: 'Same as stored' });
    const outcome = planImport(input({ contentType: 'text/csv', body, existing: stored(onlineArts({ description: 'Old words.', how_to_join: 'Old way.' }), same) }));
    expect(outcome.toSave).toEqual([walkingGroup(), onlineArts()]);
    expect(outcome.create).toEqual([{ row: 2, id: walkId, name: walkingGroup().name }]);
    expect(outcome.update).toEqual([{ row: expect.any(Number), id: artsId, name: onlineArts().name, changes: ['description', 'how_to_join'] }]);
    expect(outcome.unchanged).toEqual([{ row: expect.any(Number), id: same.id, name: 'Same as stored' }]);
    expect(outcome.reject).toEqual([]);
  });

  it('refuses every row of a listing that belongs to another site, and keeps the bad-row reports in row order', () => {
    const body = activitiesToCsv([walkingGroup(), onlineArts()]).replace(',Online (Zoom),', ',,');
    const outcome = planImport(input({ contentType: 'text/csv', body, idsInOtherSites: new Set([walkId]) }));
    expect(outcome.toSave).toEqual([]);
    expect(outcome.reject).toEqual([
      { row: 2, errors: [{ field: 'id', message: 'belongs to another site' }] },
      { row: 3, errors: [{ field: 'id', message: 'belongs to another site' }] },
      { row: 4, errors: [{ field: 'location_name', message: 'required' }] },
    ]);
  });

  it('creates a new listing for each row without an id, with the id newId gives', () => {
    const text = activitiesToCsv([walkingGroup(), onlineArts()]);
    const [header = '', ...rows] = text.split('\r\n');
    // The arts listing's rows with their id cells emptied: a listing the site does not have yet.
    const withoutArtsId = [header, ...rows.map((row) => row.replace(`${artsId},`, ','))].join('\r\n');
    const newId = 'f0000000-0000-4000-8000-00000000000f';
    const outcome = planImport(input({ contentType: 'text/csv', body: withoutArtsId, existing: stored(walkingGroup({ name: 'Old name' })), newId: () => newId }));
    expect(outcome.reject).toEqual([]);
    expect(outcome.toSave.map((activity) => [activity.id, activity.name])).toEqual([
      [walkId, walkingGroup().name],
      [newId, onlineArts().name],
    ]);
    expect(outcome.toSave[1]).toEqual(onlineArts({ id: newId }));
    expect(outcome.create.map((entry) => entry.id)).toEqual([newId]);
    expect(outcome.update.map((entry) => entry.changes)).toEqual([['name']]);
  });

  it('reports a CSV body that is not text', () => {
    expect(planImport(input({ contentType: 'text/csv', body: { rows: [] } })).reject).toEqual([{ row: 1, errors: [{ field: '(body)', message: 'expected CSV text' }] }]);
  });

  it('reports missing columns as row 1 and saves nothing', () => {
    const outcome = planImport(input({ contentType: 'text/csv', body: 'id,name\n0b7c4e2a-91d3-4f6e-8a5b-2c1d0e9f8a7b,Walk\n' }));
    expect(outcome.toSave).toEqual([]);
    expect(outcome.reject).toHaveLength(1);
    expect(outcome.reject[0]?.row).toBe(1);
  });
});
