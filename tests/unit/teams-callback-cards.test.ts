import { describe, expect, it } from 'vitest';
import { teamsCallbackCards } from '../../adapters/teams';
import type { CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { cardActionSchema } from '../../src/domain/teams/card-action';
import { callbackCardView } from '../../src/domain/teams/callback-card-view';
import { morningDigest } from '../../src/domain/teams/morning-digest';
import type { TeamsMessage } from '../../src/teams/teams-sender';
import { adaptiveCardProblems } from '../support/adaptive-card-check';
import { callbackFixture, transitioned } from '../support/callback-fixture';

const requestedAt = '2026-12-07T09:30:00.000Z';
const now = Date.parse('2026-12-07T10:50:00.000Z');

/** Distinctive strings that must never reach a card or its notification text. */
const secretSurname = 'Quillfeather';
const secretAbout = 'Zanzibar-orchid-secret';
const phone = '+447700900987';

function distinctiveRequest(overrides: Partial<CallbackRequest> = {}): CallbackRequest {
  return callbackFixture({ name: `Jo ${secretSurname}`, phoneE164: phone, about: secretAbout, requestedAt, updatedAt: requestedAt, ...overrides });
}

/** Every action in the card (inside action sets), depth first. */
function actionsOf(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) return node.flatMap(actionsOf);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record['type'] === 'string' && record['type'].startsWith('Action.') ? [record] : [];
  return [...own, ...Object.entries(record).filter(([key]) => key !== 'fallback').flatMap(([, value]) => actionsOf(value))];
}

function expectNoPersonalDetails(message: TeamsMessage): void {
  const all = JSON.stringify(message);
  for (const secret of [secretSurname, secretAbout, phone, '7700 900987', '07700900987']) expect(all).not.toContain(secret);
}

const allRequests = (): Array<[string, CallbackRequest]> => {
  const request = distinctiveRequest({ safetyReplyInConversation: true });
  const claimed = transitioned(request, { action: 'claim', by: 'Sam Jones', at: '2026-12-07T10:42:00.000Z' });
  const contacted = transitioned(claimed, { action: 'contacted', by: 'Sam', at: '2026-12-07T10:45:00.000Z' });
  return [
    ['requested', request],
    ['claimed', claimed],
    ['contacted', contacted],
    ['closed', transitioned(contacted, { action: 'close', by: 'Sam', at: '2026-12-07T10:48:00.000Z', reason: secretAbout })],
    ['cancelled', transitioned(request, { action: 'cancel', at: '2026-12-07T10:00:00.000Z' })],
  ];
};

