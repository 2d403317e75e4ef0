import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  closingTimeWords,
  describeOpeningStatus,
  describeUpcomingExceptions,
  describeWeeklyHours,
  nextOpeningWords,
  openingStatus,
  type OpeningHoursSource,
  type OpeningStatus,
} from '../../src/domain/team/opening-hours';
import type { OpeningException, OpeningPeriod } from '../../src/domain/team/team-directory';

/** A London wall-clock time as epoch ms. */
const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
/** A UTC instant as epoch ms (for times around the clock changes). */
const utc = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const hours = (count: number): number => count * 3_600_000;

const weekdays = (opens: string, closes: string, days: readonly number[] = [1, 2, 3, 4, 5]): OpeningPeriod[] => days.map((weekday) => ({ weekday, opens, closes }));

/** Monday to Friday 9am to 5pm, with a Friday-night crisis café 6pm to 2am. */
const office: OpeningHoursSource = { openingHours: [...weekdays('09:00', '17:00'), { weekday: 5, opens: '18:00', closes: '02:00' }], exceptions: [] };

function withExceptions(source: OpeningHoursSource, exceptions: OpeningException[]): OpeningHoursSource {
  return { openingHours: source.openingHours, exceptions };
}

/** The status and its sentence at a London time. */
function at(source: OpeningHoursSource, londonTime: string): { status: OpeningStatus; text: string } {
  const now = london(londonTime);
  const status = openingStatus(source, now);
  return { status, text: describeOpeningStatus(status, now) };
}

// 2026-11-23 is a Monday; 2026-11-27 a Friday.
describe('a normal weekday', () => {
  it('is closed just before opening, and opens at 9am today', () => {
    expect(at(office, '2026-11-23T08:59')).toEqual({ status: { open: false, nextOpensAt: london('2026-11-23T09:00') }, text: 'Closed now. Opens today at 9am.' });
  });

  it('is open at opening time (opening is inclusive)', () => {
    expect(at(office, '2026-11-23T09:00')).toEqual({ status: { open: true, closesAt: london('2026-11-23T17:00') }, text: 'Open now, until 5pm.' });
  });

  it('is open just before closing', () => {
    expect(at(office, '2026-11-23T16:59:59.999').status).toEqual({ open: true, closesAt: london('2026-11-23T17:00') });
    expect(at(office, '2026-11-23T16:59').text).toBe('Open now, until 5pm.');
  });

  it('is closed at closing time (closing is exclusive), and opens tomorrow', () => {
    expect(at(office, '2026-11-23T17:00')).toEqual({ status: { open: false, nextOpensAt: london('2026-11-24T09:00') }, text: 'Closed now. Opens tomorrow at 9am.' });
  });

  it('is closed before midnight and after, opening in the morning', () => {
    expect(at(office, '2026-11-23T23:59').text).toBe('Closed now. Opens tomorrow at 9am.');
    expect(at(office, '2026-11-24T00:00').text).toBe('Closed now. Opens today at 9am.');
  });
});

