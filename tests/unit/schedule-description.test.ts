import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/domain/activities/activity';
import { describeSchedule, formatOccurrence } from '../../src/domain/activities/schedule-description';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();

function schedule(changes: Partial<Schedule>): Schedule {
  return {
    id: '7a1f1c52-2d0c-4b35-9a55-0d1f3f8a6c11',
    freq: 'WEEKLY',
    interval: 1,
    byday: 'TU',
    dtstart: '2026-01-06',
    opens_at: '10:00',
    closes_at: '12:00',
    ...changes,
  };
}

const monthly = (changes: Partial<Schedule>): Schedule => schedule({ freq: 'MONTHLY', byday: undefined, ...changes });

describe('describeSchedule: weekly', () => {
  it.each<[string, Partial<Schedule>, string]>([
    ['one weekday', {}, 'Every Tuesday, 10am to 12pm'],
    ['several weekdays in week order', { byday: 'TH,MO' }, 'Every Monday and Thursday, 10am to 12pm'],
    ['three weekdays', { byday: 'MO,WE,FR' }, 'Every Monday, Wednesday and Friday, 10am to 12pm'],
    ['every other week', { interval: 2, opens_at: '18:30', closes_at: '20:00' }, 'Every other Tuesday, 6:30pm to 8pm'],
    ['every other week on two days', { interval: 2, byday: 'MO,TH' }, 'Every other week on Monday and Thursday, 10am to 12pm'],
    ['every 3 weeks', { interval: 3, byday: 'MO,TH' }, 'Every 3 weeks on Monday and Thursday, 10am to 12pm'],
    ['every day', { byday: 'MO,TU,WE,TH,FR,SA,SU' }, 'Every day, 10am to 12pm'],
    ['weekdays', { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }, 'Monday to Friday, 9am to 5pm'],
    ['a stray ordinal', { byday: '2TU' }, 'Every Tuesday, 10am to 12pm'],
  ])('describes %s', (_name, changes, expected) => {
    expect(describeSchedule(schedule(changes))).toBe(expected);
  });

  it('always generates the words rather than repeating the admin description', () => {
    expect(describeSchedule(schedule({ description: 'Tuesdays in the church hall' }))).toBe('Every Tuesday, 10am to 12pm');
  });
});

describe('describeSchedule: monthly', () => {
  it.each<[string, Partial<Schedule>, string]>([
    ['the second Monday', { byday: '2MO', opens_at: '13:00', closes_at: '15:00' }, 'Second Monday of the month, 1pm to 3pm'],
    ['the last Friday', { byday: '-1FR' }, 'Last Friday of the month, 10am to 12pm'],
    ['the second to last Friday', { byday: '-2FR' }, 'Second to last Friday of the month, 10am to 12pm'],
    ['the first and third Tuesday', { byday: '3TU,1TU' }, 'First and third Tuesday of the month, 10am to 12pm'],
    ['different weekdays', { byday: '1MO,-1FR' }, 'First Monday and last Friday of the month, 10am to 12pm'],
    ['days of the month', { bymonthday: '1,15' }, 'On the 1st and 15th of the month, 10am to 12pm'],
    ['the last day', { bymonthday: '-1' }, 'On the last day of the month, 10am to 12pm'],
    ['the 1st and the last day', { bymonthday: '-1,1' }, 'On the 1st and last day of the month, 10am to 12pm'],
    ['the 22nd', { bymonthday: '22' }, 'On the 22nd of the month, 10am to 12pm'],
    ['every other month', { byday: '2MO', interval: 2 }, 'Every other month on the second Monday, 10am to 12pm'],
    ['every 3 months on days', { bymonthday: '1,15', interval: 3 }, 'Every 3 months on the 1st and 15th, 10am to 12pm'],
    ['a bare weekday', { byday: 'WE' }, 'Every Wednesday, 10am to 12pm'],
    ['a weekday and a day both to match', { byday: 'FR', bymonthday: '13' }, 'On the 13th of the month when it is a Friday, 10am to 12pm'],
  ])('describes %s', (_name, changes, expected) => {
    expect(describeSchedule(monthly(changes))).toBe(expected);
  });
});

describe('formatOccurrence', () => {
  // Saturday 21 November 2026, 9am.
  const now = london('2026-11-21T09:00');
  const session = (startIso: string, endIso: string) => ({ start: london(startIso), end: london(endIso) });

  it('says Today for a session later today', () => {
    expect(formatOccurrence(session('2026-11-21T10:00', '2026-11-21T12:00'), now)).toBe('Today, 10am to 12pm');
  });

  it('says Today for a session already under way', () => {
    expect(formatOccurrence(session('2026-11-21T08:30', '2026-11-21T10:00'), now)).toBe('Today, 8:30am to 10am');
  });

  it('says Tomorrow for a session tomorrow', () => {
    expect(formatOccurrence(session('2026-11-22T18:30', '2026-11-22T20:00'), now)).toBe('Tomorrow, 6:30pm to 8pm');
  });

  it('names the weekday within the next 6 days', () => {
    expect(formatOccurrence(session('2026-11-24T10:00', '2026-11-24T12:00'), now)).toBe('Tuesday, 10am to 12pm');
    expect(formatOccurrence(session('2026-11-27T12:00', '2026-11-27T13:15'), now)).toBe('Friday, 12pm to 1:15pm');
  });

  it('gives the short weekday and date from 7 days on', () => {
    expect(formatOccurrence(session('2026-11-28T10:00', '2026-11-28T12:00'), now)).toBe('Sat 28 November, 10am to 12pm');
    expect(formatOccurrence(session('2026-12-08T10:00', '2026-12-08T12:00'), now)).toBe('Tue 8 December, 10am to 12pm');
  });

  it('adds the year when it is not this year', () => {
    expect(formatOccurrence(session('2027-01-05T10:00', '2027-01-05T12:00'), now)).toBe('Tue 5 January 2027, 10am to 12pm');
  });

  it('uses London days and times, not UTC, late in a summer evening', () => {
    // 23:30 BST on 1 July is 22:30Z; "now" is 00:15 BST on 1 July (23:15Z on 30 June).
    expect(formatOccurrence(session('2026-07-01T22:00', '2026-07-01T23:30'), london('2026-07-01T00:15'))).toBe('Today, 10pm to 11:30pm');
  });

  it('shows times after the March clock change in BST', () => {
    const at = london('2026-03-28T09:00');
    expect(formatOccurrence({ start: Date.UTC(2026, 2, 29, 9), end: Date.UTC(2026, 2, 29, 11) }, at)).toBe('Tomorrow, 10am to 12pm');
  });
});
