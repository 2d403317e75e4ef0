import { describe, expect, it } from 'vitest';
import type { CallbackTransition } from '../../src/domain/callbacks/callback-request';
import { erasedCallbackOf, erasedCallbackSchema } from '../../src/domain/callbacks/erased-callback';
import { callbackFixture, transitioned } from '../support/callback-fixture';

const erasedAt = '2026-11-24T12:00:00.000Z';

const claim: CallbackTransition = { action: 'claim', by: 'Priya (Salford)', at: '2026-11-23T11:00:00.000Z' };
const contacted: CallbackTransition = { action: 'contacted', by: 'Priya (Salford)', at: '2026-11-23T14:00:00.000Z' };
const close: CallbackTransition = { action: 'close', by: 'Priya (Salford)', at: '2026-11-23T15:00:00.000Z', reason: 'Met at the walking group' };
const cancel: CallbackTransition = { action: 'cancel', at: '2026-11-23T12:00:00.000Z' };

describe('what the team keeps of an erased callback request', () => {
  it('cancels an open request at the erasure, keeping only its reference and times', () => {
    const request = callbackFixture();
    const kept = erasedCallbackOf(request, erasedAt);
    expect(kept).toStrictEqual({
      id: request.id,
      reference: request.reference,
      siteId: 'salford',
      status: 'cancelled',
      requestedAt: request.requestedAt,
      cancelledAt: erasedAt,
      erasedAt,
      cancelledByErasure: true,
    });
    expect(erasedCallbackSchema.parse(kept)).toStrictEqual(kept);
  });

  it('cancels claimed and contacted requests too, keeping when they were claimed and contacted', () => {
    expect(erasedCallbackOf(transitioned(callbackFixture(), claim), erasedAt)).toMatchObject({ status: 'cancelled', claimedAt: claim.at, cancelledByErasure: true });
    const kept = erasedCallbackOf(transitioned(callbackFixture(), claim, contacted), erasedAt);
    expect(kept).toMatchObject({ status: 'cancelled', claimedAt: claim.at, contactedAt: contacted.at, cancelledAt: erasedAt, cancelledByErasure: true });
  });

  it('keeps a finished request as it ended', () => {
    expect(erasedCallbackOf(transitioned(callbackFixture(), claim, contacted, close), erasedAt)).toMatchObject({
      status: 'closed',
      contactedAt: contacted.at,
      closedAt: close.at,
      cancelledByErasure: false,
    });
    const cancelled = erasedCallbackOf(transitioned(callbackFixture(), cancel), erasedAt);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: cancel.at, cancelledByErasure: false });
  });

  it('carries nothing personal: no name, number, best times, words, person, or the team\'s names and notes', () => {
    const request = transitioned(callbackFixture(), claim, contacted, close);
    const kept = JSON.stringify(erasedCallbackOf(request, erasedAt));
    for (const personal of [request.name, request.phoneE164, request.about ?? '', request.personKey, 'morning', 'Priya', 'walking group']) {
      expect(kept).not.toContain(personal);
    }
    expect(erasedCallbackSchema.safeParse({ ...erasedCallbackOf(request, erasedAt), name: 'Alex' }).success).toBe(false);
  });
});
