import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  defaultQuietHours,
  describeCheckInPreferences,
  formatQuietHours,
  frequencyChoices,
  isInQuietHours,
  matchFrequency,
  matchQuietHours,
  matchTimeOfDay,
  nextCheckInAt,
  parseQuietHours,
  quietHoursChoices,
  timeOfDayChoices,
} from '../../src/domain/wellbeing/check-in-preferences';
import type { CheckInPreferences, QuietHours } from '../../src/domain/wellbeing/wellbeing-record';

const utc = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });

describe('frequencyChoices and matchFrequency', () => {
  it('offers weekly, every two weeks, monthly and never, in that order', () => {
    expect(frequencyChoices).toEqual([
      { value: 'weekly', label: 'Weekly' },
      { value: 'fortnightly', label: 'Every two weeks' },
      { value: 'monthly', label: 'Monthly' },
      { value: 'never', label: 'Never' },
    ]);
  });

  it.each([
    ['1', 'weekly'],
    ['Weekly', 'weekly'],
    ['every week', 'weekly'],
    ['Once a week', 'weekly'],
    ['2', 'fortnightly'],
    ['Every two weeks', 'fortnightly'],
    ['fortnightly', 'fortnightly'],
    ['every 2 weeks', 'fortnightly'],
    ['3', 'monthly'],
    ['monthly', 'monthly'],
    ['every month', 'monthly'],
    ['once a month', 'monthly'],
    ['4', 'never'],
    ['Never', 'never'],
    ['no', 'never'],
    ["don't ask", 'never'],
    ['Don’t ask', 'never'],
    ['none', 'never'],
  ] as const)('reads %j as %s', (text, frequency) => {
    expect(matchFrequency(text)).toBe(frequency);
  });

  it.each([undefined, '', '5', '0', 'daily', 'every day', 'weekly or monthly'])('finds no frequency in %j', (text) => {
    expect(matchFrequency(text)).toBeUndefined();
  });

  it('reads every label as its own value', () => {
    expect(frequencyChoices.map((choice) => matchFrequency(choice.label))).toEqual(frequencyChoices.map((choice) => choice.value));
  });
});

describe('timeOfDayChoices and matchTimeOfDay', () => {
  it('offers morning, afternoon, evening and any time with their hours', () => {
    expect(timeOfDayChoices).toEqual([
      { value: 'morning', label: 'Morning (9am to 12pm)' },
      { value: 'afternoon', label: 'Afternoon (12pm to 5pm)' },
      { value: 'evening', label: 'Evening (5pm to 8pm)' },
      { value: 'any', label: 'Any time (9am to 8pm)' },
    ]);
  });

  it.each([
    ['1', 'morning'],
    ['Morning', 'morning'],
    ['mornings', 'morning'],
    ['Morning (9am to 12pm)', 'morning'],
    ['2', 'afternoon'],
    ['afternoons', 'afternoon'],
    ['3', 'evening'],
    ['Evening', 'evening'],
    ['evenings', 'evening'],
    ['4', 'any'],
    ['any', 'any'],
    ['anytime', 'any'],
    ['Any time', 'any'],
    ["don't mind", 'any'],
    ['Any time (9am to 8pm)', 'any'],
  ] as const)('reads %j as %s', (text, timeOfDay) => {
    expect(matchTimeOfDay(text)).toBe(timeOfDay);
  });

  it.each([undefined, '', '5', 'night', 'lunchtime', 'morning or evening'])('finds no time of day in %j', (text) => {
    expect(matchTimeOfDay(text)).toBeUndefined();
  });
});

