import fc from 'fast-check';
import { DateTime } from 'luxon';
import { RRule, type Weekday } from 'rrule';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/domain/activities/activity';
import { occurrencesBetween, type Occurrence } from '../../src/domain/activities/schedule-occurrences';

/**
 * The project's schedule occurrences against `rrule` (a test-only oracle: python-dateutil's RFC 5545
 * engine) for random HSDS schedules. Opening and closing times stay clear of 01:00–01:59, the hour
 * the clocks change in, so each wall time has one instant and luxon can make it without our rule;
 * that hour is covered by the examples in schedule-occurrences.test.ts.
 *
 * Two things rrule does differently are left out of the schedules drawn: a MONTHLY `byday` that
 * mixes bare weekdays with ordinals (`MO,2TU`: RFC 5545 means either, rrule both), and
 * `valid_from` / `valid_to`, which are HSDS's own and are applied to rrule's dates as a filter.
 */

const zone = 'Europe/London';
const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const rruleWeekdays: readonly Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const firstDate = DateTime.fromISO('2025-01-01', { zone: 'utc' });
const changeHour = { from: 60, to: 120 };

interface Drawn {
  readonly schedule: Schedule;
  /** rrule's weekdays for the same `byday`. */
  readonly byweekday: Weekday[] | undefined;
  readonly bymonthday: number[] | undefined;
  /** The London dates searched: [windowStart, windowEnd). */
  readonly windowStart: string;
  readonly windowEnd: string;
}

const isoDate = (daysAfter: number): string => firstDate.plus({ days: daysAfter }).toISODate() ?? '';
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const outsideChangeHour = (minutes: number): boolean => minutes < changeHour.from || minutes >= changeHour.to;

const weekdayIndex = fc.integer({ min: 0, max: 6 });
const ordinal = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -5, max: -1 }));
const monthDay = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 }));

/** `byday` as HSDS writes it and as rrule takes it: bare weekdays, or weekdays with ordinals (MONTHLY). */
const bydayArbitrary = (monthly: boolean): fc.Arbitrary<{ text: string; weekdays: Weekday[] }> => {
  const bare = fc.uniqueArray(weekdayIndex, { minLength: 1, maxLength: 7 }).map((days) => ({
    text: days.map((day) => weekdayCodes[day]).join(','),
    weekdays: days.map((day) => rruleWeekdays[day] as Weekday),
  }));
  const withOrdinals = fc.uniqueArray(fc.tuple(weekdayIndex, ordinal), { minLength: 1, maxLength: 3, selector: ([day, nth]) => `${nth}${day}` }).map((entries) => ({
    text: entries.map(([day, nth]) => `${nth}${weekdayCodes[day]}`).join(','),
    weekdays: entries.map(([day, nth]) => (rruleWeekdays[day] as Weekday).nth(nth)),
  }));
  return monthly ? fc.oneof(bare, withOrdinals) : bare;
};

/** Mostly absent: the optional limits each cut a schedule short, and together they would leave most windows empty. */
const seldom = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

/**
 * Which of `byday` and `bymonthday` a schedule has. Both (a day must match both) and neither (the
 * weekday or day of the month of `dtstart`) are rarer, as in real listings.
 */
const dayRules = fc.constantFrom('byday', 'byday', 'bymonthday', 'both', 'neither');

const timesArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 1439 }))
  .filter(([opens, closes]) => opens < closes && outsideChangeHour(opens) && outsideChangeHour(closes));

