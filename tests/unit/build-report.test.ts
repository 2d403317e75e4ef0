import { describe, expect, it } from 'vitest';
import { buildReport, reportCsv } from '../../src/domain/reports/build-report';
import { reportViewSchema } from '../../src/domain/reports/report-view';

const months = ['2026-05', '2026-06', '2026-07'];
const counters = [
  { 'access.requests': 12, 'access.wait.2': 3, 'access.wait.10': 2, 'access.wait.20': 1, 'goals.people': 6, 'goals.set': 18, 'goals.rated_people': 5, 'goals.meaningful_people': 3 },
  { 'access.requests': 3, 'access.wait.30': 4, 'ons4.happiness.people': 5, 'ons4.happiness.first_sum': 20, 'ons4.happiness.latest_sum': 31, 'ons4.happiness.better': 4 },
  { 'access.requests': 7, 'practitioner.contact.reached': 9, 'safety.self-harm.urgent': 2, 'practitioner.review.goals-progressed.some': 5, 'practitioner.review.closed': 4, 'use.active.sms': 5, 'use.active.webchat': 4 },
];
const view = buildReport({ siteId: 'salford', from: '2026-05', to: '2026-07', months, counters, generatedAt: '2026-08-01T09:00:00.000Z' });
const measure = (id: string) => {
  const found = view.measures.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no measure ${id}`);
  return found;
};

describe('build report', () => {
  it('fits the contract schema and lists every month', () => {
    expect(reportViewSchema.parse(view)).toStrictEqual(view);
    expect(view.months).toStrictEqual(months);
  });

  it('suppresses the month of 3 requests, and the smallest other month so the total does not reveal it', () => {
    expect(measure('access.requests').values.map((c) => c.display)).toStrictEqual(['12', 'fewer than 5', 'suppressed']);
    expect(measure('access.requests').total).toStrictEqual({ value: 22, display: '22' });
  });

  it('works out waits from the day histogram, each month and over the range', () => {
    // May: 2, 2, 2, 10, 10, 20 → median 2, 90th 20; June: 4 waits (fewer than 5); whole: 10 waits.
    expect(measure('access.first_contact_median_days').values.map((c) => c.display)).toStrictEqual(['2 days', 'fewer than 5', 'no data']);
    expect(measure('access.first_contact_p90_days').values[0]).toStrictEqual({ month: '2026-05', value: 20, display: '20 days' });
    expect(measure('access.first_contact_within_14_days').values[0]?.display).toBe('83%');
    expect(measure('access.first_contact_within_28_days').total).toStrictEqual({ value: 0.6, display: '60%' });
  });

  it('gives goals per person, the meaningful share, ONS4 means and band shifts, with the published figures', () => {
    expect(measure('goals.per_person').values[0]).toStrictEqual({ month: '2026-05', value: 3, display: '3' });
    expect(measure('goals.meaningful_change_share').values[0]).toStrictEqual({ month: '2026-05', value: 0.6, display: '60%' });
    expect(measure('goals.meaningful_change_share').published?.value).toBe(0.6);
    expect(measure('wellbeing.happiness.first_mean').values[1]).toStrictEqual({ month: '2026-06', value: 4, display: '4' });
    expect(measure('wellbeing.happiness.latest_mean').values[1]).toStrictEqual({ month: '2026-06', value: 6.2, display: '6.2' });
    expect(measure('wellbeing.happiness.better_band_share').values[1]?.display).toBe('80%');
    expect(measure('wellbeing.close_friend.latest_share').published).toStrictEqual({ value: 0.81, text: '81% later (Tameside & Glossop Living Well evaluation)' });
  });

  it('lists the practitioner and safety codes seen, counts only, suppressed under 5', () => {
    expect(measure('practitioner.contact.reached').values.map((c) => c.display)).toStrictEqual(['0', '0', '9']);
    expect(measure('use.safety.self-harm.urgent').values.map((c) => c.display)).toStrictEqual(['0', '0', 'fewer than 5']);
    expect(measure('use.safety.self-harm.urgent').total?.display).toBe('fewer than 5');
    expect(measure('use.safety.self-harm.urgent').label).toBe('Safety: self harm, urgent reply');
  });

  it('writes one CSV row per measure and month, and the totals', () => {
    const lines = reportCsv(view).split('\r\n');
    expect(lines[0]).toBe('measure,label,month,value,display');
    expect(lines).toContain('access.requests,Callback requests,2026-06,,fewer than 5');
    expect(lines).toContain('access.requests,Callback requests,total,22,22');
  });

  it('defines the review outcomes from the Teams prompt, counts only, suppressed under 5', () => {
    expect(measure('practitioner.review.goals-progressed.some').definition).toBe(
      'Reviews in the month (Teams review prompt) at which the practitioner recorded that some of the goals agreed at first contact had progressed.',
    );
    expect(measure('practitioner.review.goals-progressed.some').values.map((c) => c.display)).toStrictEqual(['0', '0', '5']);
    expect(measure('practitioner.review.goals-progressed.some').label).toBe('Review: some goals progressed');
    expect(measure('practitioner.review.closed').definition).toBe('Reviews in the month (Teams review prompt) that closed the request: support ended.');
    expect(measure('practitioner.review.closed').values.map((c) => c.display)).toStrictEqual(['0', '0', 'fewer than 5']);
  });

  it('shows people active per channel from 5, hidden at 4, with no total (the same person may be in several months)', () => {
    expect(measure('use.active.sms').values.map((c) => c.display)).toStrictEqual(['0', '0', '5']);
    expect(measure('use.active.webchat').values.map((c) => c.display)).toStrictEqual(['0', '0', 'fewer than 5']);
    expect(measure('use.active.webchat').total).toBeNull();
  });
});
