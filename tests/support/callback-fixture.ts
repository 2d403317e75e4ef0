import { randomUUID } from 'node:crypto';
import { applyTransition, callbackConsentWordingVersion, type CallbackRequest, type CallbackTransition } from '../../src/domain/callbacks/callback-request';
import type { CallbackStore } from '../../src/store/ports';
import { newReferenceCode } from '../../src/domain/callbacks/reference-code';

/**
 * A valid, fictional callback request (status requested) for store and admin tests: fresh id and
 * reference each call unless given. The phone number is an Ofcom drama number.
 */
export function callbackFixture(overrides: Partial<CallbackRequest> = {}): CallbackRequest {
  const requestedAt = overrides.requestedAt ?? '2026-11-23T10:15:00.000Z';
  return {
    id: randomUUID(),
    reference: newReferenceCode(Math.random),
    siteId: 'salford',
    personKey: 'sms:+447700900123',
    channelId: 'sms',
    name: 'Alex Example',
    phoneE164: '+447700900123',
    bestTimes: ['morning', 'evening'],
    about: 'Feeling low since the move and would like to talk about support groups.',
    consentToShare: { givenAt: requestedAt, wordingVersion: callbackConsentWordingVersion },
    status: 'requested',
    requestedAt,
    updatedAt: requestedAt,
    ...overrides,
  };
}

/** Moves a person's latest callback request on, as the team would from their tools. */
export async function moveLatestCallback(callbacks: CallbackStore, personKey: string, transition: CallbackTransition): Promise<void> {
  const latest = await callbacks.latestFor(personKey);
  if (latest === undefined) throw new Error('no callback request to move on');
  await callbacks.update(latest.id, (current) => {
    const result = applyTransition(current, transition);
    return result.ok ? result.request : undefined;
  });
}

/** `request` moved through `transitions` in order (each must be allowed). */
export function transitioned(request: CallbackRequest, ...transitions: CallbackTransition[]): CallbackRequest {
  return transitions.reduce((current, transition) => {
    const result = applyTransition(current, transition);
    if (!result.ok) throw new Error(`${transition.action} not allowed from ${result.from}`);
    return result.request;
  }, request);
}
