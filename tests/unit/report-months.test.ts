import { describe, expect, it } from 'vitest';
import { defaultReportRange, londonMonthOf, monthsBetween } from '../../src/domain/reports/report-months';

describe('report months (Europe/London)', () => {
  it('counts just after midnight on 1 April (BST) in April though UTC still says March', () => {
    // Clocks went forward on 29 March 2026; 31 March 23:30 UTC is 1 April 00:30 BST.
    expect(londonMonthOf('2026-03-31T23:30:00.000Z')).toBe('2026-04');
    expect(londonMonthOf('2026-03-31T22:59:59.000Z')).toBe('2026-03');
  });

  it('counts the last hour of October (after the clocks went back) in October, and 1 November in November', () => {
    // Clocks went back on 25 October 2026: 31 October 23:30 UTC is 23:30 GMT, still October.
    expect(londonMonthOf('2026-10-31T23:30:00.000Z')).toBe('2026-10');
    expect(londonMonthOf('2026-11-01T00:00:00.000Z')).toBe('2026-11');
    // End of March 2024: clocks went forward on 31 March itself.
    expect(londonMonthOf('2024-03-31T22:30:00.000Z')).toBe('2024-03');
    expect(londonMonthOf('2024-03-31T23:00:00.000Z')).toBe('2024-04');
  });

  it('gives the same months for epoch milliseconds, asked in any order across the clock changes', () => {
    const instants = [
      '2026-03-31T22:59:59.999Z',
      '2026-03-31T23:00:00.000Z',
      '2026-03-15T12:00:00.000Z',
      '2026-10-31T23:59:59.999Z',
      '2026-11-01T00:00:00.000Z',
      '2026-04-30T22:59:59.999Z',
      '2026-04-30T23:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
      '2027-01-01T00:00:00.000Z',
      '2026-03-31T23:00:00.000Z',
    ];
    for (const instant of [...instants, ...instants.reverse()]) expect(londonMonthOf(Date.parse(instant)), instant).toBe(londonMonthOf(instant));
    expect(londonMonthOf(Date.parse('2026-04-30T22:59:59.999Z'))).toBe('2026-04');
    expect(londonMonthOf(Date.parse('2026-04-30T23:00:00.000Z'))).toBe('2026-05');
  });

  it('lists every month of a range across a year end, and the default range', () => {
    expect(monthsBetween('2025-11', '2026-02')).toStrictEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toStrictEqual([]);
    expect(defaultReportRange(Date.parse('2026-12-07T10:00:00Z'))).toStrictEqual({ from: '2025-12', to: '2026-12' });
  });
});
