import { describe, expect, it } from 'vitest';
import { withBankHolidayClosures } from '../../src/domain/team/bank-holiday-closures';
import { openingStatus } from '../../src/domain/team/opening-hours';
import { bankHolidayDates, bankHolidays, sitesBankHolidays, teamHoursInForce } from '../../src/listings/bank-holidays';

describe('bankHolidayDates', () => {
  it("gives England's bank holidays in 2026, the Boxing Day substitute included", () => {
    expect([...bankHolidayDates('england', [2026])].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28',
    ]);
  });

  it("gives Scotland's own: 2 January, the first Monday of August and St Andrew's Day, not Easter Monday", () => {
    const scotland = bankHolidayDates('scotland', [2026]);
    expect(scotland.has('2026-01-02')).toBe(true);
    expect(scotland.has('2026-08-03')).toBe(true);
    expect(scotland.has('2026-11-30')).toBe(true);
    expect(scotland.has('2026-04-06')).toBe(false);
  });

  it('leaves out observances such as Mothering Sunday', () => {
    expect(bankHolidayDates('england', [2026]).has('2026-03-15')).toBe(false);
  });
});

describe('sitesBankHolidays', () => {
  it("gives each site its nation's days over the years asked for", () => {
    const days = sitesBankHolidays(2026, 2027);
    expect(days.get('edinburgh')?.has('2027-01-04')).toBe(true); // 2 January 2027 is a Saturday: the substitute is Monday 4th
    expect(days.get('salford')?.has('2027-12-27')).toBe(true);
    expect(days.get('salford')?.has('2026-11-30')).toBe(false);
  });
});

describe('bankHolidays', () => {
  it('names each day as people are told it', () => {
    expect(bankHolidays('england', [2026]).slice(-3)).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });
});

describe('a team closed on bank holidays', () => {
  const office = {
    siteId: 'edinburgh' as const,
    closedOnBankHolidays: true,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
    exceptions: [{ date: '2026-12-28', reason: 'Open for the holidays', periods: [{ opens: '10:00', closes: '14:00' }] }],
  };

  it("is closed on its nation's bank holidays, named, unless an exception of its own says otherwise", () => {
    const inForce = teamHoursInForce(office, Date.parse('2026-11-30T12:00:00Z'));
    expect(inForce.exceptions).toContainEqual({ date: '2026-11-30', reason: 'St Andrew’s Day', periods: [] });
    expect(inForce.exceptions.filter((exception) => exception.date === '2026-12-28')).toEqual(office.exceptions);
    expect(openingStatus(inForce, Date.parse('2026-11-30T12:00:00Z'))).toEqual({ open: false, nextOpensAt: Date.parse('2026-12-01T09:00:00Z'), exceptionReason: 'St Andrew’s Day' });
  });

  it('takes in the years either side, for the days opening hours look back and ahead', () => {
    const dates = teamHoursInForce(office, Date.parse('2026-12-31T12:00:00Z')).exceptions.map((exception) => exception.date);
    expect(dates).toEqual(expect.arrayContaining(['2025-12-25', '2027-01-01', '2027-01-04']));
  });

  it('keeps its weekly hours on bank holidays when the switch is off or absent (as before the switch)', () => {
    const holidays = [{ date: '2026-11-30', name: 'St Andrew’s Day' }];
    expect(withBankHolidayClosures({ ...office, closedOnBankHolidays: false }, holidays).exceptions).toEqual(office.exceptions);
    const { closedOnBankHolidays: _switch, ...absent } = office;
    expect(teamHoursInForce(absent, Date.parse('2026-11-30T12:00:00Z'))).toBe(absent);
    expect(openingStatus(teamHoursInForce(absent, Date.parse('2026-11-30T12:00:00Z')), Date.parse('2026-11-30T12:00:00Z')).open).toBe(true);
  });
});
