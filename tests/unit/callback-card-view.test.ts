import { describe, expect, it } from 'vitest';
import { callbackCardView, durationWords, firstNameOf, shortNameOf, verbsFor } from '../../src/domain/teams/callback-card-view';
import { callbackFixture, transitioned } from '../support/callback-fixture';

const requestedAt = '2026-12-07T09:30:00.000Z';
const minutes = (count: number) => Date.parse(requestedAt) + count * 60_000;

describe('callback card facts', () => {
  it('shows first name and initial only', () => {
    expect(shortNameOf('Jo Bloggs')).toBe('Jo B.');
    expect(shortNameOf('  Mary-Jane  van dyke ')).toBe('Mary-Jane D.');
    expect(shortNameOf('Cher')).toBe('Cher');
    expect(shortNameOf('Zoë Ölander')).toBe('Zoë Ö.');
  });

  it("keeps only a practitioner's first name", () => {
    expect(firstNameOf('Sam Jones')).toBe('Sam');
    expect(firstNameOf('  Priya ')).toBe('Priya');
    expect(firstNameOf('   ')).toBeUndefined();
    expect(firstNameOf(undefined)).toBeUndefined();
  });

  it('says how long in words, the two largest units', () => {
    expect(durationWords(20_000)).toBe('less than a minute');
    expect(durationWords(60_000)).toBe('1 minute');
    expect(durationWords(125 * 60_000)).toBe('2 hours 5 minutes');
    expect(durationWords(60 * 60_000)).toBe('1 hour');
    expect(durationWords((3 * 24 * 60 + 4 * 60 + 7) * 60_000)).toBe('3 days 4 hours');
    expect(durationWords(-5)).toBe('less than a minute');
  });

  it('waits to now while open and to first contact once contacted', () => {
    const request = callbackFixture({ requestedAt, updatedAt: requestedAt });
    expect(callbackCardView(request, minutes(42)).waited).toBe('42 minutes');
    const contacted = transitioned(request, { action: 'contacted', by: 'Sam Jones', at: new Date(minutes(90)).toISOString() });
    expect(callbackCardView(contacted, minutes(600)).waited).toBe('1 hour 30 minutes');
  });

  it('names who did the last step, first name only, at London time (GMT in winter, BST in summer)', () => {
    const request = callbackFixture({ requestedAt, updatedAt: requestedAt });
    const claimed = transitioned(request, { action: 'claim', by: 'Sam Jones', at: '2026-12-07T10:42:00.000Z' });
    expect(callbackCardView(claimed, minutes(80)).statusLine).toBe('Claimed by Sam at 10:42');
    expect(callbackCardView(claimed, Date.parse('2026-12-08T09:00:00.000Z')).statusLine).toBe('Claimed by Sam at 10:42 yesterday');
    expect(callbackCardView(claimed, Date.parse('2026-12-10T09:00:00.000Z')).statusLine).toBe('Claimed by Sam at 10:42 on 7 Dec');
    const summer = callbackFixture({ requestedAt: '2026-07-01T08:00:00.000Z', updatedAt: '2026-07-01T08:00:00.000Z' });
    const closed = transitioned(summer, { action: 'close', by: 'Priya', at: '2026-07-01T09:42:00.000Z' });
    expect(callbackCardView(closed, Date.parse('2026-07-01T10:00:00.000Z')).statusLine).toBe('Closed by Priya at 10:42');
    expect(callbackCardView(request, minutes(1)).statusLine).toBe('Waiting to be claimed');
    const cancelled = transitioned(request, { action: 'cancel', at: '2026-12-07T11:00:00.000Z' });
    expect(callbackCardView(cancelled, minutes(100)).statusLine).toBe('Cancelled by the person at 11:00');
  });

  it('offers the verbs the status allows, snooze only while requested and not snoozed', () => {
    expect(verbsFor('requested', false)).toEqual(['claim', 'contacted', 'snooze', 'close']);
    expect(verbsFor('requested', true)).toEqual(['claim', 'contacted', 'close']);
    expect(verbsFor('claimed', false)).toEqual(['contacted', 'close']);
    expect(verbsFor('contacted', false)).toEqual(['close']);
    expect(verbsFor('closed', false)).toEqual([]);
    expect(verbsFor('cancelled', false)).toEqual([]);
  });

  it('shows a snooze while it lasts, the overdue flag while still requested, the version and the safety reply', () => {
    const request = callbackFixture({ requestedAt, updatedAt: requestedAt, safetyReplyInConversation: true });
    const snoozedUntil = new Date(minutes(70)).toISOString();
    const snoozed = callbackCardView(request, minutes(10), { snoozedUntil, overdue: true });
    expect(snoozed).toMatchObject({ snoozeLine: 'Snoozed until 10:40', overdue: true, safetyReply: true, version: requestedAt, verbs: ['claim', 'contacted', 'close'] });
    expect(callbackCardView(request, minutes(71), { snoozedUntil }).snoozeLine).toBeUndefined();
    const claimed = transitioned(request, { action: 'claim', by: 'Sam', at: new Date(minutes(5)).toISOString() });
    expect(callbackCardView(claimed, minutes(10), { overdue: true, snoozedUntil })).toMatchObject({ overdue: false, version: new Date(minutes(5)).toISOString() });
    expect(callbackCardView(callbackFixture(), minutes(1)).safetyReply).toBe(false);
  });
});
