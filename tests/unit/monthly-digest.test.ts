import { describe, expect, it } from 'vitest';
import { teamsCallbackCards } from '../../adapters/teams';
import { buildReport } from '../../src/domain/reports/build-report';
import { monthlyDigest, monthlyDigestMeasures, staffReportsPath } from '../../src/domain/teams/monthly-digest';
import { firstWorkingDay } from '../../src/domain/working-days';
import { siteFirstWorkingDay } from '../../src/listings/bank-holidays';
import { adaptiveCardProblems } from '../support/adaptive-card-check';

/** November 2026 at one site, by hand: 12 requests; 6 first contacts after 3, 3, 5, 10, 20 and 30 days; 3 people set 10 goals; 6 answered the close friend question twice. */
const november = {
  'access.requests': 12,
  'access.wait.3': 2,
  'access.wait.5': 1,
  'access.wait.10': 1,
  'access.wait.20': 1,
  'access.wait.30': 1,
  'goals.people': 3,
  'goals.set': 10,
  'social.closeFriend.people': 6,
  'social.closeFriend.first_yes': 2,
  'social.closeFriend.latest_yes': 4,
  'use.check_ins': 40,
};
const report = buildReport({ siteId: 'salford', from: '2026-11', to: '2026-11', months: ['2026-11'], counters: [november], generatedAt: '2026-12-01T09:00:00.000Z' });
const url = `https://companion.example.org${staffReportsPath}`;

describe('the first working day of a month', () => {
  it('is the first Monday to Friday that is not a bank holiday', () => {
    expect(firstWorkingDay('2027-02', new Set())).toBe('2027-02-01');
    expect(firstWorkingDay('2028-04', new Set())).toBe('2028-04-03'); // Saturday the 1st
    expect(firstWorkingDay('2027-05', new Set(['2027-05-03']))).toBe('2027-05-04'); // Saturday, then a bank holiday Monday
  });

  it("takes each site's nation's bank holidays: England and Scotland differ", () => {
    // Friday 1 January 2027; Scotland's 2 January falls on a Saturday, so Monday the 4th is its substitute.
    expect(siteFirstWorkingDay('salford', '2027-01')).toBe('2027-01-04');
    expect(siteFirstWorkingDay('edinburgh', '2027-01')).toBe('2027-01-05');
    // Sunday 1 August 2027; Scotland's summer bank holiday is the first Monday of August.
    expect(siteFirstWorkingDay('lambeth', '2027-08')).toBe('2027-08-02');
    expect(siteFirstWorkingDay('edinburgh', '2027-08')).toBe('2027-08-03');
    expect(siteFirstWorkingDay('luton', '2026-12')).toBe('2026-12-01');
  });
});

describe('the monthly digest', () => {
  it("shows the headline measures with the report's own display strings, suppression included, and the programme's figures", () => {
    const view = monthlyDigest(report, '2026-11', 'Salford', url);
    expect(view).toMatchObject({ siteName: 'Salford', month: '2026-11', monthName: 'November 2026', reportsUrl: url });
    expect(view.figures).toEqual([
      { label: 'Callback requests', display: '12' },
      { label: 'Days to first contact (median)', display: '5 days', programme: 'First contact within 14–25 days (Living Well programme evaluation)' },
      { label: 'First contact within 14 days', display: '67%' },
      { label: 'People who set a goal', display: 'fewer than 5' },
      { label: 'Goals per person', display: 'fewer than 5', programme: '3–3.5 goals per person (Living Well programme evaluation)' },
      { label: 'Meaningful progress on a goal', display: 'no data', programme: 'About 60% meaningful improvement (Living Well programme evaluation)' },
      { label: 'Do you have a close friend you can talk to?: yes at first', display: '33%', programme: '66% at the start (Tameside & Glossop Living Well evaluation)' },
      { label: 'Do you have a close friend you can talk to?: yes at latest', display: '67%', programme: '81% later (Tameside & Glossop Living Well evaluation)' },
      { label: 'In the last month, did you take part in leisure or community activities?: yes at first', display: 'no data', programme: '26% at the start (Tameside & Glossop Living Well evaluation)' },
      { label: 'In the last month, did you take part in leisure or community activities?: yes at latest', display: 'no data', programme: '48% later (Tameside & Glossop Living Well evaluation)' },
      { label: 'Check-ins', display: '40' },
    ]);
    // The same strings the reports API answers for that month, measure by measure.
    for (const [index, id] of monthlyDigestMeasures.entries()) {
      expect(view.figures[index]?.display).toBe(report.measures.find((measure) => measure.id === id)?.values[0]?.display);
    }
  });

  it('is an Adaptive Card 1.5 that parse-checks, with a button to the Reports page and aggregates only', () => {
    const message = teamsCallbackCards.monthlyDigest(monthlyDigest(report, '2026-11', 'Salford', url));
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expect(message.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(message.text).toBe('Salford: outcome figures for November 2026.');
    const json = JSON.stringify(message.card);
    expect(json).toContain('{"type":"Action.OpenUrl","title":"Open the Reports page","url":"https://companion.example.org/staff/#/reports"}');
    expect(json).toContain('{"title":"People who set a goal","value":"fewer than 5"}');
    expect(json).toContain('{"title":"Days to first contact (median)","value":"5 days; programme: First contact within 14–25 days (Living Well programme evaluation)"}');
  });

  it('says where the figures are when the service has no public address, and shows an empty month as the report does', () => {
    const empty = buildReport({ siteId: 'luton', from: '2026-11', to: '2026-11', months: ['2026-11'], counters: [{}], generatedAt: '2026-12-01T09:00:00.000Z' });
    const message = teamsCallbackCards.monthlyDigest(monthlyDigest(empty, '2026-11', 'Luton', undefined));
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    const json = JSON.stringify(message.card);
    expect(json).not.toContain('Action.OpenUrl');
    expect(json).toContain('Reports page of the staff app');
    expect(json).toContain('{"title":"Callback requests","value":"0"}');
    expect(json).toContain('{"title":"Days to first contact (median)","value":"no data; programme: First contact within 14–25 days (Living Well programme evaluation)"}');
  });
});
