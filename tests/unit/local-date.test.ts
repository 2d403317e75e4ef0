import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatLocalTime,
  localTimeMinutes,
  localTimeWords,
  londonWallClockInstant,
  parseLocalTime,
} from '../../src/domain/local-date';

const utc = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

describe('LocalTime', () => {
  it('parses HH:mm (and HSDS seconds) as minutes after midnight', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('18:30')).toBe(18 * 60 + 30);
    expect(parseLocalTime('10:00:00')).toBe(600);
    expect(parseLocalTime('9:30')).toBeUndefined();
    expect(parseLocalTime('24:00')).toBeUndefined();
    expect(parseLocalTime('24:00', { endOfDay: true })).toBe(1440);
    expect(parseLocalTime('12:60')).toBeUndefined();
  });

  it('throws on a time that should have been checked upstream', () => {
    expect(localTimeMinutes('07:45')).toBe(465);
    expect(() => localTimeMinutes('25:00')).toThrow(RangeError);
    expect(() => localTimeMinutes('24:00')).toThrow(RangeError);
    expect(localTimeMinutes('24:00', { endOfDay: true })).toBe(1440);
  });

  it('formats minutes as HH:mm', () => {
    expect(formatLocalTime(0)).toBe('00:00');
    expect(formatLocalTime(22 * 60 + 5)).toBe('22:05');
  });

  it('says times on the 12-hour clock, with midnight and midday by name when asked', () => {
    expect(localTimeWords(9 * 60)).toBe('9am');
    expect(localTimeWords(18 * 60 + 30)).toBe('6:30pm');
    expect(localTimeWords(12 * 60)).toBe('12pm');
    expect(localTimeWords(30)).toBe('12:30am');
    expect(localTimeWords(0, { midnight: true })).toBe('midnight');
    expect(localTimeWords(1440, { midnight: true })).toBe('midnight');
    expect(localTimeWords(12 * 60, { midday: true })).toBe('midday');
    expect(localTimeWords(12 * 60, { midnight: true })).toBe('12pm');
  });
});

describe('londonWallClockInstant', () => {
  it('reads GMT and BST days with their own offset', () => {
    expect(londonWallClockInstant(dayNumber(2026, 1, 15), 9 * 60)).toBe(utc('2026-01-15T09:00Z'));
    expect(londonWallClockInstant(dayNumber(2026, 7, 15), 9 * 60)).toBe(utc('2026-07-15T08:00Z'));
  });

  it('moves a time the spring clock change skips an hour later (RFC 5545)', () => {
    expect(londonWallClockInstant(dayNumber(2026, 3, 29), 90)).toBe(utc('2026-03-29T01:30Z'));
    expect(londonWallClockInstant(dayNumber(2026, 3, 29), 3 * 60)).toBe(utc('2026-03-29T02:00Z'));
  });

  it('takes the first of a time the autumn clock change repeats (RFC 5545)', () => {
    expect(londonWallClockInstant(dayNumber(2026, 10, 25), 90)).toBe(utc('2026-10-25T00:30Z'));
    expect(londonWallClockInstant(dayNumber(2026, 10, 25), 3 * 60)).toBe(utc('2026-10-25T03:00Z'));
  });
});
