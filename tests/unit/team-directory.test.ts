import { describe, expect, it } from 'vitest';
import {
  languageName,
  openingExceptionSchema,
  openingPeriodSchema,
  openingPeriodTimesSchema,
  teamDirectoryEntrySchema,
  type TeamDirectoryEntry,
} from '../../src/domain/team/team-directory';

function entry(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const base: TeamDirectoryEntry = {
    siteId: 'salford',
    teamName: 'Salford Living Well',
    phone: '0161 496 0123',
    textNumber: '07700 900123',
    email: 'livingwell@example.org',
    address: { line1: '1 Example Street', city: 'Salford', postcode: 'M6 5AB' },
    openingHours: [
      { weekday: 1, opens: '09:00', closes: '17:00' },
      { weekday: 5, opens: '18:00', closes: '02:00' },
    ],
    exceptions: [
      { date: '2026-12-25', reason: 'Christmas Day', periods: [] },
      { date: '2026-12-24', reason: 'Christmas Eve', periods: [{ opens: '09:00', closes: '12:00' }] },
    ],
    languages: ['en', 'pl', 'ur'],
    notes: 'Step-free entrance on Example Lane.',
    updatedAt: '2026-11-21T10:15:00.000Z',
  };
  return { ...base, ...changes };
}

function issuePaths(value: unknown): string[] {
  const result = teamDirectoryEntrySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('an opening period', () => {
  it.each([
    [{ weekday: 1, opens: '09:00', closes: '17:00' }],
    [{ weekday: 7, opens: '00:00', closes: '24:00' }],
    [{ weekday: 5, opens: '18:00', closes: '02:00' }],
    [{ weekday: 5, opens: '18:00', closes: '00:00' }],
    [{ weekday: 3, opens: '23:59', closes: '00:01' }],
  ])('accepts %j', (period) => {
    expect(openingPeriodSchema.safeParse(period).success).toBe(true);
  });

  it.each([
    ['weekday 0', { weekday: 0, opens: '09:00', closes: '17:00' }],
    ['weekday 8', { weekday: 8, opens: '09:00', closes: '17:00' }],
    ['a fractional weekday', { weekday: 1.5, opens: '09:00', closes: '17:00' }],
    ['a time without a leading zero', { weekday: 1, opens: '9:00', closes: '17:00' }],
    ['seconds', { weekday: 1, opens: '09:00:00', closes: '17:00' }],
    ['24:00 as an opening time', { weekday: 1, opens: '24:00', closes: '02:00' }],
    ['past 24:00', { weekday: 1, opens: '09:00', closes: '24:30' }],
    ['25:00', { weekday: 1, opens: '09:00', closes: '25:00' }],
    ['a 60th minute', { weekday: 1, opens: '09:60', closes: '17:00' }],
    ['the same opening and closing time', { weekday: 1, opens: '09:00', closes: '09:00' }],
    ['an unknown field', { weekday: 1, opens: '09:00', closes: '17:00', note: 'x' }],
    ['a missing field', { weekday: 1, opens: '09:00' }],
  ])('refuses %s', (_, period) => {
    expect(openingPeriodSchema.safeParse(period).success).toBe(false);
  });

  it('has the same time rules in an exception', () => {
    expect(openingPeriodTimesSchema.safeParse({ opens: '18:00', closes: '02:00' }).success).toBe(true);
    expect(openingPeriodTimesSchema.safeParse({ opens: '10:00', closes: '10:00' }).success).toBe(false);
    expect(openingPeriodTimesSchema.safeParse({ weekday: 1, opens: '09:00', closes: '17:00' }).success).toBe(false);
  });
});

describe('an opening exception', () => {
  it('accepts a closed day and a day with its own hours', () => {
    expect(openingExceptionSchema.safeParse({ date: '2026-12-25', reason: 'Christmas Day', periods: [] }).success).toBe(true);
    expect(openingExceptionSchema.safeParse({ date: '2026-12-24', reason: 'Christmas Eve', periods: [{ opens: '09:00', closes: '12:00' }] }).success).toBe(true);
  });

  it('refuses a bad date, an empty reason or missing periods', () => {
    expect(openingExceptionSchema.safeParse({ date: '2026-02-30', reason: 'x', periods: [] }).success).toBe(false);
    expect(openingExceptionSchema.safeParse({ date: '25/12/2026', reason: 'x', periods: [] }).success).toBe(false);
    expect(openingExceptionSchema.safeParse({ date: '2026-12-25', reason: '  ', periods: [] }).success).toBe(false);
    expect(openingExceptionSchema.safeParse({ date: '2026-12-25', reason: 'Christmas Day' }).success).toBe(false);
  });
});

describe('a team directory entry', () => {
  it('accepts a complete entry and returns it as given', () => {
    const parsed = teamDirectoryEntrySchema.parse(entry());
    expect(parsed).toEqual(entry());
  });

  it('accepts an entry without the optional fields', () => {
    const { textNumber: _text, notes: _notes, ...rest } = entry();
    expect(teamDirectoryEntrySchema.safeParse(rest).success).toBe(true);
    expect(teamDirectoryEntrySchema.safeParse(entry({ openingHours: [], exceptions: [] })).success).toBe(true);
  });

  it('refuses unknown fields, at the top and in the address', () => {
    expect(issuePaths(entry({ website: 'https://example.org' }))).toEqual(['']);
    expect(issuePaths(entry({ address: { line1: '1 Example Street', city: 'Salford', postcode: 'M6 5AB', county: 'Greater Manchester' } }))).toEqual(['address']);
  });

  it('takes a closed-on-bank-holidays switch: true, false or left out', () => {
    expect(teamDirectoryEntrySchema.parse(entry({ closedOnBankHolidays: true }))).toMatchObject({ closedOnBankHolidays: true });
    expect(issuePaths(entry({ closedOnBankHolidays: false }))).toEqual([]);
    expect(teamDirectoryEntrySchema.parse(entry())).not.toHaveProperty('closedOnBankHolidays');
    expect(issuePaths(entry({ closedOnBankHolidays: 'yes' }))).toEqual(['closedOnBankHolidays']);
  });

  it('refuses a site it does not serve', () => {
    expect(issuePaths(entry({ siteId: 'manchester' }))).toEqual(['siteId']);
  });

  it.each(['0161 496 0123', '+44 161 496 0123', '0300 123 1234', '0800 83 85 87', '07700 900123'])('accepts the phone number %j', (phone) => {
    expect(issuePaths(entry({ phone }))).toEqual([]);
  });

  it.each(['12345', '+1 202 555 0100', 'ring us', '0909 879 0000', ''])('refuses the phone number %j', (phone) => {
    expect(issuePaths(entry({ phone }))).toEqual(['phone']);
  });

  it('takes texts on a UK mobile or a short code, not on a landline', () => {
    expect(issuePaths(entry({ textNumber: '07700 900123' }))).toEqual([]);
    expect(issuePaths(entry({ textNumber: '85258' }))).toEqual([]);
    expect(issuePaths(entry({ textNumber: '0161 496 0123' }))).toEqual(['textNumber']);
    expect(issuePaths(entry({ textNumber: '1234' }))).toEqual(['textNumber']);
  });

  it('refuses a bad email address', () => {
    expect(issuePaths(entry({ email: 'not an email' }))).toEqual(['email']);
  });

  it('checks the postcode and requires the first line and the city', () => {
    expect(issuePaths(entry({ address: { line1: '1 Example Street', line2: 'Pendleton', city: 'Salford', postcode: 'm65ab' } }))).toEqual([]);
    expect(issuePaths(entry({ address: { line1: '1 Example Street', city: 'Salford', postcode: 'M6' } }))).toEqual(['address.postcode']);
    expect(issuePaths(entry({ address: { line1: '', city: 'Salford', postcode: 'M6 5AB' } }))).toEqual(['address.line1']);
    expect(issuePaths(entry({ address: { line1: '1 Example Street', postcode: 'M6 5AB' } }))).toEqual(['address.city']);
  });

  it('wants at least one language, each a known lower-case ISO 639-1 code, once', () => {
    expect(issuePaths(entry({ languages: [] }))).toEqual(['languages']);
    expect(issuePaths(entry({ languages: ['en', 'en'] }))).toEqual(['languages']);
    expect(issuePaths(entry({ languages: ['EN'] }))).toEqual(['languages.0']);
    expect(issuePaths(entry({ languages: ['eng'] }))).toEqual(['languages.0']);
    expect(issuePaths(entry({ languages: ['en', 'qq'] }))).toEqual(['languages.1']);
  });

  it('names languages in English', () => {
    expect(languageName('pl')).toBe('Polish');
    expect(languageName('cy')).toBe('Welsh');
    expect(languageName('qq')).toBeUndefined();
    expect(languageName('PL')).toBeUndefined();
  });

  it('refuses two exceptions on the same date', () => {
    const exceptions = [
      { date: '2026-12-25', reason: 'Christmas Day', periods: [] },
      { date: '2026-12-25', reason: 'Staff training', periods: [{ opens: '09:00', closes: '12:00' }] },
    ];
    expect(issuePaths(entry({ exceptions }))).toEqual(['exceptions.1.date']);
  });

  it('refuses a bad period or exception inside the entry, at its place', () => {
    expect(issuePaths(entry({ openingHours: [{ weekday: 9, opens: '09:00', closes: '17:00' }] }))).toEqual(['openingHours.0.weekday']);
    expect(issuePaths(entry({ exceptions: [{ date: '2026-12-25', reason: 'Christmas Day', periods: [{ opens: '09:00', closes: '9pm' }] }] }))).toEqual([
      'exceptions.0.periods.0.closes',
    ]);
  });

  it('wants updatedAt as a UTC ISO instant', () => {
    expect(issuePaths(entry({ updatedAt: '2026-11-21' }))).toEqual(['updatedAt']);
    expect(issuePaths(entry({ updatedAt: 'yesterday' }))).toEqual(['updatedAt']);
  });

  it('keeps text fields to a sensible length', () => {
    expect(issuePaths(entry({ teamName: 'x'.repeat(101) }))).toEqual(['teamName']);
    expect(issuePaths(entry({ notes: 'x'.repeat(1001) }))).toEqual(['notes']);
  });
});
