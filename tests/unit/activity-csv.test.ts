import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { activitiesToCsv, activityCsvColumns, parseActivityCsv, type ActivityCsvColumn } from '../../src/admin/activity-csv';
import { stableUuid } from '../../src/listings/hsds/stable-uuid';
import type { Activity } from '../../src/domain/activities/activity';
import { artsId, onlineArts, walkId, walkingGroup } from '../support/listing-import-fixtures';

type Row = Partial<Record<ActivityCsvColumn, string>>;

const goodId = '0b7c4e2a-91d3-4f6e-8a5b-2c1d0e9f8a7b';

/** A complete, valid row for a physical weekly activity; `overrides` replace cells. */
function row(overrides: Row = {}): Row {
  return {
    id: goodId,
    name: 'Coffee and chat',
    description: 'A relaxed morning of coffee and conversation.',
    status: 'active',
    organization_name: 'Example Befrienders',
    organization_website: '',
    category: 'social-befriending',
    location_type: 'physical',
    location_name: 'St Example Church Hall',
    address_1: '5 Example Lane',
    city: 'Salford',
    postal_code: 'M6 8HD',
    latitude: '53.4884',
    longitude: '-2.2952',
    online_url: '',
    freq: 'WEEKLY',
    interval: '1',
    byday: 'MO',
    bymonthday: '',
    dtstart: '2026-01-05',
    until: '',
    valid_from: '',
    valid_to: '',
    opens_at: '10:00',
    closes_at: '11:30',
    schedule_description: 'Mondays 10 to 11:30',
    cost_amount: '',
    cost_description: '',
    accessibility: 'step-free',
    languages: 'en',
    phone: '0161 496 0555',
    email: '',
    url: '',
    how_to_join: 'Just drop in.',
    assured_date: '2026-10-01',
    ...overrides,
  };
}

/** The cell of `cells` under a header name as written (`' NAME '`); `extra` for unknown columns. */
function cellFor(header: string, cells: Row): string {
  const known = activityCsvColumns.find((column) => column === header.trim().toLowerCase());
  return known === undefined ? 'extra' : (cells[known] ?? '');
}

/** CSV text with the given header (all columns by default) and rows. */
function csv(rows: readonly Row[], columns: readonly string[] = activityCsvColumns): string {
  return stringify(
    rows.map((cells) => columns.map((column) => cellFor(column, cells))),
    { header: true, columns: [...columns] },
  );
}

