import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { OpeningHoursSource } from '../../src/domain/team/opening-hours';
import { afterOpenTime } from '../../src/domain/team/open-time';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
const hours = (count: number): number => count * 3_600_000;

/** Monday to Friday, 9am to 5pm. */
const office: OpeningHoursSource = { openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })), exceptions: [] };

describe('opening time passed', () => {
  it('counts within one open stretch', () => {
    expect(afterOpenTime(office, london('2026-12-07T10:00'), hours(4))).toBe(london('2026-12-07T14:00'));
  });

  it('does not count the night: 4 hours from 3pm Monday is 11am Tuesday', () => {
    expect(afterOpenTime(office, london('2026-12-07T15:00'), hours(4))).toBe(london('2026-12-08T11:00'));
  });

  it('does not count the weekend, and starts counting at opening for a request made while closed', () => {
    expect(afterOpenTime(office, london('2026-12-11T16:00'), hours(4))).toBe(london('2026-12-14T12:00'));
    expect(afterOpenTime(office, london('2026-12-12T20:00'), hours(4))).toBe(london('2026-12-14T13:00'));
  });

  it('skips a day the team is closed by an exception', () => {
    const withClosure: OpeningHoursSource = { ...office, exceptions: [{ date: '2026-12-08', reason: 'Staff training', periods: [] }] };
    expect(afterOpenTime(withClosure, london('2026-12-07T15:00'), hours(4))).toBe(london('2026-12-09T11:00'));
  });

  it('is undefined when the team has no opening in the next two weeks', () => {
    expect(afterOpenTime({ openingHours: [], exceptions: [] }, london('2026-12-07T10:00'), hours(4))).toBeUndefined();
  });
});
