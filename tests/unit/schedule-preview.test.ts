import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/domain/activities/activity';
import { upcomingOccurrences } from '../../src/domain/activities/schedule-occurrences';
import { schedulePreview } from '../../src/domain/activities/schedule-preview';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
/** Monday 7 December 2026, 9am in London. */
const now = london('2026-12-07T09:00');

function schedule(changes: Partial<Schedule>): Schedule {
  return { id: '7a1f1c52-2d0c-4b35-9a55-0d1f3f8a6c11', freq: 'WEEKLY', interval: 1, byday: 'TU', dtstart: '2026-01-06', opens_at: '10:00', closes_at: '12:00', ...changes };
}

describe('schedulePreview', () => {
  it('describes the schedule and gives its next five sessions in words', () => {
    expect(schedulePreview([schedule({})], now)).toEqual({
      description: 'Every Tuesday, 10am to 12pm',
      nextSessions: ['Tomorrow, 10am to 12pm', 'Tue 15 December, 10am to 12pm', 'Tue 22 December, 10am to 12pm', 'Tue 29 December, 10am to 12pm', 'Tue 5 January 2027, 10am to 12pm'],
    });
  });

  it('merges several schedules in time order, describing each', () => {
    const preview = schedulePreview([schedule({ byday: 'TH', opens_at: '18:30', closes_at: '20:00' }), schedule({ freq: 'MONTHLY', byday: '-1FR' })], now);
    expect(preview.description).toBe('Every Thursday, 6:30pm to 8pm; Last Friday of the month, 10am to 12pm');
    expect(preview.nextSessions).toEqual([
      'Thursday, 6:30pm to 8pm',
      'Thu 17 December, 6:30pm to 8pm',
      'Thu 24 December, 6:30pm to 8pm',
      'Fri 25 December, 10am to 12pm',
      'Thu 31 December, 6:30pm to 8pm',
    ]);
  });

  it('gives fewer sessions when the schedule ends, and none when it has ended', () => {
    expect(schedulePreview([schedule({ until: '2026-12-15' })], now).nextSessions).toEqual(['Tomorrow, 10am to 12pm', 'Tue 15 December, 10am to 12pm']);
    expect(schedulePreview([schedule({ until: '2026-11-30' })], now).nextSessions).toEqual([]);
  });
});

describe('upcomingOccurrences', () => {
  it('includes a session under way and counts two schedules at the same times once', () => {
    const duringTuesday = london('2026-12-08T11:00');
    const sessions = upcomingOccurrences([schedule({}), schedule({ id: '5e0c1b1e-4a53-4e0b-9a39-1f6b4c2d8e77' })], duringTuesday, 2);
    expect(sessions).toEqual([
      { start: london('2026-12-08T10:00'), end: london('2026-12-08T12:00') },
      { start: london('2026-12-15T10:00'), end: london('2026-12-15T12:00') },
    ]);
  });
});