describe('a period running past midnight', () => {
  it('is open on Friday evening, until 2am', () => {
    expect(at(office, '2026-11-27T19:00')).toEqual({ status: { open: true, closesAt: london('2026-11-28T02:00') }, text: 'Open now, until 2am.' });
  });

  it('is open at 1:30 on Saturday, closing at 2am', () => {
    expect(at(office, '2026-11-28T01:30')).toEqual({ status: { open: true, closesAt: london('2026-11-28T02:00') }, text: 'Open now, until 2am.' });
  });

  it('is closed at 2am on Saturday, opening on Monday', () => {
    expect(at(office, '2026-11-28T02:00')).toEqual({ status: { open: false, nextOpensAt: london('2026-11-30T09:00') }, text: 'Closed now. Opens Monday at 9am.' });
  });

  it('is closed between the day hours and the evening, opening at 6pm', () => {
    expect(at(office, '2026-11-27T17:30').text).toBe('Closed now. Opens today at 6pm.');
  });

  it("belongs to the day it starts: an exception on the next day does not touch it", () => {
    const source = withExceptions(office, [{ date: '2026-11-28', reason: 'Staff training', periods: [] }]);
    expect(at(source, '2026-11-28T01:30').status).toEqual({ open: true, closesAt: london('2026-11-28T02:00') });
    expect(at(source, '2026-11-28T03:00').text).toBe('Closed now (Staff training). Opens Monday at 9am.');
  });

  it("is controlled by an exception on the day it starts", () => {
    const closedFriday = withExceptions(office, [{ date: '2026-11-27', reason: 'Staff training', periods: [] }]);
    expect(at(closedFriday, '2026-11-27T19:00').status.open).toBe(false);
    expect(at(closedFriday, '2026-11-28T01:30').status).toEqual({ open: false, nextOpensAt: london('2026-11-30T09:00') });

    const earlyFriday = withExceptions(office, [{ date: '2026-11-27', reason: 'Black Friday', periods: [{ opens: '18:00', closes: '23:00' }] }]);
    expect(at(earlyFriday, '2026-11-27T22:00')).toEqual({
      status: { open: true, closesAt: london('2026-11-27T23:00'), exceptionReason: 'Black Friday' },
      text: 'Open now (Black Friday), until 11pm.',
    });
    expect(at(earlyFriday, '2026-11-28T01:30').status.open).toBe(false);
  });

  it('can come from an exception itself, carrying its reason past midnight', () => {
    const lateTuesday = withExceptions(office, [{ date: '2026-11-24', reason: 'Late opening', periods: [{ opens: '09:00', closes: '03:00' }] }]);
    expect(at(lateTuesday, '2026-11-25T01:00')).toEqual({
      status: { open: true, closesAt: london('2026-11-25T03:00'), exceptionReason: 'Late opening' },
      text: 'Open now (Late opening), until 3am.',
    });
  });

  it('runs until midnight with 24:00, and a closing at 00:00 means the same', () => {
    for (const closes of ['24:00', '00:00']) {
      const source: OpeningHoursSource = { openingHours: [{ weekday: 1, opens: '18:00', closes }], exceptions: [] };
      expect(at(source, '2026-11-23T23:59')).toEqual({ status: { open: true, closesAt: london('2026-11-24T00:00') }, text: 'Open now, until midnight.' });
      expect(at(source, '2026-11-24T00:00').status.open).toBe(false);
    }
  });
});

describe('periods that meet', () => {
  it('are one stretch: open until midnight, then from midnight, is open until the later closing', () => {
    const source: OpeningHoursSource = {
      openingHours: [
        { weekday: 1, opens: '09:00', closes: '24:00' },
        { weekday: 2, opens: '00:00', closes: '02:00' },
      ],
      exceptions: [],
    };
    expect(at(source, '2026-11-23T23:00')).toEqual({ status: { open: true, closesAt: london('2026-11-24T02:00') }, text: 'Open now, until 2am.' });
  });

  it('overlapping periods are open until the last one closes', () => {
    const source: OpeningHoursSource = {
      openingHours: [
        { weekday: 1, opens: '09:00', closes: '13:00' },
        { weekday: 1, opens: '12:00', closes: '17:00' },
      ],
      exceptions: [],
    };
    expect(at(source, '2026-11-23T10:00').status).toEqual({ open: true, closesAt: london('2026-11-23T17:00') });
  });

  it('open all the time is "Open now." without a closing time', () => {
    const always: OpeningHoursSource = { openingHours: weekdays('00:00', '24:00', [1, 2, 3, 4, 5, 6, 7]), exceptions: [] };
    expect(at(always, '2026-11-23T03:00')).toEqual({ status: { open: true }, text: 'Open now.' });
  });

  it('open through the weekend says which day it closes', () => {
    const weekend: OpeningHoursSource = {
      openingHours: [
        { weekday: 5, opens: '18:00', closes: '24:00' },
        { weekday: 6, opens: '00:00', closes: '24:00' },
        { weekday: 7, opens: '00:00', closes: '24:00' },
        { weekday: 1, opens: '00:00', closes: '06:00' },
      ],
      exceptions: [],
    };
    expect(at(weekend, '2026-11-27T19:00')).toEqual({ status: { open: true, closesAt: london('2026-11-30T06:00') }, text: 'Open now, until Monday at 6am.' });
    expect(at(weekend, '2026-11-29T10:00').text).toBe('Open now, until tomorrow at 6am.');
    expect(at(weekend, '2026-11-28T01:00').text).toBe('Open now, until Monday at 6am.');
  });
});

