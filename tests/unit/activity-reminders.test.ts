import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  activityReminderCancelledText,
  activityReminderText,
  activityReminderTimes,
  defaultDayBeforeMinutes,
  sessionState,
} from '../../src/domain/activities/activity-reminders';
import { describeReminders, matchMyRemindersChoice } from '../../src/domain/activities/my-reminders';
import { activityFixture } from '../support/admin-activity-fixture';

const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
const utc = (iso: string): number => Date.parse(iso);
const hourMs = 3_600_000;

describe('activity reminder times', () => {
  it('plans the day before at the chosen time and an hour before the session', () => {
    const session = { start: london('2026-12-08T10:00'), end: london('2026-12-08T11:30') };
    expect(activityReminderTimes(session, 17 * 60, london('2026-12-07T09:00'))).toEqual([
      { kind: 'day-before', at: london('2026-12-07T17:00') },
      { kind: 'hour-before', at: london('2026-12-08T09:00') },
    ]);
  });

  it('keeps the wall-clock time across the autumn clock change (25 hours before)', () => {
    // Sunday 25 October 2026, clocks go back at 2am: the day before is still Saturday at 10am (BST).
    const session = { start: london('2026-10-25T10:00'), end: london('2026-10-25T11:00') };
    const [dayBefore, hourBefore] = activityReminderTimes(session, defaultDayBeforeMinutes, utc('2026-10-20T12:00:00Z'));
    expect(dayBefore).toEqual({ kind: 'day-before', at: utc('2026-10-24T09:00:00Z') });
    expect(hourBefore).toEqual({ kind: 'hour-before', at: utc('2026-10-25T09:00:00Z') });
    expect(session.start - (dayBefore?.at ?? 0)).toBe(25 * hourMs);
  });

  it('keeps the wall-clock time across the spring clock change (23 hours before)', () => {
    // Sunday 28 March 2027, clocks go forward at 1am: Saturday 10am is GMT, Sunday 10am is BST.
    const session = { start: london('2027-03-28T10:00'), end: london('2027-03-28T11:00') };
    const [dayBefore, hourBefore] = activityReminderTimes(session, defaultDayBeforeMinutes, utc('2027-03-20T12:00:00Z'));
    expect(dayBefore?.at).toBe(utc('2027-03-27T10:00:00Z'));
    expect(hourBefore?.at).toBe(utc('2027-03-28T08:00:00Z'));
  });

  it('leaves out reminders whose time has passed, and a day-before one that would not come first', () => {
    const session = { start: london('2026-12-08T10:00'), end: london('2026-12-08T11:30') };
    expect(activityReminderTimes(session, 17 * 60, london('2026-12-07T18:00')).map((planned) => planned.kind)).toEqual(['hour-before']);
    expect(activityReminderTimes(session, 17 * 60, london('2026-12-08T09:30'))).toEqual([]);
    // A 12:30am session: its hour-before (11:30pm) comes before a day-before time of 11:45pm, which is then left out.
    const early = { start: london('2026-12-08T00:30'), end: london('2026-12-08T01:30') };
    expect(activityReminderTimes(early, 23 * 60 + 45, london('2026-12-06T09:00')).map((planned) => planned.kind)).toEqual(['hour-before']);
  });
});

describe('session state when a reminder fires', () => {
  const activity = activityFixture();
  const tuesday = london('2026-12-08T10:00');

  it('is on while the listing still has the session', () => {
    expect(sessionState(activity, tuesday)).toEqual({ state: 'on', session: { start: tuesday, end: london('2026-12-08T11:30') }, activity });
  });

  it('is cancelled when the schedule no longer has it, retired when the listing is gone or not active', () => {
    const [schedule] = activity.schedules;
    if (schedule === undefined) throw new Error('fixture has a schedule');
    expect(sessionState({ ...activity, schedules: [{ ...schedule, until: '2026-12-01' }] }, tuesday)).toEqual({ state: 'cancelled' });
    expect(sessionState({ ...activity, schedules: [{ ...schedule, opens_at: '11:00', closes_at: '12:00' }] }, tuesday)).toEqual({ state: 'cancelled' });
    expect(sessionState({ ...activity, status: 'inactive' }, tuesday)).toEqual({ state: 'retired' });
    expect(sessionState(undefined, tuesday)).toEqual({ state: 'retired' });
  });
});

describe('reminder texts', () => {
  const activity = activityFixture();
  const session = { start: london('2026-12-08T10:00'), end: london('2026-12-08T11:30') };

  it('say what, when, where and how to join, and how to stop them', () => {
    expect(activityReminderText(activity, session, london('2026-12-07T17:00'))).toBe(
      [
        'A reminder: Tuesday walking group is tomorrow, 10am to 11:30am.',
        'Where: Example Park gates, M6 5AA',
        'How to join: Just turn up at the park gates.',
        'Say "my reminders" to see or stop your reminders.',
      ].join('\n'),
    );
    expect(activityReminderText(activity, session, london('2026-12-08T09:00'))).toContain('is today, 10am to 11:30am.');
  });

  it('tell the person briefly when the session is off', () => {
    expect(activityReminderCancelledText(activity, 'cancelled', session.start, london('2026-12-07T17:00'))).toBe(
      'Tuesday walking group tomorrow is not happening, so there will be no reminders for it.',
    );
    expect(activityReminderCancelledText(activity, 'retired', session.start, london('2026-12-07T17:00'))).toContain('Tuesday walking group is no longer running');
    expect(activityReminderCancelledText(undefined, 'retired', session.start, london('2026-12-07T17:00'))).toContain('An activity you asked to be reminded of is no longer running');
  });
});

describe('my reminders', () => {
  const now = london('2026-12-07T12:00');

  it('lists each reminder with its session, and says how to stop them', () => {
    const text = describeReminders(
      [
        { name: 'Tuesday walking group', session: london('2026-12-08T10:00') },
        { name: undefined, session: undefined },
      ],
      now,
    );
    expect(text).toContain('1. Tuesday walking group: tomorrow at 10am');
    expect(text).toContain('2. An activity no longer listed: no session coming up');
    expect(text).toContain('"stop all"');
    expect(describeReminders([], now)).toContain('You have no activity reminders');
  });

  it('reads stop by number, stop all and menu', () => {
    expect(matchMyRemindersChoice('stop 2', 3)).toEqual({ stop: 2 });
    expect(matchMyRemindersChoice('Cancel reminder 1', 3)).toEqual({ stop: 1 });
    expect(matchMyRemindersChoice('2', 3)).toEqual({ stop: 2 });
    expect(matchMyRemindersChoice('stop all', 3)).toBe('all');
    expect(matchMyRemindersChoice('stop', 1)).toEqual({ stop: 1 });
    expect(matchMyRemindersChoice('menu', 3)).toBe('menu');
    expect(matchMyRemindersChoice('stop 4', 3)).toBeUndefined();
    expect(matchMyRemindersChoice('stop', 2)).toBeUndefined();
    expect(matchMyRemindersChoice('banana', 3)).toBeUndefined();
  });
});