describe('parseQuietHours', () => {
  it.each([
    ['10pm to 8am', '22:00', '08:00'],
    ['10pm-8am', '22:00', '08:00'],
    ['10 pm – 8 am', '22:00', '08:00'],
    ['From 10PM to 8AM.', '22:00', '08:00'],
    ['10 p.m. to 8 a.m.', '22:00', '08:00'],
    ['22:00 - 07:30', '22:00', '07:30'],
    ['20:00 to 08:00', '20:00', '08:00'],
    ['22.00 to 8', '22:00', '08:00'],
    ['from 11pm until 7am', '23:00', '07:00'],
    ['11pm till 7', '23:00', '07:00'],
    ['9pm to 9am', '21:00', '09:00'],
    ['10:30pm to 7:30am', '22:30', '07:30'],
    ['between 11 and 6', '23:00', '06:00'],
    ['midnight to 6am', '00:00', '06:00'],
    ['10pm to noon', '22:00', '12:00'],
    ['10 at night to 7 in the morning', '22:00', '07:00'],
    ["10 o'clock to 7", '22:00', '07:00'],
    ['1pm to 2pm', '13:00', '14:00'],
    ['12 at night to 6 in the morning', '00:00', '06:00'],
    ['12am to 6am', '00:00', '06:00'],
  ] as const)('reads %j as %s to %s', (text, from, to) => {
    expect(parseQuietHours(text)).toEqual({ from, to });
  });

  it.each([
    ['10 to 7', '22:00', '07:00'],
    ['10.30 to 6.45', '22:30', '06:45'],
    ['9 to 11pm', '21:00', '23:00'],
    ['12 to 8', '00:00', '08:00'],
    ['10pm to 12', '22:00', '00:00'],
  ] as const)('reads bare hours in %j as an overnight window, %s to %s', (text, from, to) => {
    expect(parseQuietHours(text)).toEqual({ from, to });
  });

  it.each(['none', 'None.', 'no', 'No quiet hours', 'any time is fine', 'Any time'])('reads %j as no quiet hours', (text) => {
    expect(parseQuietHours(text)).toBeNull();
  });

  it.each([
    undefined,
    '',
    'later',
    '10pm',
    'sometime at night',
    '25:00 to 07:00',
    '24:00 to 08:00',
    '22:00 to 07:60',
    '13pm to 7am',
    '0am to 7am',
    '10pm to 10pm',
    '22:00 to 22:00',
    '10 to 10pm',
  ])('does not understand %j', (text) => {
    expect(parseQuietHours(text)).toBeUndefined();
  });
});

describe('quietHoursChoices and matchQuietHours', () => {
  it('offers 9pm to 9am, 10pm to 8am and none, in that order', () => {
    expect(quietHoursChoices.map((choice) => choice.label)).toEqual(['9pm to 9am', '10pm to 8am', 'No quiet hours']);
  });

  it.each<[string, QuietHours | null]>([
    ['1', defaultQuietHours],
    ['2', { from: '22:00', to: '08:00' }],
    ['3', null],
    ['10pm to 8am', { from: '22:00', to: '08:00' }],
    ['No quiet hours', null],
    ['11pm to 7am', { from: '23:00', to: '07:00' }],
  ])('reads %j, by number, label or in words', (text, quiet) => {
    expect(matchQuietHours(text)).toEqual(quiet);
  });

  it.each(['4', 'sometimes'])('does not understand %j', (text) => {
    expect(matchQuietHours(text)).toBeUndefined();
  });
});

describe('formatQuietHours', () => {
  it.each([
    [{ from: '22:00', to: '08:00' }, '10pm to 8am'],
    [{ from: '22:30', to: '07:30' }, '10:30pm to 7:30am'],
    [{ from: '21:00', to: '09:00' }, '9pm to 9am'],
    [{ from: '00:00', to: '06:00' }, 'midnight to 6am'],
    [{ from: '00:30', to: '07:05' }, '12:30am to 7:05am'],
    [{ from: '13:00', to: '12:00' }, '1pm to midday'],
    [null, 'none'],
  ] as const)('shows %j as %j', (quiet, text) => {
    expect(formatQuietHours(quiet)).toBe(text);
  });

  it.each(['10pm to 8am', '10:30pm to 7:30am', 'midnight to 6am', '12:30am to 7:05am', '1pm to midday'])(
    'reads its own wording %j back to the same hours',
    (text) => {
      const parsed = parseQuietHours(text);
      expect(parsed).toBeDefined();
      expect(formatQuietHours(parsed ?? null)).toBe(text);
    },
  );

  it('shows the default quiet hours as 9pm to 9am', () => {
    expect(defaultQuietHours).toEqual({ from: '21:00', to: '09:00' });
    expect(formatQuietHours(defaultQuietHours)).toBe('9pm to 9am');
  });

  it('refuses a stored time that is not HH:mm', () => {
    expect(() => formatQuietHours({ from: '9pm', to: '09:00' })).toThrow(RangeError);
    expect(() => formatQuietHours({ from: '25:00', to: '09:00' })).toThrow(RangeError);
  });
});

