import { describe, expect, it } from 'vitest';
import { queueRows, viewTabs, waitWords } from '../../../staff/src/pages/callbacks/callback-queue';
import type { ListedCallback } from '../../../staff/src/pages/callbacks/callback-schemas';
import { checkOutcomeForm, emptyOutcomeForm, phoneLink, stepsFor } from '../../../staff/src/pages/callbacks/callback-steps';

const base: ListedCallback = {
  id: '6f1c1f5e-8d7a-4c57-9a59-1c1e2f3a4b5c',
  reference: 'CB-7K3P-Q9X',
  status: 'requested',
  requestedAt: '2026-12-07T09:00:00.000Z',
  waitingTimeMs: null,
  overdue: false,
  mine: false,
};
const now = Date.parse('2026-12-07T11:05:00.000Z');

describe('the callback queue in words', () => {
  it('says how long a person has waited, or waited, to be contacted', () => {
    expect(waitWords(base, now)).toBe('Waiting 2 hours 5 minutes');
    expect(waitWords({ ...base, status: 'contacted', waitingTimeMs: 3 * 3_600_000 }, now)).toBe('Waited 3 hours');
    expect(waitWords({ ...base, status: 'closed' }, now)).toBe('Not contacted');
  });

  it('shows rows by reference code, British times, overdue and safety-reply markers', () => {
    const [row] = queueRows([{ ...base, overdue: true, safetyReplyInConversation: true, claimedBy: 'Sam' }], now);
    expect(row).toEqual({
      id: base.id,
      reference: 'CB-7K3P-Q9X',
      status: 'Waiting to be claimed',
      requested: '7 Dec 2026, 09:00',
      wait: 'Waiting 2 hours 5 minutes',
      claimedBy: 'Sam',
      overdue: true,
      safetyReply: true,
    });
    expect(viewTabs({ new: 3, mine: 1, overdue: 0, contacted: 2, closed: 9 }).map((tab) => tab.label)).toEqual(['New (3)', 'Claimed by me (1)', 'Overdue (0)', 'Contacted (2)', 'Closed (9)']);
  });
});

describe('a callback request\'s steps', () => {
  it('offers the steps the status allows, and the outcome once contacted', () => {
    expect(stepsFor({ status: 'requested' })).toEqual(['claim', 'contacted', 'close']);
    expect(stepsFor({ status: 'claimed' })).toEqual(['contacted', 'close']);
    expect(stepsFor({ status: 'contacted', contactedAt: now.toString() })).toEqual(['outcome', 'close']);
    expect(stepsFor({ status: 'closed', contactedAt: now.toString() })).toEqual(['outcome']);
    expect(stepsFor({ status: 'cancelled', contactedAt: now.toString(), erasedAt: now.toString() })).toEqual([]);
  });

  it('dials the number as given and shows it the UK way', () => {
    expect(phoneLink('+447700900123')).toEqual({ text: '07700 900123', href: 'tel:+447700900123' });
  });

  it('checks the outcome form with the API\'s schema as it is filled in', () => {
    expect(checkOutcomeForm(emptyOutcomeForm)).toEqual({ ok: false, problems: { contactOutcome: 'Choose how the contact went.' } });
    expect(checkOutcomeForm({ contactOutcome: 'reached', supportOffered: [], goalsAgreed: '7' })).toEqual({ ok: false, problems: { goalsAgreed: 'A whole number from 0 to 5.' } });
    expect(checkOutcomeForm({ contactOutcome: 'reached', supportOffered: ['signposting', 'listening'], goalsAgreed: '2' })).toEqual({
      ok: true,
      answers: { contactOutcome: 'reached', supportOffered: ['listening', 'signposting'], goalsAgreed: 2 },
    });
  });
});