describe('exceptions', () => {
  it('a bank holiday closes the whole day, giving its reason', () => {
    const source = withExceptions(office, [{ date: '2026-08-31', reason: 'Summer bank holiday', periods: [] }]);
    expect(at(source, '2026-08-31T10:00')).toEqual({
      status: { open: false, nextOpensAt: london('2026-09-01T09:00'), exceptionReason: 'Summer bank holiday' },
      text: 'Closed now (Summer bank holiday). Opens tomorrow at 9am.',
    });
    expect(at(source, '2026-08-30T12:00').text).toBe('Closed now. Opens Tuesday at 9am.');
  });

  it('a shortened day (Christmas Eve 9am to 12pm) replaces the weekly hours', () => {
    const source = withExceptions(office, [{ date: '2026-12-24', reason: 'Christmas Eve', periods: [{ opens: '09:00', closes: '12:00' }] }]);
    expect(at(source, '2026-12-24T08:59').text).toBe('Closed now (Christmas Eve). Opens today at 9am.');
    expect(at(source, '2026-12-24T11:59')).toEqual({
      status: { open: true, closesAt: london('2026-12-24T12:00'), exceptionReason: 'Christmas Eve' },
      text: 'Open now (Christmas Eve), until 12pm.',
    });
    expect(at(source, '2026-12-24T12:00')).toEqual({
      status: { open: false, nextOpensAt: london('2026-12-25T09:00'), exceptionReason: 'Christmas Eve' },
      text: 'Closed now (Christmas Eve). Opens tomorrow at 9am.',
    });
  });

  it('Christmas: closed on the day and the bank holiday, opening on Tuesday', () => {
    const source = withExceptions(office, [
      { date: '2026-12-25', reason: 'Christmas Day', periods: [] },
      { date: '2026-12-28', reason: 'Boxing Day (substitute day)', periods: [] },
    ]);
    expect(at(source, '2026-12-25T10:00')).toEqual({
      status: { open: false, nextOpensAt: london('2026-12-29T09:00'), exceptionReason: 'Christmas Day' },
      text: 'Closed now (Christmas Day). Opens Tuesday at 9am.',
    });
  });

  it('closed over the holidays: a next opening a week or more away gives its date', () => {
    const closed = (date: string, reason: string): OpeningException => ({ date, reason, periods: [] });
    const source = withExceptions(office, [
      { date: '2026-12-24', reason: 'Christmas Eve', periods: [{ opens: '09:00', closes: '12:00' }] },
      closed('2026-12-25', 'Christmas Day'),
      closed('2026-12-28', 'Boxing Day (substitute day)'),
      closed('2026-12-29', 'Closed for the holidays'),
      closed('2026-12-30', 'Closed for the holidays'),
      closed('2026-12-31', 'Closed for the holidays'),
      closed('2027-01-01', "New Year's Day"),
    ]);
    expect(at(source, '2026-12-24T13:00')).toEqual({
      status: { open: false, nextOpensAt: london('2027-01-04T09:00'), exceptionReason: 'Christmas Eve' },
      text: 'Closed now (Christmas Eve). Opens Monday 4 January at 9am.',
    });
  });

  it('an exception can open a day that is normally closed', () => {
    const source = withExceptions(office, [{ date: '2026-11-29', reason: 'Open day', periods: [{ opens: '10:00', closes: '13:00' }] }]);
    expect(at(source, '2026-11-29T11:00').text).toBe('Open now (Open day), until 1pm.');
    expect(at(source, '2026-11-28T12:00').text).toBe('Closed now. Opens tomorrow at 10am.');
  });
});

