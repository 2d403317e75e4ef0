import { describe, expect, it } from 'vitest';
import { reportViewSchema, type ReportMeasure, type ReportView } from '../../../src/domain/reports/report-view';
import { monthName, monthRangeProblem, shortMonthName } from '../../../staff/src/pages/reports/report-months';
import { cellsByMonth, chartDescription, chartDomain, chartPoints, groupSummary, publishedComparison, reportGroups } from '../../../staff/src/pages/reports/report-summaries';

const months = ['2026-09', '2026-10', '2026-11'];

const requests: ReportMeasure = {
  id: 'access.requests',
  group: 'access',
  label: 'Callback requests',
  definition: 'Requests for a callback made in the month.',
  source: 'callback requests',
  unit: 'count',
  published: null,
  values: [
    { month: '2026-09', value: 20, display: '20' },
    { month: '2026-10', value: null, display: 'fewer than 5' },
    { month: '2026-11', value: 12, display: '12' },
  ],
  total: { value: 36, display: '36' },
};

const median: ReportMeasure = {
  id: 'access.first_contact_median_days',
  group: 'access',
  label: 'Median days to first contact',
  definition: 'Half of the people asking were first contacted within this many days.',
  source: 'callback requests and their first contact',
  unit: 'days',
  published: { value: 14, text: '14-25 days' },
  values: [
    { month: '2026-09', value: 4, display: '4 days' },
    { month: '2026-10', value: null, display: 'suppressed' },
    { month: '2026-11', value: 3, display: '3 days' },
  ],
  total: null,
};

const closeFriend: ReportMeasure = {
  id: 'wellbeing.close_friend_latest',
  group: 'wellbeing',
  label: 'Share with a close friend (latest)',
  definition: 'Of people who answered twice or more, the share whose latest answer is yes.',
  source: 'social connection questions',
  unit: 'share',
  published: { value: 0.81, text: '81% (from 66%)' },
  values: [{ month: '2026-10', value: null, display: 'fewer than 5' }],
  total: null,
};

const report: ReportView = {
  siteId: 'salford',
  from: '2026-09',
  to: '2026-11',
  generatedAt: '2026-12-07T15:00:00.000Z',
  months,
  groups: [
    { id: 'access', label: 'Access' },
    { id: 'goals', label: 'Goals' },
    { id: 'wellbeing', label: 'Wellbeing' },
  ],
  measures: [requests, closeFriend, median],
};

describe('report months', () => {
  it('accepts up to 36 months, first before last, and says what is wrong otherwise', () => {
    expect(monthRangeProblem({ from: '2024-01', to: '2026-12' })).toBeUndefined();
    expect(monthRangeProblem({ from: '2026-11', to: '2026-11' })).toBeUndefined();
    expect(monthRangeProblem({ from: '2023-12', to: '2026-12' })).toBe('Choose at most 36 months.');
    expect(monthRangeProblem({ from: '2026-12', to: '2026-11' })).toBe('The first month must not be after the last.');
    expect(monthRangeProblem({ from: '', to: '2026-11' })).toBe('Choose a first and a last month.');
  });

  it('names months in words', () => {
    expect(monthName('2026-11')).toBe('November 2026');
    expect(shortMonthName('2026-11')).toBe('Nov 2026');
  });
});

describe('report summaries', () => {
  it('parses the contract\'s answer', () => {
    expect(reportViewSchema.parse(report)).toEqual(report);
    expect(reportViewSchema.safeParse({ ...report, months: ['2026-13'] }).success).toBe(false);
  });

  it('groups measures in the report\'s order and leaves out groups with none', () => {
    expect(reportGroups(report).map((group) => [group.id, group.measures.map((measure) => measure.id)])).toEqual([
      ['access', ['access.requests', 'access.first_contact_median_days']],
      ['wellbeing', ['wellbeing.close_friend_latest']],
    ]);
  });

  it('gives a cell for every month, "no data" where the answer has none', () => {
    expect(cellsByMonth(closeFriend, months).map((cell) => cell.display)).toEqual(['no data', 'fewer than 5', 'no data']);
    expect(chartPoints(requests, months)).toEqual([
      { month: shortMonthName('2026-09'), value: 20 },
      { month: shortMonthName('2026-11'), value: 12 },
    ]);
  });

  it('sums up a group\'s latest month with a figure, with the programme\'s figure beside it', () => {
    const [access, wellbeing] = reportGroups(report);
    if (access === undefined || wellbeing === undefined) throw new Error('groups missing');
    expect(groupSummary(access, months)).toBe('In November 2026: callback requests 12; median days to first contact 3 days (programme: 14-25 days).');
    expect(groupSummary(access, ['2026-09', '2026-10'])).toBe('In September 2026: callback requests 20; median days to first contact 4 days (programme: 14-25 days).');
    expect(groupSummary(wellbeing, months)).toBe('Wellbeing: no month in this range has figures to show (fewer than 5 people, suppressed or no data).');
  });

  it('describes a chart in words: its months, highest and lowest, and the months held back', () => {
    expect(chartDescription(requests, months)).toBe(
      'Callback requests by month, September 2026 to November 2026: highest 20 in September 2026, lowest 12 in November 2026; 1 month has no figure shown (fewer than 5 people, suppressed or no data).',
    );
    expect(chartDescription(requests, ['2026-11'])).toBe('Callback requests by month, November 2026: 12 in November 2026.');
    expect(chartDescription(closeFriend, months)).toBe(
      'Share with a close friend (latest) by month, September 2026 to November 2026: no month has a figure to show; 3 months have no figure shown (fewer than 5 people, suppressed or no data).',
    );
  });

  it('draws counts from 0 to the highest (at least 1), shares 0-100%, scores 0-10', () => {
    expect(chartDomain(requests, months)).toEqual([0, 20]);
    expect(chartDomain({ ...requests, values: [{ month: '2026-09', value: 0, display: '0' }] }, months)).toEqual([0, 1]);
    expect(chartDomain(closeFriend, months)).toEqual([0, 1]);
    expect(chartDomain({ ...median, unit: 'score' }, months)).toEqual([0, 10]);
  });

  it('compares with the programme only where it published a figure', () => {
    expect(publishedComparison(median)).toBe('Programme: 14-25 days');
    expect(publishedComparison(requests)).toBeUndefined();
  });
});