describe('isInQuietHours', () => {
  const overnight: QuietHours = { from: '22:00', to: '08:00' };

  it.each([
    // Winter (GMT): London time equals UTC.
    ['2026-01-15T21:59:00.000Z', false],
    ['2026-01-15T22:00:00.000Z', true],
    ['2026-01-15T23:59:59.000Z', true],
    ['2026-01-16T00:00:00.000Z', true],
    ['2026-01-16T07:59:59.999Z', true],
    ['2026-01-16T08:00:00.000Z', false],
    ['2026-01-16T12:00:00.000Z', false],
    // Summer (BST): London is an hour ahead of UTC.
    ['2026-07-15T20:59:00.000Z', false],
    ['2026-07-15T21:00:00.000Z', true],
    ['2026-07-16T06:59:00.000Z', true],
    ['2026-07-16T07:00:00.000Z', false],
  ] as const)('at %s over midnight 22:00 to 08:00 London, quiet is %s', (instant, quiet) => {
    expect(isInQuietHours(overnight, utc(instant))).toBe(quiet);
  });

  it('uses London wall time whatever zone the instant is in', () => {
    const inNewYork = DateTime.fromISO('2026-07-15T17:30:00', { zone: 'America/New_York' }); // 22:30 BST
    expect(isInQuietHours(overnight, inNewYork)).toBe(true);
  });

  it('handles quiet hours within one day', () => {
    const afternoon: QuietHours = { from: '13:00', to: '15:00' };
    expect(isInQuietHours(afternoon, utc('2026-01-15T12:59:00.000Z'))).toBe(false);
    expect(isInQuietHours(afternoon, utc('2026-01-15T13:00:00.000Z'))).toBe(true);
    expect(isInQuietHours(afternoon, utc('2026-01-15T15:00:00.000Z'))).toBe(false);
    expect(isInQuietHours(afternoon, utc('2026-01-15T23:00:00.000Z'))).toBe(false);
  });

  it('is never quiet with no quiet hours', () => {
    expect(isInQuietHours(null, utc('2026-01-15T03:00:00.000Z'))).toBe(false);
  });

  it('knows the night the clocks go forward', () => {
    // 29 March 2026: 00:30Z is 00:30 GMT, 07:30Z is 08:30 BST.
    expect(isInQuietHours(overnight, utc('2026-03-29T00:30:00.000Z'))).toBe(true);
    expect(isInQuietHours(overnight, utc('2026-03-29T06:59:00.000Z'))).toBe(true);
    expect(isInQuietHours(overnight, utc('2026-03-29T07:00:00.000Z'))).toBe(false);
  });
});