describe('the next two weeks', () => {
  const nothingWeekly = (exceptions: OpeningException[]): OpeningHoursSource => ({ openingHours: [], exceptions });

  it('with nothing listed: closed, with no next opening', () => {
    expect(at(nothingWeekly([]), '2026-11-23T10:00')).toEqual({ status: { open: false }, text: 'Closed, and no opening times are listed for the next two weeks.' });
  });

  it('an opening exactly 14 days ahead counts; one a minute later does not', () => {
    const inside = nothingWeekly([{ date: '2026-12-07', reason: 'Drop-in', periods: [{ opens: '10:00', closes: '11:00' }] }]);
    expect(at(inside, '2026-11-23T10:00').status).toEqual({ open: false, nextOpensAt: london('2026-12-07T10:00') });
    expect(at(inside, '2026-11-23T10:00').text).toBe('Closed now. Opens Monday 7 December at 10am.');
    const outside = nothingWeekly([{ date: '2026-12-07', reason: 'Drop-in', periods: [{ opens: '10:01', closes: '11:00' }] }]);
    expect(at(outside, '2026-11-23T10:00').status).toEqual({ open: false });
  });

  it('closed for a long refurbishment says why', () => {
    const source = withExceptions(
      office,
      Array.from({ length: 20 }, (_, index) => ({ date: DateTime.fromISO('2026-11-23').plus({ days: index }).toISODate() ?? '', reason: 'Refurbishment', periods: [] })),
    );
    expect(at(source, '2026-11-23T10:00').text).toBe('Closed (Refurbishment), and no opening times are listed for the next two weeks.');
  });

  it('an opening at midnight reads as that night', () => {
    const source = nothingWeekly([
      { date: '2026-11-24', reason: 'Night shelter', periods: [{ opens: '00:00', closes: '06:00' }] },
      { date: '2026-11-28', reason: 'Night shelter', periods: [{ opens: '00:00', closes: '06:00' }] },
    ]);
    expect(at(source, '2026-11-23T20:00').text).toBe('Closed now. Opens tonight at midnight.');
    expect(at(source, '2026-11-24T07:00').text).toBe('Closed now (Night shelter). Opens at midnight on Friday night.');
  });
});

describe('the clocks going forward (Sunday 29 March 2026)', () => {
  const night: OpeningHoursSource = { openingHours: [{ weekday: 7, opens: '01:00', closes: '03:00' }], exceptions: [] };

  it('a 01:00–03:00 period is one hour long, opening when the clocks jump', () => {
    const status = openingStatus(night, utc('2026-03-29T00:30Z'));
    expect(status).toEqual({ open: false, nextOpensAt: utc('2026-03-29T01:00Z') });
    const open = openingStatus(night, utc('2026-03-29T01:00Z'));
    expect(open).toEqual({ open: true, closesAt: utc('2026-03-29T02:00Z') });
    expect((open.closesAt ?? 0) - utc('2026-03-29T01:00Z')).toBe(hours(1));
    expect(openingStatus(night, utc('2026-03-29T02:00Z')).open).toBe(false);
  });

  it('wall-clock hours stay wall-clock: 9am on the Friday before is 09:00 GMT, on the Monday after 08:00 UTC', () => {
    expect(openingStatus(office, utc('2026-03-27T08:59Z'))).toEqual({ open: false, nextOpensAt: utc('2026-03-27T09:00Z') });
    expect(openingStatus(office, utc('2026-03-29T12:00Z'))).toEqual({ open: false, nextOpensAt: utc('2026-03-30T08:00Z') });
    expect(describeOpeningStatus(openingStatus(office, utc('2026-03-30T07:59Z')), utc('2026-03-30T07:59Z'))).toBe('Closed now. Opens today at 9am.');
    expect(openingStatus(office, utc('2026-03-30T08:00Z'))).toEqual({ open: true, closesAt: utc('2026-03-30T16:00Z') });
  });

  it('the Saturday-night café (28 March, 18:00 to 02:00) closes when the clocks show 2am, seven hours later', () => {
    const café: OpeningHoursSource = { openingHours: [{ weekday: 6, opens: '18:00', closes: '02:00' }], exceptions: [] };
    const status = openingStatus(café, utc('2026-03-28T23:00Z'));
    expect(status).toEqual({ open: true, closesAt: utc('2026-03-29T01:00Z') });
    expect(openingStatus(café, utc('2026-03-28T17:59Z'))).toEqual({ open: false, nextOpensAt: utc('2026-03-28T18:00Z') });
    expect(describeOpeningStatus(status, utc('2026-03-28T23:00Z'))).toBe('Open now, until 2am.');
  });
});

