import { describe, expect, it } from 'vitest';
import { bankHolidayDates, sitesBankHolidays } from '../../src/listings/bank-holidays';

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
