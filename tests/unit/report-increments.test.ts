import { describe, expect, it } from 'vitest';
import { outcomeReportCodes, reviewReportCodes } from '../../src/domain/reports/outcome-report-codes';
import { reportChannelOf, safetyReplyEvents, type ReportEvent } from '../../src/domain/reports/report-event';
import { activeOncePerMonth, bandShift, reportIncrements } from '../../src/domain/reports/report-increments';

/** Replays events for one person, keeping their fields, and adds up each month's counters. */
function replay(events: readonly ReportEvent[]): Record<string, Record<string, number>> {
  let person: Record<string, string> = {};
  const months: Record<string, Record<string, number>> = {};
  for (const event of events) {
    const { month, counters, person: fields } = reportIncrements(event, person);
    person = { ...person, ...fields };
    const sums = (months[month] ??= {});
    for (const [name, by] of Object.entries(counters)) sums[name] = (sums[name] ?? 0) + by;
  }
  // As in Redis, a counter back at 0 reads as absent.
  for (const sums of Object.values(months)) for (const [name, n] of Object.entries(sums)) if (n === 0) delete sums[name];
  return months;
}

const consented = { person: 'p1', consented: true } as const;

describe('report increments', () => {
  it('counts requests, out-of-hours ones, and the first-contact wait in whole days', () => {
    expect(replay([{ type: 'callback.requested', at: '2026-05-01T20:00:00Z', outOfHours: true }])).toStrictEqual({ '2026-05': { 'access.requests': 1, 'access.out_of_hours': 1 } });
    expect(replay([{ type: 'callback.first_contact', at: '2026-05-11T09:00:00Z', requestedAt: '2026-05-01T20:00:00Z' }])).toStrictEqual({ '2026-05': { 'access.wait.9': 1 } });
  });

  it('counts a person with goals once a month, and a 3-point gain on a goal as meaningful (2 points is not)', () => {
    const months = replay([
      { type: 'goal.set', at: '2026-05-02T10:00:00Z', ...consented },
      { type: 'goal.set', at: '2026-05-02T10:01:00Z', ...consented },
      { type: 'goal.rated', at: '2026-05-02T10:02:00Z', ...consented, goalId: 'a', score: 2 },
      { type: 'goal.rated', at: '2026-05-02T10:03:00Z', ...consented, goalId: 'b', score: 6 },
      { type: 'goal.rated', at: '2026-06-02T10:00:00Z', ...consented, goalId: 'b', score: 8 },
      { type: 'goal.rated', at: '2026-07-02T10:00:00Z', ...consented, goalId: 'a', score: 5 },
      { type: 'goal.rated', at: '2026-07-03T10:00:00Z', ...consented, goalId: 'b', score: 9 },
    ]);
    expect(months).toStrictEqual({
      '2026-05': { 'goals.set': 2, 'goals.people': 1 },
      '2026-06': { 'goals.rated_people': 1 },
      '2026-07': { 'goals.rated_people': 1, 'goals.meaningful_people': 1 },
    });
  });

  it('counts nothing about goals or wellbeing for a person who did not consent', () => {
    const months = replay([
      { type: 'goal.set', at: '2026-05-02T10:00:00Z', person: 'p1', consented: false },
      { type: 'ons4.answered', at: '2026-05-02T10:00:00Z', person: 'p1', consented: false, scores: { happiness: 3 } },
      { type: 'ons4.answered', at: '2026-06-02T10:00:00Z', person: 'p1', consented: false, scores: { happiness: 9 } },
    ]);
    expect(months).toStrictEqual({ '2026-05': {}, '2026-06': {} });
  });

  it('keeps first and latest ONS4 answers, item by item, never summed, a second answer in a month replacing the first', () => {
    const months = replay([
      { type: 'ons4.answered', at: '2026-05-02T10:00:00Z', ...consented, scores: { happiness: 3, anxiety: 8 } },
      { type: 'ons4.answered', at: '2026-06-02T10:00:00Z', ...consented, scores: { happiness: 5, anxiety: 7 } },
      { type: 'ons4.answered', at: '2026-06-20T10:00:00Z', ...consented, scores: { happiness: 7, anxiety: 2 } },
    ]);
    expect(months['2026-05']).toStrictEqual({});
    expect(months['2026-06']).toStrictEqual({
      'ons4.happiness.people': 1,
      'ons4.happiness.first_sum': 3,
      'ons4.happiness.latest_sum': 7,
      'ons4.happiness.better': 1,
      'ons4.anxiety.people': 1,
      'ons4.anxiety.first_sum': 8,
      'ons4.anxiety.latest_sum': 2,
      'ons4.anxiety.better': 1,
    });
  });

  it('reads anxiety bands the other way round', () => {
    expect(bandShift('anxiety', 8, 2)).toBe('better');
    expect(bandShift('anxiety', 2, 8)).toBe('worse');
    expect(bandShift('happiness', 4, 5)).toBe('better');
    expect(bandShift('happiness', 7, 8)).toBe('same');
  });

  it('keeps first and latest social connection answers as yes counts', () => {
    const months = replay([
      { type: 'connection.answered', at: '2026-05-02T10:00:00Z', ...consented, closeFriend: 'no', tookPart: 'no' },
      { type: 'connection.answered', at: '2026-08-02T10:00:00Z', ...consented, closeFriend: 'yes' },
    ]);
    expect(months['2026-08']).toStrictEqual({ 'social.closeFriend.people': 1, 'social.closeFriend.latest_yes': 1 });
  });

  it('counts a person active once a month per channel, in London months', () => {
    const months = replay([
      { type: 'use.active', at: '2026-05-02T10:00:00Z', person: 'p1', channel: 'webchat' },
      { type: 'use.active', at: '2026-05-20T10:00:00Z', person: 'p1', channel: 'webchat' },
      { type: 'use.active', at: '2026-05-21T10:00:00Z', person: 'p1', channel: 'sms' },
      // 00:30 BST on 1 June is still 31 May in UTC: June.
      { type: 'use.active', at: '2026-05-31T23:30:00Z', person: 'p1', channel: 'webchat' },
    ]);
    expect(months).toStrictEqual({ '2026-05': { 'use.active.webchat': 1, 'use.active.sms': 1 }, '2026-06': { 'use.active.webchat': 1 } });
    expect(activeOncePerMonth({ type: 'use.active', at: '2026-05-31T23:30:00Z', person: 'p1', channel: 'sms' })).toStrictEqual({ month: '2026-06', field: 'u:sms', counter: 'use.active.sms' });
  });

  it('counts web chat and SMS turns, not Teams or the Emulator', () => {
    expect([reportChannelOf('webchat'), reportChannelOf('sms'), reportChannelOf('msteams'), reportChannelOf('emulator')]).toStrictEqual(['webchat', 'sms', undefined, undefined]);
  });

  it('counts searches, reminders, and a safety reply once per category it names (unspecified for none)', () => {
    const at = '2026-05-02T10:00:00Z';
    const events: ReportEvent[] = [
      { type: 'use.activity_search', at },
      { type: 'use.reminder', at },
      ...safetyReplyEvents({ level: 'urgent', categories: ['suicide_self_harm', 'overdose'] }, at),
      ...safetyReplyEvents({ level: 'check', categories: [] }, at),
    ];
    expect(replay(events)).toStrictEqual({
      '2026-05': { 'use.activity_searches': 1, 'use.reminders': 1, 'safety.suicide_self_harm.urgent': 1, 'safety.overdose.urgent': 1, 'safety.unspecified.check': 1 },
    });
  });

  it('names practitioner codes for an outcome and for a review', () => {
    expect(outcomeReportCodes({ contactOutcome: 'reached', supportOffered: ['peer-support'], goalsAgreed: 2 })).toStrictEqual(['contact.reached', 'support.peer-support', 'goals-agreed.2']);
    expect(reviewReportCodes({ goalsProgressed: 'some', supportStatus: 'still-supported' })).toStrictEqual(['review.goals-progressed.some', 'review.still-supported']);
    expect(reviewReportCodes({ goalsProgressed: 'all', supportStatus: 'closed' })).toStrictEqual(['review.goals-progressed.all', 'review.closed']);
  });
});