describe('the clocks going back (Sunday 25 October 2026)', () => {
  const night: OpeningHoursSource = { openingHours: [{ weekday: 7, opens: '01:00', closes: '03:00' }], exceptions: [] };

  it('a 01:00–03:00 period is three hours long, opening at the first 1am', () => {
    expect(openingStatus(night, utc('2026-10-24T23:59Z'))).toEqual({ open: false, nextOpensAt: utc('2026-10-25T00:00Z') });
    const status = openingStatus(night, utc('2026-10-25T00:00Z'));
    expect(status).toEqual({ open: true, closesAt: utc('2026-10-25T03:00Z') });
    expect((status.closesAt ?? 0) - utc('2026-10-25T00:00Z')).toBe(hours(3));
  });

  it('is open through both 1:30s, and closed at 3am GMT', () => {
    expect(openingStatus(night, utc('2026-10-25T00:30Z')).open).toBe(true);
    expect(openingStatus(night, utc('2026-10-25T01:30Z')).open).toBe(true);
    expect(openingStatus(night, utc('2026-10-25T02:59Z')).open).toBe(true);
    expect(openingStatus(night, utc('2026-10-25T03:00Z')).open).toBe(false);
  });

  it('the Saturday-night café (18:00 to 02:00) is open nine hours, closing at 2am GMT', () => {
    const café: OpeningHoursSource = { openingHours: [{ weekday: 6, opens: '18:00', closes: '02:00' }], exceptions: [] };
    expect(openingStatus(café, utc('2026-10-24T16:59Z'))).toEqual({ open: false, nextOpensAt: utc('2026-10-24T17:00Z') });
    expect(openingStatus(café, utc('2026-10-24T17:00Z'))).toEqual({ open: true, closesAt: utc('2026-10-25T02:00Z') });
  });

  it('Monday hours after the change are 9am GMT', () => {
    expect(openingStatus(office, utc('2026-10-25T12:00Z'))).toEqual({ open: false, nextOpensAt: utc('2026-10-26T09:00Z') });
  });

  it('a time that happens twice is taken the first time, for closing too', () => {
    const short: OpeningHoursSource = { openingHours: [{ weekday: 6, opens: '23:00', closes: '01:30' }], exceptions: [] };
    expect(openingStatus(short, utc('2026-10-24T22:00Z'))).toEqual({ open: true, closesAt: utc('2026-10-25T00:30Z') });
  });
});

describe('describing a status', () => {
  const now = london('2026-11-23T10:00'); // Monday

  it.each<[string, OpeningStatus, string]>([
    ['open until later today', { open: true, closesAt: london('2026-11-23T17:30') }, 'Open now, until 5:30pm.'],
    ['open until noon', { open: true, closesAt: london('2026-11-23T12:00') }, 'Open now, until 12pm.'],
    ['open until tomorrow morning', { open: true, closesAt: london('2026-11-24T09:00') }, 'Open now, until tomorrow at 9am.'],
    ['open past the next two weeks', { open: true }, 'Open now.'],
    ['closed, opening later today', { open: false, nextOpensAt: london('2026-11-23T18:00') }, 'Closed now. Opens today at 6pm.'],
    ['closed, opening tomorrow', { open: false, nextOpensAt: london('2026-11-24T09:00') }, 'Closed now. Opens tomorrow at 9am.'],
    ['closed, opening in two days', { open: false, nextOpensAt: london('2026-11-25T09:30') }, 'Closed now. Opens Wednesday at 9:30am.'],
    ['closed, opening in six days', { open: false, nextOpensAt: london('2026-11-29T09:00') }, 'Closed now. Opens Sunday at 9am.'],
    ['closed, opening in a week', { open: false, nextOpensAt: london('2026-11-30T09:00') }, 'Closed now. Opens Monday 30 November at 9am.'],
    ['closed for an exception', { open: false, nextOpensAt: london('2026-11-24T09:00'), exceptionReason: 'Staff training' }, 'Closed now (Staff training). Opens tomorrow at 9am.'],
    ['closed with nothing listed', { open: false }, 'Closed, and no opening times are listed for the next two weeks.'],
  ])('%s', (_, status, text) => {
    expect(describeOpeningStatus(status, now)).toBe(text);
  });

  it('gives the closing and opening words on their own, for other sentences', () => {
    expect(closingTimeWords({ open: true, closesAt: london('2026-11-23T17:00') }, now)).toBe('5pm');
    expect(closingTimeWords({ open: true, closesAt: london('2026-11-24T09:00') }, now)).toBe('tomorrow at 9am');
    expect(closingTimeWords({ open: true }, now)).toBeUndefined();
    expect(closingTimeWords({ open: false, nextOpensAt: london('2026-11-24T09:00') }, now)).toBeUndefined();
    expect(nextOpeningWords({ open: false, nextOpensAt: london('2026-11-24T09:00') }, now)).toBe('tomorrow at 9am');
    expect(nextOpeningWords({ open: false, nextOpensAt: london('2026-12-01T09:00') }, now)).toBe('Tuesday 1 December at 9am');
    expect(nextOpeningWords({ open: false }, now)).toBeUndefined();
    expect(nextOpeningWords({ open: true, closesAt: london('2026-11-23T17:00') }, now)).toBeUndefined();
  });

  it('a late closing said in the early hours names the day', () => {
    expect(describeOpeningStatus({ open: true, closesAt: london('2026-11-24T02:00') }, london('2026-11-23T01:00'))).toBe('Open now, until tomorrow at 2am.');
  });
});