describe('nextCheckInAt', () => {
  function prefs(changes: Partial<CheckInPreferences>): CheckInPreferences {
    return { frequency: 'weekly', timeOfDay: 'morning', quietHours: defaultQuietHours, updatedAt: '2026-01-01T12:00:00.000Z', ...changes };
  }

  it('never schedules when the person chose never', () => {
    expect(nextCheckInAt(prefs({ frequency: 'never' }), undefined, utc('2026-01-01T12:00:00.000Z'))).toBeUndefined();
  });

  it('goes forward a week to 9am BST when the clocks change in between (March)', () => {
    const last = '2026-03-28T10:00:00.000Z'; // Saturday 10:00 GMT
    expect(nextCheckInAt(prefs({}), last, utc(last))).toBe('2026-04-04T08:00:00.000Z');
  });

  it('goes forward a week to 5pm GMT when the clocks change in between (October)', () => {
    const last = '2026-10-24T18:00:00.000Z'; // Saturday 19:00 BST
    expect(nextCheckInAt(prefs({ timeOfDay: 'evening' }), last, utc(last))).toBe('2026-10-31T17:00:00.000Z');
  });

  it.each([
    ['2026-03-22T10:00:00.000Z', '2026-03-29T08:00:00.000Z'],
    ['2026-10-18T10:00:00.000Z', '2026-10-25T09:00:00.000Z'],
  ])('lands on the clock-change day itself at 9am London: from %s to %s', (last, next) => {
    expect(nextCheckInAt(prefs({}), last, utc(last))).toBe(next);
  });

  it('counts from when the preferences were set when there has been no check-in', () => {
    const p = prefs({ updatedAt: '2026-05-05T15:00:00.000Z', timeOfDay: 'afternoon', quietHours: null });
    expect(nextCheckInAt(p, undefined, utc('2026-05-05T15:00:00.000Z'))).toBe('2026-05-12T11:00:00.000Z');
  });

  it('counts days on the London calendar, not the UTC one', () => {
    // 23:30Z on 30 June is 00:30 BST on 1 July, so a week later is 8 July.
    expect(nextCheckInAt(prefs({}), '2026-06-30T23:30:00.000Z', utc('2026-07-01T00:00:00.000Z'))).toBe('2026-07-08T08:00:00.000Z');
  });

  it('goes forward two weeks for fortnightly', () => {
    const p = prefs({ frequency: 'fortnightly', timeOfDay: 'any' });
    expect(nextCheckInAt(p, '2026-03-20T12:00:00.000Z', utc('2026-03-20T12:00:00.000Z'))).toBe('2026-04-03T08:00:00.000Z');
  });

  it.each([
    ['2026-01-31T12:00:00.000Z', '2026-02-28T12:00:00.000Z'],
    ['2026-03-31T12:00:00.000Z', '2026-04-30T11:00:00.000Z'],
    ['2026-12-15T12:00:00.000Z', '2027-01-15T12:00:00.000Z'],
  ])('goes forward a calendar month for monthly: from %s to %s', (last, next) => {
    const p = prefs({ frequency: 'monthly', timeOfDay: 'afternoon' });
    expect(nextCheckInAt(p, last, utc(last))).toBe(next);
  });

  describe('when the check-in is already due', () => {
    const last = '2026-05-01T10:00:00.000Z'; // due from 9am BST on 8 May

    it('can be now, rounded up to the next whole minute, inside the window', () => {
      expect(nextCheckInAt(prefs({}), last, utc('2026-05-10T10:15:30.500Z'))).toBe('2026-05-10T10:16:00.000Z');
    });

    it('is exactly now when now is a whole minute', () => {
      expect(nextCheckInAt(prefs({}), last, utc('2026-05-10T10:15:00.000Z'))).toBe('2026-05-10T10:15:00.000Z');
    });

    it('waits for the start of the window earlier in the day', () => {
      expect(nextCheckInAt(prefs({}), last, utc('2026-05-10T05:00:00.000Z'))).toBe('2026-05-10T08:00:00.000Z');
    });

    it('moves to the next day once the window has closed', () => {
      expect(nextCheckInAt(prefs({}), last, utc('2026-05-10T11:00:00.000Z'))).toBe('2026-05-11T08:00:00.000Z');
    });

    it('moves to the next day in the last minute of the window when rounding up leaves the window', () => {
      expect(nextCheckInAt(prefs({}), last, utc('2026-05-10T10:59:30.000Z'))).toBe('2026-05-11T08:00:00.000Z');
    });

    it('waits until quiet hours end when they cut into the window', () => {
      const p = prefs({ timeOfDay: 'afternoon', quietHours: { from: '13:00', to: '15:30' } });
      expect(nextCheckInAt(p, last, utc('2026-05-10T12:20:00.000Z'))).toBe('2026-05-10T14:30:00.000Z');
    });

    it('moves to the next day when overnight quiet hours start inside the window', () => {
      const p = prefs({ timeOfDay: 'evening', quietHours: { from: '18:00', to: '07:00' } });
      expect(nextCheckInAt(p, last, utc('2026-05-10T17:30:00.000Z'))).toBe('2026-05-11T16:00:00.000Z');
    });
  });

  it('starts at the end of quiet hours that run into the window', () => {
    const p = prefs({ quietHours: { from: '22:00', to: '10:30' } });
    expect(nextCheckInAt(p, '2026-01-05T12:00:00.000Z', utc('2026-01-05T12:00:00.000Z'))).toBe('2026-01-12T10:30:00.000Z');
  });

  it('starts at the window when overnight quiet hours begin later in it', () => {
    const p = prefs({ timeOfDay: 'evening', quietHours: { from: '19:00', to: '08:00' } });
    expect(nextCheckInAt(p, '2026-01-05T12:00:00.000Z', utc('2026-01-05T12:00:00.000Z'))).toBe('2026-01-12T17:00:00.000Z');
  });

  it('finds no time when quiet hours cover the whole window every day', () => {
    const evening = prefs({ timeOfDay: 'evening', quietHours: { from: '17:00', to: '09:00' } });
    expect(nextCheckInAt(evening, '2026-01-05T12:00:00.000Z', utc('2026-01-05T12:00:00.000Z'))).toBeUndefined();
    const anyTime = prefs({ timeOfDay: 'any', quietHours: { from: '08:00', to: '21:00' } });
    expect(nextCheckInAt(anyTime, '2026-01-05T12:00:00.000Z', utc('2026-01-05T12:00:00.000Z'))).toBeUndefined();
  });

  it('ignores quiet hours when there are none', () => {
    const p = prefs({ quietHours: null });
    expect(nextCheckInAt(p, '2026-01-05T12:00:00.000Z', utc('2026-01-05T12:00:00.000Z'))).toBe('2026-01-12T09:00:00.000Z');
  });

  it('never answers with a time in quiet hours or outside the window', () => {
    const p = prefs({ timeOfDay: 'any', quietHours: { from: '11:00', to: '14:00' } });
    for (let hour = 0; hour < 48; hour += 1) {
      const now = utc('2026-03-28T00:00:00.000Z').plus({ hours: hour, minutes: 7, seconds: 3 });
      const next = nextCheckInAt(p, '2026-03-21T12:00:00.000Z', now);
      expect(next).toBeDefined();
      const at = utc(next ?? '');
      const local = at.setZone('Europe/London');
      expect(at.toMillis()).toBeGreaterThanOrEqual(now.toMillis());
      expect(isInQuietHours(p.quietHours, at)).toBe(false);
      expect(local.hour).toBeGreaterThanOrEqual(9);
      expect(local.hour).toBeLessThan(20);
    }
  });

  it('refuses an unreadable last check-in time', () => {
    expect(() => nextCheckInAt(prefs({}), 'yesterday', utc('2026-01-01T12:00:00.000Z'))).toThrow(RangeError);
  });
});

describe('describeCheckInPreferences', () => {
  const updatedAt = '2026-01-01T12:00:00.000Z';

  it.each([
    [{ frequency: 'weekly', timeOfDay: 'morning', quietHours: { from: '21:00', to: '09:00' } }, 'once a week, in the morning (9am to 12pm), quiet hours 9pm to 9am'],
    [{ frequency: 'fortnightly', timeOfDay: 'afternoon', quietHours: null }, 'every two weeks, in the afternoon (12pm to 5pm), no quiet hours'],
    [{ frequency: 'monthly', timeOfDay: 'evening', quietHours: { from: '22:30', to: '07:30' } }, 'once a month, in the evening (5pm to 8pm), quiet hours 10:30pm to 7:30am'],
    [{ frequency: 'weekly', timeOfDay: 'any', quietHours: null }, 'once a week, at any time from 9am to 8pm, no quiet hours'],
    [{ frequency: 'never', timeOfDay: 'any', quietHours: null }, 'no check-in reminders'],
  ] as const)('shows %j back as %j', (preferences, text) => {
    expect(describeCheckInPreferences({ ...preferences, updatedAt })).toBe(text);
  });
});
