import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Activity, Schedule } from '../../src/domain/activities/activity';
import { nextOccurrence, occurrencesBetween, parseByday, parseBymonthday, type Occurrence } from '../../src/domain/activities/schedule-occurrences';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
const utc = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

function schedule(changes: Partial<Schedule>): Schedule {
  return {
    id: '7a1f1c52-2d0c-4b35-9a55-0d1f3f8a6c11',
    freq: 'WEEKLY',
    interval: 1,
    byday: 'TU',
    dtstart: '2026-01-01',
    opens_at: '10:00',
    closes_at: '12:00',
    ...changes,
  };
}

/** The London start times of the occurrences, as `yyyy-MM-dd HH:mm`. */
function starts(occurrences: readonly Occurrence[]): string[] {
  return occurrences.map((occurrence) => DateTime.fromMillis(occurrence.start, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd HH:mm'));
}

/** The London dates of the occurrences between two London dates (inclusive). */
function datesBetween(rule: Partial<Schedule>, first: string, last: string): string[] {
  return starts(occurrencesBetween(schedule(rule), london(`${first}T00:00`), london(`${last}T23:59`))).map((start) => start.slice(0, 10));
}

describe('parsing HSDS lists', () => {
  it('reads weekdays with and without ordinals', () => {
    expect(parseByday('MO, 2TU,-1FR')).toEqual([{ weekday: 1 }, { weekday: 2, ordinal: 2 }, { weekday: 5, ordinal: -1 }]);
  });

  it('reads days of the month, including from the end', () => {
    expect(parseBymonthday('1, 15,-1')).toEqual([1, 15, -1]);
  });
});

describe('occurrencesBetween: weekly', () => {
  it('finds every Tuesday and Thursday in the window, in order', () => {
    expect(datesBetween({ byday: 'TU,TH' }, '2026-03-01', '2026-03-14')).toEqual(['2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12']);
  });

  it('lists the days in time order whatever order byday is written in', () => {
    expect(datesBetween({ byday: 'TH,MO' }, '2026-03-02', '2026-03-08')).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('gives the start and end at the opening and closing times', () => {
    const [first] = occurrencesBetween(schedule({ opens_at: '18:30', closes_at: '20:00' }), london('2026-01-05T00:00'), london('2026-01-12T00:00'));
    expect(first).toEqual({ start: london('2026-01-06T18:30'), end: london('2026-01-06T20:00') });
  });

  it('counts a fortnightly Tuesday from the week of dtstart', () => {
    expect(datesBetween({ interval: 2, dtstart: '2026-01-06' }, '2026-01-01', '2026-02-28')).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
    ]);
  });

  it('counts fortnights from the ISO week of a mid-week dtstart, not from dtstart itself', () => {
    // Thursday 8 January is in the week of Monday 5 January: Tuesday 6 January is before dtstart,
    // so the first is the Thursday, then the Tuesday and Thursday of the week of 19 January.
    expect(datesBetween({ interval: 2, byday: 'TU,TH', dtstart: '2026-01-08' }, '2026-01-01', '2026-02-08')).toEqual([
      '2026-01-08',
      '2026-01-20',
      '2026-01-22',
      '2026-02-03',
      '2026-02-05',
    ]);
  });

  it('keeps the fortnightly rhythm when the window starts years after dtstart', () => {
    // 2020-01-07 is a Tuesday; 2026-01-06 is 313 weeks later (odd), so 13 January 2026 is on.
    expect(datesBetween({ interval: 2, dtstart: '2020-01-07' }, '2026-01-01', '2026-02-01')).toEqual(['2026-01-13', '2026-01-27']);
  });

  it('repeats every 3 weeks on several days', () => {
    expect(datesBetween({ interval: 3, byday: 'MO,TH', dtstart: '2026-01-05' }, '2026-01-01', '2026-02-28')).toEqual([
      '2026-01-05',
      '2026-01-08',
      '2026-01-26',
      '2026-01-29',
      '2026-02-16',
      '2026-02-19',
    ]);
  });

  it('ignores an ordinal in a weekly rule', () => {
    expect(datesBetween({ byday: '2TU' }, '2026-03-01', '2026-03-14')).toEqual(['2026-03-03', '2026-03-10']);
  });
});

describe('occurrencesBetween: monthly', () => {
  const monthly = (changes: Partial<Schedule>): Partial<Schedule> => ({ freq: 'MONTHLY', byday: undefined, ...changes });

  it('finds the second Monday of each month', () => {
    expect(datesBetween(monthly({ byday: '2MO' }), '2026-01-01', '2026-04-30')).toEqual(['2026-01-12', '2026-02-09', '2026-03-09', '2026-04-13']);
  });

  it('finds the last Friday in months with four and with five Fridays', () => {
    // February 2026 has four Fridays (last 27th); January has five (last 30th).
    expect(datesBetween(monthly({ byday: '-1FR' }), '2026-01-01', '2026-03-31')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('finds the first and third Tuesday', () => {
    expect(datesBetween(monthly({ byday: '1TU,3TU' }), '2026-03-01', '2026-04-30')).toEqual(['2026-03-03', '2026-03-17', '2026-04-07', '2026-04-21']);
  });

  it('skips a fifth weekday in months that have only four', () => {
    expect(datesBetween(monthly({ byday: '5MO' }), '2026-01-01', '2026-04-30')).toEqual(['2026-03-30']);
  });

  it('reads a bare weekday in a monthly rule as every such weekday', () => {
    expect(datesBetween(monthly({ byday: 'WE' }), '2026-04-01', '2026-04-30')).toEqual(['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22', '2026-04-29']);
  });

  it('finds the 1st and 15th of each month', () => {
    expect(datesBetween(monthly({ bymonthday: '15,1' }), '2026-01-01', '2026-02-28')).toEqual(['2026-01-01', '2026-01-15', '2026-02-01', '2026-02-15']);
  });

  it('finds the last day of each month, February included', () => {
    expect(datesBetween(monthly({ bymonthday: '-1' }), '2026-01-01', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('has no 31st in a 30-day month', () => {
    expect(datesBetween(monthly({ bymonthday: '31' }), '2026-03-01', '2026-06-30')).toEqual(['2026-03-31', '2026-05-31']);
  });

  it('repeats every other month counted from the month of dtstart', () => {
    expect(datesBetween(monthly({ byday: '2MO', interval: 2, dtstart: '2026-02-01' }), '2026-01-01', '2026-07-31')).toEqual([
      '2026-02-09',
      '2026-04-13',
      '2026-06-08',
    ]);
  });

  it('keeps the monthly interval when dtstart is years back', () => {
    expect(datesBetween(monthly({ bymonthday: '1', interval: 3, dtstart: '2019-02-01' }), '2026-01-01', '2026-12-31')).toEqual([
      '2026-02-01',
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
    ]);
  });

  it('needs both byday and bymonthday to match when both are given', () => {
    expect(datesBetween(monthly({ byday: 'FR', bymonthday: '13' }), '2026-01-01', '2026-12-31')).toEqual(['2026-02-13', '2026-03-13', '2026-11-13']);
  });
});

describe('occurrencesBetween: clock changes', () => {
  const sunday = schedule({ byday: 'SU' });

  it('keeps 10am London across the March change (10:00Z before, 09:00Z after)', () => {
    const found = occurrencesBetween(sunday, utc('2026-03-21T00:00'), utc('2026-03-30T00:00'));
    expect(found).toEqual([
      { start: utc('2026-03-22T10:00'), end: utc('2026-03-22T12:00') },
      { start: utc('2026-03-29T09:00'), end: utc('2026-03-29T11:00') },
    ]);
  });

  it('keeps 10am London across the October change (09:00Z before, 10:00Z after)', () => {
    const found = occurrencesBetween(sunday, utc('2026-10-17T00:00'), utc('2026-10-26T00:00'));
    expect(found).toEqual([
      { start: utc('2026-10-18T09:00'), end: utc('2026-10-18T11:00') },
      { start: utc('2026-10-25T10:00'), end: utc('2026-10-25T12:00') },
    ]);
  });

  it('moves a time in the missing hour forward an hour on the spring-forward day', () => {
    const [found] = occurrencesBetween(schedule({ byday: 'SU', opens_at: '01:30', closes_at: '03:00' }), utc('2026-03-28T00:00'), utc('2026-03-30T00:00'));
    // 01:30 GMT does not exist on 29 March: it is read as 02:30 BST (01:30Z); 03:00 BST is 02:00Z.
    expect(found).toEqual({ start: utc('2026-03-29T01:30'), end: utc('2026-03-29T02:00') });
  });

  it('takes the first of a time that happens twice on the fall-back day', () => {
    const [found] = occurrencesBetween(schedule({ byday: 'SU', opens_at: '01:30', closes_at: '02:30' }), utc('2026-10-24T00:00'), utc('2026-10-26T00:00'));
    // 01:30 happens at 00:30Z (BST) and 01:30Z (GMT); the first is used. 02:30 is GMT only.
    expect(found).toEqual({ start: utc('2026-10-25T00:30'), end: utc('2026-10-25T02:30') });
  });
});

describe('occurrencesBetween: limits', () => {
  it('starts on dtstart when it is in the future', () => {
    expect(datesBetween({ dtstart: '2026-03-12' }, '2026-03-01', '2026-03-31')).toEqual(['2026-03-17', '2026-03-24', '2026-03-31']);
  });

  it('includes a session on the until date and none after', () => {
    expect(datesBetween({ until: '2026-03-17' }, '2026-03-01', '2026-03-31')).toEqual(['2026-03-03', '2026-03-10', '2026-03-17']);
  });

  it('keeps to valid_from and valid_to, both inclusive', () => {
    expect(datesBetween({ valid_from: '2026-03-10', valid_to: '2026-03-24' }, '2026-03-01', '2026-03-31')).toEqual(['2026-03-10', '2026-03-17', '2026-03-24']);
  });

  it('has nothing when valid_to is before the window', () => {
    expect(datesBetween({ valid_to: '2026-02-01' }, '2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('includes a session in progress at the start of the window and not one starting at its end', () => {
    const found = occurrencesBetween(schedule({}), london('2026-03-03T11:00'), london('2026-03-10T10:00'));
    expect(starts(found)).toEqual(['2026-03-03 10:00']);
  });

  it('leaves out a session that ended exactly when the window starts', () => {
    expect(occurrencesBetween(schedule({}), london('2026-03-03T12:00'), london('2026-03-04T00:00'))).toEqual([]);
  });

  it('has nothing for an empty or backwards window', () => {
    expect(occurrencesBetween(schedule({}), london('2026-03-04T00:00'), london('2026-03-01T00:00'))).toEqual([]);
  });
});

describe('nextOccurrence', () => {
  const activity = (schedules: Schedule[], status: Activity['status'] = 'active'): Pick<Activity, 'status' | 'schedules'> => ({ status, schedules });
  // Saturday 21 November 2026, 9am.
  const now = london('2026-11-21T09:00');

  it('finds the next session', () => {
    expect(nextOccurrence(activity([schedule({})]), now)).toEqual({ start: london('2026-11-24T10:00'), end: london('2026-11-24T12:00') });
  });

  it.each(['inactive', 'defunct', 'temporarily closed'] as const)('has none for a %s activity', (status) => {
    expect(nextOccurrence(activity([schedule({})], status), now)).toBeUndefined();
  });

  it('still counts a session in progress', () => {
    const at = london('2026-11-24T11:59');
    expect(nextOccurrence(activity([schedule({})]), at)?.start).toBe(london('2026-11-24T10:00'));
  });

  it('moves on from a session that ended a minute ago', () => {
    const at = london('2026-11-24T12:01');
    expect(nextOccurrence(activity([schedule({})]), at)?.start).toBe(london('2026-12-01T10:00'));
  });

  it('takes the soonest of several schedules', () => {
    const monthly = schedule({ freq: 'MONTHLY', byday: '-1MO', opens_at: '13:00', closes_at: '15:00' });
    const weekly = schedule({ byday: 'TH' });
    expect(nextOccurrence(activity([weekly, monthly]), now)).toEqual({ start: london('2026-11-26T10:00'), end: london('2026-11-26T12:00') });
    expect(nextOccurrence(activity([weekly, monthly]), london('2026-11-27T09:00'))?.start).toBe(london('2026-11-30T13:00'));
  });

  it('waits for a dtstart in the future', () => {
    expect(nextOccurrence(activity([schedule({ dtstart: '2027-02-01' })]), now)?.start).toBe(london('2027-02-02T10:00'));
  });

  it('has none when every session is past', () => {
    expect(nextOccurrence(activity([schedule({ until: '2026-11-01' })]), now)).toBeUndefined();
  });

  it('has none when the first session is more than 400 days away', () => {
    expect(nextOccurrence(activity([schedule({ dtstart: '2028-01-01' })]), now)).toBeUndefined();
  });
});