describe('the weekly hours in words', () => {
  it('groups consecutive days with the same hours', () => {
    const openingHours = [
      ...weekdays('09:00', '17:00', [1, 2, 3, 5]),
      { weekday: 4, opens: '09:00', closes: '20:00' },
      { weekday: 6, opens: '10:00', closes: '13:00' },
    ];
    expect(describeWeeklyHours({ openingHours })).toEqual([
      'Monday to Wednesday: 9am to 5pm',
      'Thursday: 9am to 8pm',
      'Friday: 9am to 5pm',
      'Saturday: 10am to 1pm',
      'Sunday: closed',
    ]);
  });

  it('Monday to Friday, then a weekend of two days', () => {
    expect(describeWeeklyHours({ openingHours: weekdays('09:00', '17:00') })).toEqual(['Monday to Friday: 9am to 5pm', 'Saturday and Sunday: closed']);
  });

  it('joins periods in a day in time order, and reads past-midnight and midnight times', () => {
    const openingHours: OpeningPeriod[] = [
      { weekday: 5, opens: '18:00', closes: '02:00' },
      { weekday: 5, opens: '09:00', closes: '12:30' },
      { weekday: 5, opens: '13:30', closes: '17:00' },
      { weekday: 6, opens: '18:00', closes: '24:00' },
      { weekday: 7, opens: '00:00', closes: '24:00' },
    ];
    expect(describeWeeklyHours({ openingHours })).toEqual([
      'Monday to Thursday: closed',
      'Friday: 9am to 12:30pm and 1:30pm to 5pm and 6pm to 2am',
      'Saturday: 6pm to midnight',
      'Sunday: open all day',
    ]);
  });

  it('the same hours every day, or none', () => {
    expect(describeWeeklyHours({ openingHours: weekdays('08:00', '20:00', [1, 2, 3, 4, 5, 6, 7]) })).toEqual(['Every day: 8am to 8pm']);
    expect(describeWeeklyHours({ openingHours: [] })).toEqual(['Every day: closed']);
  });

  it('does not group days that are not next to each other', () => {
    const openingHours = weekdays('10:00', '14:00', [1, 3]);
    expect(describeWeeklyHours({ openingHours })).toEqual(['Monday: 10am to 2pm', 'Tuesday: closed', 'Wednesday: 10am to 2pm', 'Thursday to Sunday: closed']);
  });
});

describe('upcoming exceptions in words', () => {
  const exceptions: OpeningException[] = [
    { date: '2026-12-25', reason: 'Christmas Day', periods: [] },
    { date: '2026-12-24', reason: 'Christmas Eve', periods: [{ opens: '09:00', closes: '12:00' }] },
    { date: '2026-11-01', reason: 'Past', periods: [] },
    { date: '2027-01-20', reason: 'Far off', periods: [] },
  ];

  it('lists the next two weeks in date order', () => {
    expect(describeUpcomingExceptions({ exceptions }, london('2026-12-20T10:00'))).toEqual([
      'Thursday 24 December (Christmas Eve): 9am to 12pm',
      'Friday 25 December (Christmas Day): closed',
    ]);
  });

  it('takes a shorter window', () => {
    expect(describeUpcomingExceptions({ exceptions }, london('2026-12-20T10:00'), 5)).toEqual(['Thursday 24 December (Christmas Eve): 9am to 12pm']);
  });
});
