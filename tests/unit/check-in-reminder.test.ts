import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { segmentInfo } from '../../adapters/sms/sms-segments';
import {
  checkInReminderJobId,
  checkInReminderText,
  decideDueReminder,
  isReminderAcceptance,
  lastCheckInAt,
  nextReminderAt,
  type ReminderBasis,
} from '../../src/domain/wellbeing/check-in-reminder';
import { emptyWellbeingRecord, type CheckInPreferences } from '../../src/domain/wellbeing/wellbeing-record';

const weeklyAnyTime: CheckInPreferences = { frequency: 'weekly', timeOfDay: 'any', quietHours: null, updatedAt: '2026-12-01T12:00:00.000Z' };
const basis: ReminderBasis = { consented: true, preferences: weeklyAnyTime, lastCheckInAt: undefined, lastReminderAt: undefined };
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe('check-in reminders: planning', () => {
  it('takes the latest rating as the last check-in', () => {
    const record = {
      ...emptyWellbeingRecord('2026-11-01T10:00:00.000Z'),
      goals: [
        { id: 'a', text: 'Sleep better', status: 'active' as const, createdAt: '2026-11-01T10:00:00.000Z', statusChangedAt: '2026-11-01T10:00:00.000Z', ratings: [{ score: 4, at: '2026-11-01T10:00:00.000Z' }, { score: 6, at: '2026-11-20T10:00:00.000Z' }] },
        { id: 'b', text: 'Walk', status: 'active' as const, createdAt: '2026-11-02T10:00:00.000Z', statusChangedAt: '2026-11-02T10:00:00.000Z', ratings: [{ score: 3, at: '2026-11-10T10:00:00.000Z' }] },
      ],
    };
    expect(lastCheckInAt(record)).toBe('2026-11-20T10:00:00.000Z');
    expect(lastCheckInAt(emptyWellbeingRecord('2026-11-01T10:00:00.000Z'))).toBeUndefined();
  });

  it('plans from the later of the last check-in and the last reminder: never more than chosen', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(nextReminderAt(basis, now)).toBe('2026-12-08T09:00:00.000Z');
    expect(nextReminderAt({ ...basis, lastCheckInAt: '2026-12-03T12:00:00.000Z' }, now)).toBe('2026-12-10T09:00:00.000Z');
    expect(nextReminderAt({ ...basis, lastCheckInAt: '2026-12-03T12:00:00.000Z', lastReminderAt: '2026-12-05T12:00:00.000Z' }, now)).toBe('2026-12-12T09:00:00.000Z');
  });

  it('plans nothing without consent, without preferences, or for "never"', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(nextReminderAt({ ...basis, consented: false }, now)).toBeUndefined();
    expect(nextReminderAt({ ...basis, preferences: undefined }, now)).toBeUndefined();
    expect(nextReminderAt({ ...basis, preferences: { ...weeklyAnyTime, frequency: 'never' } }, now)).toBeUndefined();
  });
});

describe('check-in reminders: a reminder that falls due', () => {
  it('is sent when now fits', () => {
    expect(decideDueReminder(basis, at('2026-12-08T09:00:00Z'))).toEqual({ kind: 'send' });
  });

  it('is moved to the end of quiet hours that span midnight, never dropped', () => {
    const quiet = { ...basis, preferences: { ...weeklyAnyTime, quietHours: { from: '22:00', to: '10:00' } } };
    expect(decideDueReminder(quiet, at('2026-12-08T09:00:00Z'))).toEqual({ kind: 'move', at: '2026-12-08T10:00:00.000Z' });
  });

  it('is moved after a check-in since it was planned', () => {
    expect(decideDueReminder({ ...basis, lastCheckInAt: '2026-12-07T18:00:00.000Z' }, at('2026-12-08T09:00:00Z'))).toEqual({ kind: 'move', at: '2026-12-14T09:00:00.000Z' });
  });

  it('is dropped after consent is withdrawn or "never" is chosen', () => {
    expect(decideDueReminder({ ...basis, consented: false }, at('2026-12-08T09:00:00Z'))).toEqual({ kind: 'drop' });
    expect(decideDueReminder({ ...basis, preferences: { ...weeklyAnyTime, frequency: 'never' } }, at('2026-12-08T09:00:00Z'))).toEqual({ kind: 'drop' });
  });
});

describe('check-in reminders: ids, words and replies', () => {
  it('names the job by person and London wall-clock time, across the clock change', () => {
    expect(checkInReminderJobId('AbCdEfGhIjKlMnOpQrStUv', '2026-03-29T08:00:00.000Z')).toBe('checkin.AbCdEfGhIjKlMnOpQrStUv.2026-03-29T0900');
    expect(checkInReminderJobId('AbCdEfGhIjKlMnOpQrStUv', '2026-10-25T09:00:00.000Z')).toBe('checkin.AbCdEfGhIjKlMnOpQrStUv.2026-10-25T0900');
  });

  it('says nothing personal, and on SMS fits one GSM-7 segment', () => {
    const sms = checkInReminderText('sms');
    expect(segmentInfo(sms)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(sms).toContain('STOP');
    expect(checkInReminderText('webchat')).toContain('CHECK IN SETTINGS');
  });

  it('takes "yes", "1", "ok" and "start" as taking the reminder up, and not "no" or a sentence', () => {
    for (const reply of ['yes', 'Yes please', '1', 'ok', 'start']) expect(isReminderAcceptance(reply), reply).toBe(true);
    for (const reply of ['no', '2', 'not now', 'yes I was wondering about my callback', undefined]) expect(isReminderAcceptance(reply), String(reply)).toBe(false);
  });
});