const drawnArbitrary: fc.Arbitrary<Drawn> = fc.boolean().chain((monthly) =>
  fc
    .record({
      interval: fc.integer({ min: 1, max: 4 }),
      start: fc.integer({ min: 0, max: 1200 }),
      dayRules: monthly ? dayRules : fc.constantFrom('byday', 'byday', 'neither'),
      byday: bydayArbitrary(monthly),
      bymonthday: fc.uniqueArray(monthDay, { minLength: 1, maxLength: 3 }),
      untilAfter: seldom(fc.integer({ min: 0, max: 700 })),
      validFromAfter: seldom(fc.integer({ min: -30, max: 300 })),
      validToAfter: seldom(fc.integer({ min: 0, max: 700 })),
      windowAfter: fc.integer({ min: -40, max: 400 }),
      windowDays: fc.integer({ min: 1, max: 200 }),
      times: timesArbitrary,
    })
    .map((drawn): Drawn => {
      const byday = drawn.dayRules === 'byday' || drawn.dayRules === 'both' ? drawn.byday : undefined;
      const bymonthday = drawn.dayRules === 'bymonthday' || drawn.dayRules === 'both' ? drawn.bymonthday : undefined;
      const schedule: Schedule = {
        id: '7a1f1c52-2d0c-4b35-9a55-0d1f3f8a6c11',
        freq: monthly ? 'MONTHLY' : 'WEEKLY',
        interval: drawn.interval,
        dtstart: isoDate(drawn.start),
        opens_at: hhmm(drawn.times[0]),
        closes_at: hhmm(drawn.times[1]),
        ...(byday === undefined ? {} : { byday: byday.text }),
        ...(bymonthday === undefined ? {} : { bymonthday: bymonthday.join(',') }),
        ...(drawn.untilAfter === undefined ? {} : { until: isoDate(drawn.start + drawn.untilAfter) }),
        ...(drawn.validFromAfter === undefined ? {} : { valid_from: isoDate(drawn.start + drawn.validFromAfter) }),
        ...(drawn.validToAfter === undefined ? {} : { valid_to: isoDate(drawn.start + drawn.validToAfter) }),
      };
      return {
        schedule,
        byweekday: byday?.weekdays,
        bymonthday,
        windowStart: isoDate(drawn.start + drawn.windowAfter),
        windowEnd: isoDate(drawn.start + drawn.windowAfter + drawn.windowDays),
      };
    }),
);

/** A date and wall time as rrule's floating dates: the UTC fields carry the local values. */
function floating(date: string, time: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: 'utc' }).toJSDate();
}

/** The London instant of a date and wall time outside the clock-change hour (luxon alone, unambiguous). */
function londonInstant(date: string, time: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
}

/** What rrule says the sessions in the window are. */
function oracleOccurrences(drawn: Drawn): Occurrence[] {
  const { schedule } = drawn;
  const rule = new RRule({
    freq: schedule.freq === 'WEEKLY' ? RRule.WEEKLY : RRule.MONTHLY,
    interval: schedule.interval,
    wkst: RRule.MO,
    dtstart: floating(schedule.dtstart, schedule.opens_at),
    ...(schedule.until === undefined ? {} : { until: floating(schedule.until, '23:59') }),
    ...(drawn.byweekday === undefined ? {} : { byweekday: drawn.byweekday }),
    ...(drawn.bymonthday === undefined ? {} : { bymonthday: drawn.bymonthday }),
  });
  return rule
    .between(floating(drawn.windowStart, '00:00'), floating(drawn.windowEnd, '00:00'), true)
    .map((start) => DateTime.fromJSDate(start, { zone: 'utc' }).toISODate() ?? '')
    .filter((date) => date < drawn.windowEnd)
    .filter((date) => (schedule.valid_from === undefined || date >= schedule.valid_from) && (schedule.valid_to === undefined || date <= schedule.valid_to))
    .map((date) => ({ start: londonInstant(date, schedule.opens_at), end: londonInstant(date, schedule.closes_at) }));
}

describe('schedule occurrences against rrule', () => {
  it('finds the same sessions as rrule for random weekly and monthly schedules', () => {
    fc.assert(
      fc.property(drawnArbitrary, (drawn) => {
        const from = londonInstant(drawn.windowStart, '00:00');
        const to = londonInstant(drawn.windowEnd, '00:00');
        expect(occurrencesBetween(drawn.schedule, from, to)).toEqual(oracleOccurrences(drawn));
      }),
      { numRuns: 400, seed: 20_261_207 },
    );
  });
});