describe('the callback request card', () => {
  it.each(allRequests())('parses cleanly as Adaptive Card 1.5 and shows no personal details (%s)', (_status, request) => {
    for (const options of [{}, { overdue: true }, { snoozedUntil: '2026-12-07T11:30:00.000Z' }]) {
      const message = teamsCallbackCards.requestCard(callbackCardView(request, now, options));
      expect(message.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(adaptiveCardProblems(message.card)).toEqual([]);
      expectNoPersonalDetails(message);
    }
  });

  it('shows the reference, first name and initial, best times, the wait, the safety reply and the status line', () => {
    const claimed = transitioned(distinctiveRequest({ safetyReplyInConversation: true }), { action: 'claim', by: 'Sam Jones', at: '2026-12-07T10:42:00.000Z' });
    const message = teamsCallbackCards.requestCard(callbackCardView(claimed, now));
    const json = JSON.stringify(message.card);
    expect(json).toContain(`Callback request ${claimed.reference}`);
    expect(json).toContain('{"title":"Name","value":"Jo Q."}');
    expect(json).toContain('{"title":"Best times","value":"Morning or evening"}');
    expect(json).toContain('{"title":"Waiting","value":"1 hour 20 minutes"}');
    expect(json).toContain('{"title":"Safety reply in that chat","value":"Yes"}');
    expect(json).toContain('Claimed by Sam at 10:42');
    expect(json).not.toContain('Jones');
    expect(message.text).toBe(`Callback request ${claimed.reference}. Claimed by Sam at 10:42.`);
  });

  it('puts each verb in an ActionSet as Action.Execute with an Action.Submit fallback, both carrying id, verb and version', () => {
    const request = distinctiveRequest();
    const card = teamsCallbackCards.requestCard(callbackCardView(request, now)).card;
    const body = (card?.['body'] ?? []) as Array<Record<string, unknown>>;
    const sets = body.filter((element) => element['type'] === 'ActionSet');
    expect(sets).toHaveLength(1);
    const actions = actionsOf(card);
    expect(actions.map((action) => [action['type'], action['title']])).toEqual([
      ['Action.Execute', 'Claim'],
      ['Action.Execute', 'Contacted'],
      ['Action.Execute', 'Snooze 1 hour'],
      ['Action.Execute', 'Close'],
    ]);
    for (const action of actions) {
      const data = { verb: action['verb'], callbackId: request.id, version: request.updatedAt };
      expect(action['data']).toEqual(data);
      expect(action['fallback']).toEqual({ type: 'Action.Submit', title: action['title'], data });
      expect(cardActionSchema.safeParse(action['data']).success).toBe(true);
    }
  });

  it('has no actions once closed or cancelled, and only the allowed ones before', () => {
    const verbsOf = (request: CallbackRequest) => actionsOf(teamsCallbackCards.requestCard(callbackCardView(request, now)).card).map((action) => action['verb']);
    const [requested, claimed, contacted, closed, cancelled] = allRequests().map(([, request]) => request);
    expect(requested && verbsOf(requested)).toEqual(['claim', 'contacted', 'snooze', 'close']);
    expect(claimed && verbsOf(claimed)).toEqual(['contacted', 'close']);
    expect(contacted && verbsOf(contacted)).toEqual(['close']);
    expect(closed && verbsOf(closed)).toEqual([]);
    expect(cancelled && verbsOf(cancelled)).toEqual([]);
  });

  it('marks a waiting-too-long nudge in the card and the notification', () => {
    const request = distinctiveRequest();
    const message = teamsCallbackCards.requestCard(callbackCardView(request, now, { overdue: true }));
    expect(message.text).toBe(`Waiting too long: callback request ${request.reference}. Waiting to be claimed.`);
    expect(JSON.stringify(message.card)).toContain('"text":"Waiting too long"');
  });
});

describe('the outcome prompt and the notices', () => {
  const request = distinctiveRequest();

  it('asks for the contact outcome, support offered and goals agreed, and parse-checks', () => {
    const message = teamsCallbackCards.outcomePrompt({ callbackId: request.id, reference: request.reference });
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expectNoPersonalDetails(message);
    const json = JSON.stringify(message.card);
    for (const id of ['"id":"contactOutcome"', '"id":"supportOffered"', '"id":"goalsAgreed"', '"value":"wrong-number"', '"isMultiSelect":true', '"max":5']) expect(json).toContain(id);
    const [action] = actionsOf(message.card);
    expect(action).toMatchObject({ type: 'Action.Execute', verb: 'outcome', data: { verb: 'outcome', callbackId: request.id }, fallback: { type: 'Action.Submit' } });
  });

  it('shows what was recorded', () => {
    const message = teamsCallbackCards.outcomePrompt({ callbackId: request.id, reference: request.reference, recorded: { contactOutcome: 'voicemail', supportOffered: ['listening', 'peer-support'], goalsAgreed: 2 } });
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expect(JSON.stringify(message.card)).toContain('{"title":"Support offered","value":"Listening and support, Peer support"}');
    expect(actionsOf(message.card)).toEqual([]);
  });

  it.each(['not-allowed', 'gone', 'not-understood', 'unavailable'] as const)('the %s notice parse-checks and names no request', (notice) => {
    const message = teamsCallbackCards.notice(notice);
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expect(JSON.stringify(message)).not.toContain('CB-');
  });
});

describe('the morning digest', () => {
  it('counts open, waiting too long and waiting, and who claimed how many (first names), and parse-checks', () => {
    const [requested, claimed, contacted, closed] = allRequests().map(([, request]) => request);
    const other = transitioned(distinctiveRequest(), { action: 'claim', by: 'Priya Patel', at: '2026-12-07T10:00:00.000Z' });
    const requests = [requested, claimed, contacted, closed, other, distinctiveRequest()].filter((request) => request !== undefined);
    const view = morningDigest(requests, (request) => request.id === requested?.id);
    expect(view).toEqual({ open: 5, overdue: 1, waiting: 1, claimedBy: [['Sam', 2], ['Priya', 1]] });
    const message = teamsCallbackCards.morningDigest(view);
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expectNoPersonalDetails(message);
    expect(message.text).toBe('Good morning: 5 open callback requests, 1 waiting too long.');
    expect(teamsCallbackCards.morningDigest(morningDigest([], () => false)).text).toBe('Good morning: 0 open callback requests, 0 waiting too long.');
  });
});

describe('card action data', () => {
  it('reads the outcome submit as Adaptive Cards sends it (multi-select comma-separated, number as text)', () => {
    const parsed = cardActionSchema.parse({ verb: 'outcome', callbackId: '6a1c7a53-8c3c-4a3e-9a43-2b1f3a0e7c11', contactOutcome: 'reached', supportOffered: 'listening,goal-setting', goalsAgreed: '3' });
    expect(parsed).toEqual({ verb: 'outcome', callbackId: '6a1c7a53-8c3c-4a3e-9a43-2b1f3a0e7c11', contactOutcome: 'reached', supportOffered: ['listening', 'goal-setting'], goalsAgreed: 3 });
    const none = cardActionSchema.parse({ verb: 'outcome', callbackId: '6a1c7a53-8c3c-4a3e-9a43-2b1f3a0e7c11', contactOutcome: 'no-answer', goalsAgreed: 0 });
    expect(none).toMatchObject({ supportOffered: [] });
  });

  it('refuses unknown verbs, codes, extra fields and goals out of range', () => {
    const id = '6a1c7a53-8c3c-4a3e-9a43-2b1f3a0e7c11';
    for (const bad of [
      { verb: 'delete', callbackId: id, version: requestedAt },
      { verb: 'claim', callbackId: id },
      { verb: 'claim', callbackId: id, version: requestedAt, note: 'hi' },
      { verb: 'outcome', callbackId: id, contactOutcome: 'reached', goalsAgreed: 6 },
      { verb: 'outcome', callbackId: id, contactOutcome: 'reached', supportOffered: 'therapy', goalsAgreed: 1 },
      { verb: 'outcome', callbackId: id, contactOutcome: 'maybe', goalsAgreed: 1 },
    ]) {
      expect(cardActionSchema.safeParse(bad).success).toBe(false);
    }
  });
});
