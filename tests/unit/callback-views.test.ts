import { describe, expect, it } from 'vitest';
import { callbackHistory, refusalWords } from '../../src/domain/callbacks/callback-history';
import { applyTransition, type CallbackRequest, type CallbackTransition } from '../../src/domain/callbacks/callback-request';
import { callbackViewCounts, inCallbackView } from '../../src/domain/callbacks/callback-views';
import { erasedCallbackOf } from '../../src/domain/callbacks/erased-callback';
import { upcomingBankHolidays } from '../../src/listings/bank-holidays';
import { callbackFixture } from '../support/callback-fixture';

function moved(request: CallbackRequest, ...transitions: CallbackTransition[]): CallbackRequest {
  return transitions.reduce((current, transition) => {
    const result = applyTransition(current, transition);
    if (!result.ok) throw new Error(`not allowed from ${result.from}`);
    return result.request;
  }, request);
}

const sam = { tenantId: 'tenant-1', aadObjectId: 'aad-sam' };

describe('callback views', () => {
  it('puts each request in its views: new, mine (open and claimed by me), overdue (still requested), contacted, closed (or cancelled)', () => {
    const views = (status: CallbackRequest['status'], overdue = false, mine = false) => (['new', 'mine', 'overdue', 'contacted', 'closed'] as const).filter((view) => inCallbackView(view, { status, overdue, mine }));
    expect(views('requested', true)).toEqual(['new', 'overdue']);
    expect(views('claimed', false, true)).toEqual(['mine']);
    expect(views('contacted', false, true)).toEqual(['mine', 'contacted']);
    expect(views('closed', false, true)).toEqual(['closed']);
    expect(views('cancelled')).toEqual(['closed']);
    expect(callbackViewCounts([{ status: 'requested', overdue: true, mine: false }, { status: 'claimed', overdue: false, mine: true }])).toEqual({ new: 1, mine: 1, overdue: 1, contacted: 0, closed: 0 });
  });

  it('keeps who claimed by Entra ids, from a claim or from contacted when the claim is implied', () => {
    const request = callbackFixture();
    expect(moved(request, { action: 'claim', by: 'Sam', staff: sam, at: '2026-12-07T10:00:00.000Z' }).claimedByStaff).toEqual(sam);
    expect(moved(request, { action: 'contacted', by: 'Sam', staff: sam, at: '2026-12-07T10:00:00.000Z' }).claimedByStaff).toEqual(sam);
    const byToken = moved(request, { action: 'claim', by: 'Jo', at: '2026-12-07T10:00:00.000Z' }, { action: 'contacted', by: 'Sam', staff: sam, at: '2026-12-07T11:00:00.000Z' });
    expect(byToken.claimedByStaff).toBeUndefined();
  });

  it('tells the history in words, first names only, and leaves the close reason out', () => {
    const request = moved(
      callbackFixture({ requestedAt: '2026-12-07T09:00:00.000Z', updatedAt: '2026-12-07T09:00:00.000Z' }),
      { action: 'claim', by: 'Sam Jones', at: '2026-12-07T10:00:00.000Z' },
      { action: 'contacted', by: 'Sam Jones', at: '2026-12-07T11:00:00.000Z' },
      { action: 'close', by: 'Priya', reason: 'private words', at: '2026-12-08T09:00:00.000Z' },
    );
    const outcome = { contactOutcome: 'reached' as const, recordedAt: '2026-12-07T12:00:00.000Z' };
    expect(callbackHistory(request, outcome).map((step) => step.what)).toEqual(['Requested', 'Claimed by Sam', 'Marked as contacted by Sam', 'Outcome recorded: Reached', 'Closed by Priya']);
    expect(callbackHistory(erasedCallbackOf(request, '2026-12-09T09:00:00.000Z')).map((step) => step.what)).toEqual(['Requested', 'Claimed', 'Marked as contacted', 'Closed']);
  });

  it('says who got there first and when (London time), when a step is refused', () => {
    const claimed = moved(callbackFixture(), { action: 'claim', by: 'Sam Jones', at: '2026-07-07T09:42:00.000Z' });
    expect(refusalWords(claimed, 'claim', Date.parse('2026-07-07T10:00:00.000Z'))).toBe('Already claimed by Sam at 10:42: it cannot be claimed again.');
    const closed = moved(claimed, { action: 'close', by: 'Priya', at: '2026-07-07T11:00:00.000Z' });
    expect(refusalWords(closed, 'contacted', Date.parse('2026-07-08T10:00:00.000Z'))).toBe('Already closed by Priya at 12:00 yesterday: it cannot be marked as contacted.');
  });

  it('lists the coming bank holidays of the site\'s nation: Scotland\'s for Edinburgh, England\'s for Salford', () => {
    const now = Date.parse('2026-11-20T12:00:00.000Z');
    expect(upcomingBankHolidays('edinburgh', now)[0]).toEqual({ date: '2026-11-30', name: 'St Andrew’s Day' });
    expect(upcomingBankHolidays('salford', now)[0]).toEqual({ date: '2026-12-25', name: 'Christmas Day' });
    expect(upcomingBankHolidays('salford', now, 36)).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
  });
});