describe('activitiesToCsv and parseActivityCsv', () => {
  it('round-trip listings: one row per schedule, quoting commas, quotes, newlines and formula-like text', () => {
    const activities: Activity[] = [walkingGroup(), onlineArts()];
    const text = activitiesToCsv(activities);
    expect(text.startsWith('\uFEFFid,name,description,')).toBe(true);
    expect(text.split('\r\n').filter((line) => line.startsWith(walkId))).toHaveLength(2);
    // Formula-like text is defused for spreadsheets; numbers are left alone.
    expect(text).toContain(`"'=the 1st and 15th, every other month"`);
    expect(text).toContain(`'+44 161 496 0123`);
    expect(text).toContain(`'@ Email us`);
    expect(text).toContain(`,'-1FR,`);
    expect(text).toContain(',-2.2901,');
    const parsed = parseActivityCsv(text, 'salford');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.activities).toStrictEqual(activities);
  });

  it('re-derives sub-object ids that did not come from CSV (the CSV carries only the listing id)', () => {
    const activity = walkingGroup({
      schedules: walkingGroup().schedules.map((schedule) => ({ ...schedule, id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' })),
    });
    const [back] = parseActivityCsv(activitiesToCsv([activity]), 'salford').activities;
    expect(back?.schedules.map((schedule) => schedule.id)).toEqual([stableUuid(walkId, 'schedule:0'), stableUuid(walkId, 'schedule:1')]);
  });

  it('writes only a header for no listings', () => {
    expect(activitiesToCsv([])).toBe(`\uFEFF${activityCsvColumns.join(',')}\r\n`);
  });
});

describe('parseActivityCsv', () => {
  it('imports a good row, with derived ids and defaults', () => {
    const { activities, rejected } = parseActivityCsv(csv([row({ interval: '', languages: '', cost_amount: '£3.50' })]), 'salford');
    expect(rejected).toEqual([]);
    expect(activities).toStrictEqual([
      {
        id: goodId,
        site_id: 'salford',
        name: 'Coffee and chat',
        description: 'A relaxed morning of coffee and conversation.',
        status: 'active',
        organization: { id: stableUuid(goodId, 'organization:0'), name: 'Example Befrienders' },
        locations: [
          {
            id: stableUuid(goodId, 'location:0'),
            location_type: 'physical',
            name: 'St Example Church Hall',
            address_1: '5 Example Lane',
            city: 'Salford',
            postal_code: 'M6 8HD',
            latitude: 53.4884,
            longitude: -2.2952,
          },
        ],
        schedules: [
          {
            id: stableUuid(goodId, 'schedule:0'),
            freq: 'WEEKLY',
            interval: 1,
            byday: 'MO',
            dtstart: '2026-01-05',
            opens_at: '10:00',
            closes_at: '11:30',
            description: 'Mondays 10 to 11:30',
          },
        ],
        cost_options: [{ id: stableUuid(goodId, 'cost_option:0'), option: 'per session', amount: 3.5, currency: 'GBP' }],
        categories: ['social-befriending'],
        accessibility: ['step-free'],
        languages: ['en'],
        phones: [{ number: '0161 496 0555' }],
        how_to_join: 'Just drop in.',
        assured_date: '2026-10-01',
        sample: false,
      },
    ]);
  });

  it('lands good rows and rejects each bad row alone, with field-level reasons and spreadsheet row numbers', () => {
    const ids = [
      '11111111-1111-4111-8111-111111111111',
      '22222222-2222-4222-8222-222222222222',
      '33333333-3333-4333-8333-333333333333',
      '44444444-4444-4444-8444-444444444444',
      '55555555-5555-4555-8555-555555555555',
      '66666666-6666-4666-8666-666666666666',
      '77777777-7777-4777-8777-777777777777',
      '88888888-8888-4888-8888-888888888888',
    ] as const;
    const text = csv([
      row({ id: ids[0] }), // row 2: good
      row({ id: ids[1], postal_code: 'ZZ99 ZZZZ' }), // row 3
      row({ id: ids[2], byday: 'XX' }), // row 4
      row({ id: ids[3], opens_at: '14:00', closes_at: '13:00' }), // row 5
      row({ id: ids[4], category: 'peer-support;gardening' }), // row 6
      row({ id: ids[5], name: '' }), // row 7
      row({ id: ids[6], latitude: 'fifty-three' }), // row 8
      row({ id: ids[7], location_type: 'virtual', location_name: 'Online', online_url: 'https://meet.example.com/abc' }), // row 9: good
    ]);
    const { activities, rejected } = parseActivityCsv(text, 'salford');
    expect(activities.map((activity) => activity.id)).toEqual([ids[0], ids[7]]);
    expect(rejected).toEqual([
      { row: 3, errors: [{ field: 'postal_code', message: 'not a UK postcode (like M6 5AA)' }] },
      { row: 4, errors: [{ field: 'byday', message: 'weekdays like MO, 2MO or -1FR, separated by commas' }] },
      { row: 5, errors: [{ field: 'closes_at', message: 'closes_at must be after opens_at' }] },
      { row: 6, errors: [{ field: 'category', message: expect.stringContaining('unknown category "gardening"') }] },
      { row: 7, errors: [{ field: 'name', message: 'required' }] },
      { row: 8, errors: [{ field: 'latitude', message: 'a number of degrees, like 53.4808' }] },
    ]);
  });

  it('reports every problem of a row', () => {
    const { rejected } = parseActivityCsv(csv([row({ id: 'not-a-uuid', status: 'open', freq: 'DAILY', category: '', languages: 'English' })]), 'salford');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.errors.map((error) => error.field).sort()).toEqual(['category', 'freq', 'id', 'languages', 'status']);
  });

  it('makes a multi-schedule activity from rows with the same id; later rows may leave activity cells empty', () => {
    const activityCells = Object.fromEntries(activityCsvColumns.map((column) => [column, '']));
    const second: Row = {
      ...activityCells,
      id: goodId,
      freq: 'MONTHLY',
      byday: '2TH',
      dtstart: '2026-01-08',
      opens_at: '18:00',
      closes_at: '20:00',
    };
    const { activities, rejected } = parseActivityCsv(csv([row(), second, row({ name: 'Coffee and chat', byday: 'WE' })]), 'salford');
    expect(rejected).toEqual([]);
    expect(activities).toHaveLength(1);
    expect(activities[0]?.schedules).toEqual([
      expect.objectContaining({ id: stableUuid(goodId, 'schedule:0'), freq: 'WEEKLY', byday: 'MO' }),
      { id: stableUuid(goodId, 'schedule:1'), freq: 'MONTHLY', interval: 1, byday: '2TH', dtstart: '2026-01-08', opens_at: '18:00', closes_at: '20:00' },
      expect.objectContaining({ id: stableUuid(goodId, 'schedule:2'), byday: 'WE' }),
    ]);
  });

  it('rejects a later row whose activity fields disagree, naming the field; the activity keeps its other schedules', () => {
    const { activities, rejected } = parseActivityCsv(
      csv([row(), row({ name: 'Coffee & chat', byday: 'TU' }), row({ postal_code: 'm6 8hd', category: ' Social & befriending ', latitude: '53.48840', status: 'ACTIVE', byday: 'WE' })]),
      'salford',
    );
    expect(rejected).toEqual([{ row: 3, errors: [{ field: 'name', message: 'differs from row 2, the first row of this activity: leave it empty or repeat "Coffee and chat"' }] }]);
    expect(activities[0]?.schedules.map((schedule) => [schedule.id, schedule.byday])).toEqual([
      [stableUuid(goodId, 'schedule:0'), 'MO'],
      // Row 3 was refused, but the schedule numbering counts it: fixing it later keeps these ids.
      [stableUuid(goodId, 'schedule:2'), 'WE'],
    ]);
  });

  it('drops only the bad schedule row of a multi-row activity, and the whole activity when every row is bad', () => {
    const other = '0c8d5f3b-a2e4-4071-9b6c-3d2e1f0a9b8c';
    const { activities, rejected } = parseActivityCsv(
      csv([row({ byday: 'XX' }), row({ byday: 'FR' }), row({ id: other, byday: 'XX' }), row({ id: other, opens_at: '25:00' })]),
      'salford',
    );
    expect(activities.map((activity) => [activity.id, activity.schedules.map((schedule) => schedule.byday)])).toEqual([[goodId, ['FR']]]);
    expect(rejected.map((entry) => entry.row)).toEqual([2, 4, 5]);
  });

  it('refuses an eleventh schedule', () => {
    const rows = Array.from({ length: 11 }, (_, index) => row({ dtstart: `2026-01-${String(index + 5).padStart(2, '0')}` }));
    const { activities, rejected } = parseActivityCsv(csv(rows), 'salford');
    expect(activities[0]?.schedules).toHaveLength(10);
    expect(rejected).toEqual([{ row: 12, errors: [{ field: 'id', message: 'an activity has at most 10 schedules (rows)' }] }]);
  });

  it('gives nothing for an empty file or a header alone', () => {
    expect(parseActivityCsv('', 'salford')).toEqual({ activities: [], rejected: [], ignoredColumns: [] });
    expect(parseActivityCsv('\uFEFF', 'salford')).toEqual({ activities: [], rejected: [], ignoredColumns: [] });
    expect(parseActivityCsv(`${activityCsvColumns.join(',')}\n`, 'salford')).toEqual({ activities: [], rejected: [], ignoredColumns: [] });
  });

  it('rejects everything when required columns are missing, naming them on row 1', () => {
    const columns = activityCsvColumns.filter((column) => column !== 'opens_at' && column !== 'how_to_join');
    const { activities, rejected } = parseActivityCsv(csv([row()], columns), 'salford');
    expect(activities).toEqual([]);
    expect(rejected).toEqual([
      {
        row: 1,
        errors: [
          { field: 'opens_at', message: expect.stringContaining('missing column') },
          { field: 'how_to_join', message: expect.stringContaining('missing column') },
        ],
      },
    ]);
  });

  it('rejects everything when a column appears twice', () => {
    const { rejected } = parseActivityCsv(csv([row()], [...activityCsvColumns, 'name']), 'salford');
    expect(rejected).toEqual([{ row: 1, errors: [{ field: 'name', message: 'this column appears more than once' }] }]);
  });

  it('ignores unknown columns and lists them; matches headers in any case, in any order', () => {
    const columns = ['Notes', ...[...activityCsvColumns].reverse().map((column) => (column === 'name' ? ' NAME ' : column))];
    const { activities, rejected, ignoredColumns } = parseActivityCsv(csv([row()], columns), 'salford');
    expect(rejected).toEqual([]);
    expect(ignoredColumns).toEqual(['Notes']);
    expect(activities[0]?.name).toBe('Coffee and chat');
  });

  it('handles a BOM, CRLF, quoted commas and newlines, and counts rows as a spreadsheet does', () => {
    const header = activityCsvColumns.join(',');
    const cells = (overrides: Row): string =>
      activityCsvColumns
        .map((column) => {
          const value = row(overrides)[column] ?? '';
          return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(',');
    const text = [
      `\uFEFF${header}`,
      cells({ description: 'Line one,\nline "two"' }), // row 2 spans two lines
      '', // row 3: blank, skipped but counted
      cells({ id: '0c8d5f3b-a2e4-4071-9b6c-3d2e1f0a9b8c', byday: 'XX' }), // row 4
      '',
    ].join('\r\n');
    const { activities, rejected } = parseActivityCsv(text, 'salford');
    expect(activities[0]?.description).toBe('Line one,\nline "two"');
    expect(rejected).toEqual([{ row: 4, errors: [{ field: 'byday', message: expect.any(String) }] }]);
  });

  it('accepts spreadsheet habits: HH:MM:SS times, DD/MM/YYYY dates, lower-case codes, £ amounts, label names', () => {
    const { activities, rejected } = parseActivityCsv(
      csv([
        row({
          opens_at: '9:30:00',
          closes_at: '11:00:00',
          dtstart: '05/01/2026',
          assured_date: '1/10/2026',
          freq: 'weekly',
          byday: 'mo, th',
          status: 'Active',
          location_type: 'Physical',
          postal_code: 'm68hd',
          category: 'Peer support; arts-creative',
          accessibility: 'Hearing loop;step-free',
          languages: 'EN;pl',
          cost_amount: '£0',
          cost_description: 'Donations welcome',
        }),
      ]),
      'salford',
    );
    expect(rejected).toEqual([]);
    expect(activities[0]).toMatchObject({
      status: 'active',
      schedules: [{ freq: 'WEEKLY', byday: 'MO,TH', dtstart: '2026-01-05', opens_at: '09:30', closes_at: '11:00' }],
      assured_date: '2026-10-01',
      locations: [{ postal_code: 'M6 8HD' }],
      categories: ['peer-support', 'arts-creative'],
      accessibility: ['hearing-loop', 'step-free'],
      languages: ['en', 'pl'],
      cost_options: [{ option: 'Donations welcome', amount: 0, currency: 'GBP' }],
    });
  });

  it('reports CSV it cannot read', () => {
    const text = `${activityCsvColumns.join(',')}\n${goodId},"unclosed\n`;
    expect(parseActivityCsv(text, 'salford')).toEqual({
      activities: [],
      rejected: [{ row: 2, errors: [{ field: 'csv', message: 'a quote (") opened in this row is never closed, so the file could not be read past it; nothing was imported' }] }],
      ignoredColumns: [],
    });
  });

  it('reports an unknown accessibility feature and a bad cost amount', () => {
    const { rejected } = parseActivityCsv(csv([row({ accessibility: 'ramp', cost_amount: 'five pounds' })]), 'salford');
    expect(rejected).toEqual([
      {
        row: 2,
        errors: [
          { field: 'cost_amount', message: 'an amount in pounds, like 3.50 (0 or empty for free)' },
          { field: 'accessibility', message: expect.stringContaining('unknown accessibility feature "ramp"') },
        ],
      },
    ]);
  });

  it('keeps the first arts listing id stable across imports', () => {
    const text = activitiesToCsv([onlineArts()]);
    expect(parseActivityCsv(text, 'salford').activities).toStrictEqual(parseActivityCsv(text, 'salford').activities);
    expect(parseActivityCsv(text, 'salford').activities[0]?.id).toBe(artsId);
  });
});

/** Ids handed out in turn, as the import's `newId` would (random there). */
function idsInTurn(ids: readonly string[]): () => string {
  let next = 0;
  return () => {
    const id = ids[next];
    next += 1;
    if (id === undefined) throw new Error('more new ids asked for than the test expected');
    return id;
  };
}

const newIds = [
  'a0000000-0000-4000-8000-00000000000a',
  'b0000000-0000-4000-8000-00000000000b',
  'c0000000-0000-4000-8000-00000000000c',
  'd0000000-0000-4000-8000-00000000000d',
] as const;

describe('parseActivityCsv: rows without an id', () => {
  it('makes each row without an id a new listing with one schedule, its sub-object ids derived from the new id', () => {
    const { activities, rejected } = parseActivityCsv(
      csv([row({ id: '' }), row({ byday: 'WE' }), row({ id: '', name: 'Knit and natter', byday: 'TH' }), row({ byday: 'FR' })]),
      'salford',
      idsInTurn(newIds),
    );
    expect(rejected).toEqual([]);
    expect(activities.map((activity) => [activity.id, activity.name, activity.schedules.map((schedule) => schedule.byday)])).toEqual([
      [newIds[0], 'Coffee and chat', ['MO']],
      // Rows with an id still make one listing, whatever lies between them.
      [goodId, 'Coffee and chat', ['WE', 'FR']],
      [newIds[1], 'Knit and natter', ['TH']],
    ]);
    expect(activities[0]).toMatchObject({
      organization: { id: stableUuid(newIds[0], 'organization:0') },
      locations: [{ id: stableUuid(newIds[0], 'location:0') }],
      schedules: [{ id: stableUuid(newIds[0], 'schedule:0') }],
      sample: false,
    });
  });

  it('takes a file with no id column at all: every row is a new listing', () => {
    const columns = activityCsvColumns.filter((column) => column !== 'id');
    const { activities, rejected } = parseActivityCsv(csv([row(), row({ name: 'Knit and natter' })], columns), 'salford', idsInTurn(newIds));
    expect(rejected).toEqual([]);
    expect(activities.map((activity) => [activity.id, activity.name])).toEqual([
      [newIds[0], 'Coffee and chat'],
      [newIds[1], 'Knit and natter'],
    ]);
  });
});

describe('parseActivityCsv: every bad row in one answer', () => {
  it('reports every bad row by row number and column, rows with and without ids alike, and keeps the good ones', () => {
    const other = '0c8d5f3b-a2e4-4071-9b6c-3d2e1f0a9b8c';
    const text = csv([
      row({ id: '' }), // row 2: good, new
      row({ id: '', postal_code: 'ZZ99 ZZZZ' }), // row 3
      row({ byday: 'XX' }), // row 4
      row({ id: other, name: 'Knit and natter' }), // row 5: good
      row({ id: '', name: '', closes_at: 'noon', category: 'peer-support;gardening' }), // row 6: three problems
      {}, // row 7: blank, skipped but counted
      row({ id: 'not-a-uuid' }), // row 8
      row({ id: '', cost_amount: 'five pounds' }), // row 9
    ]);
    const { activities, rejected } = parseActivityCsv(text, 'salford', idsInTurn(newIds));
    expect(activities.map((activity) => activity.id)).toEqual([newIds[0], other]);
    expect(rejected).toEqual([
      { row: 3, errors: [{ field: 'postal_code', message: 'not a UK postcode (like M6 5AA)' }] },
      { row: 4, errors: [{ field: 'byday', message: 'weekdays like MO, 2MO or -1FR, separated by commas' }] },
      {
        row: 6,
        errors: expect.arrayContaining([
          { field: 'name', message: 'required' },
          { field: 'closes_at', message: 'a time as HH:MM, 24-hour' },
          { field: 'category', message: expect.stringContaining('unknown category "gardening"') },
        ]),
      },
      { row: 8, errors: [{ field: 'id', message: expect.any(String) }] },
      { row: 9, errors: [{ field: 'cost_amount', message: 'an amount in pounds, like 3.50 (0 or empty for free)' }] },
    ]);
    expect(rejected[2]?.errors).toHaveLength(3);
  });

  it('imports nothing from a file that breaks off (a quote never closed), naming that row and every bad row before it', () => {
    const text = `${csv([row({ id: '' }), row({ id: '', byday: 'XX' }), row({ id: '', postal_code: 'nowhere' })])}${goodId},"Coffee and chat\n`;
    const { activities, rejected } = parseActivityCsv(text, 'salford', idsInTurn(newIds));
    expect(activities).toEqual([]);
    expect(rejected).toEqual([
      { row: 3, errors: [{ field: 'byday', message: expect.any(String) }] },
      { row: 4, errors: [{ field: 'postal_code', message: expect.any(String) }] },
      { row: 5, errors: [{ field: 'csv', message: expect.stringContaining('never closed') }] },
    ]);
  });
});

describe('parseActivityCsv: line endings', () => {
  it('accepts CRLF, LF and CR line ends mixed in one file, keeps line breaks inside quoted cells, and counts rows as a spreadsheet does', () => {
    // One row as CSV with no line end (csv-stringify ends lines in LF; a quoted cell keeps its own breaks).
    const line = (cells: Row): string => {
      const text = csv([cells]);
      return text.slice(text.indexOf('\n') + 1, -1);
    };
    const text =
      `\uFEFF${activityCsvColumns.join(',')}\r\n` + // row 1, Windows
      `${line(row({ id: '', description: 'Line one,\r\nline two\nline three' }))}\n` + // row 2, a cell over three lines; Unix
      `${line(row({ id: '', name: 'Knit and natter' }))}\r` + // row 3, old Mac
      '\r\n' + // row 4: blank
      `${line(row({ id: '', byday: 'XX' }))}\r` + // row 5
      `${line(row({ id: '', name: 'Last one' }))}`; // row 6, no line end at all
    const { activities, rejected } = parseActivityCsv(text, 'salford', idsInTurn(newIds));
    expect(activities.map((activity) => activity.name)).toEqual(['Coffee and chat', 'Knit and natter', 'Last one']);
    expect(activities[0]?.description).toBe('Line one,\r\nline two\nline three');
    expect(activities[1]?.how_to_join).toBe('Just drop in.');
    expect(rejected).toEqual([{ row: 5, errors: [{ field: 'byday', message: expect.any(String) }] }]);
  });
});
