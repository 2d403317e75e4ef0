import { describe, expect, it } from 'vitest';
import { teamsCallbackCards } from '../../adapters/teams';
import { callbackOutcomeSchema, type CallbackOutcome } from '../../src/domain/callbacks/callback-outcome';
import type { CallbackRequest } from '../../src/domain/callbacks/callback-request';
import { teamDirectoryEntrySchema } from '../../src/domain/team/team-directory';
import { cardActionSchema } from '../../src/domain/teams/card-action';
import { callbackReviewView, reviewBase, reviewDueAt, sharedGoalRatings } from '../../src/domain/teams/callback-review-view';
import type { Goal } from '../../src/domain/wellbeing/wellbeing-record';
import { loadSampleTeams } from '../../src/data/sample-data';
import { adaptiveCardProblems } from '../support/adaptive-card-check';
import { callbackFixture, transitioned } from '../support/callback-fixture';

const contactedAt = '2026-10-26T10:00:00.000Z';
const now = Date.parse('2026-12-07T10:00:00.000Z');

/** Distinctive strings that must never reach a card: surname, phone, what it is about, goal words and notes. */
const secrets = ['Quillfeather', '+447700900987', '07700 900987', 'Zanzibar-orchid-secret', 'Walk-to-the-lighthouse', 'Kittiwake-note'];

function contactedRequest(): CallbackRequest {
  const request = callbackFixture({ name: 'Jo Quillfeather', phoneE164: '+447700900987', about: 'Zanzibar-orchid-secret', requestedAt: '2026-10-26T09:00:00.000Z', updatedAt: '2026-10-26T09:00:00.000Z' });
  return transitioned(request, { action: 'contacted', by: 'Sam', at: contactedAt });
}

function outcomeOf(request: CallbackRequest, overrides: Partial<CallbackOutcome> = {}): CallbackOutcome {
  return {
    callbackId: request.id,
    siteId: 'salford',
    reference: request.reference,
    contactOutcome: 'reached',
    supportOffered: ['goal-setting'],
    goalsAgreed: 2,
    recordedBy: { tenantId: 'tenant-1', aadObjectId: 'aad-sam' },
    recordedAt: contactedAt,
    ...overrides,
  };
}

const goal = (id: string, text: string, scores: number[]): Goal => ({
  id,
  text,
  status: 'active',
  createdAt: contactedAt,
  statusChangedAt: contactedAt,
  ratings: scores.map((score, index) => ({ score, at: new Date(Date.parse(contactedAt) + index * 86_400_000).toISOString(), note: 'Kittiwake-note' })),
});

const goals: Goal[] = [
  goal('0b8f0b9e-8a57-4c35-9e5e-3f7c8f6b1a01', 'Walk-to-the-lighthouse every week', [3, 5, 7]),
  goal('0b8f0b9e-8a57-4c35-9e5e-3f7c8f6b1a02', 'Unrated goal', []),
  goal('0b8f0b9e-8a57-4c35-9e5e-3f7c8f6b1a03', 'Call my sister', [6]),
];

const cardText = (value: unknown): string => JSON.stringify(value);

describe('the review date', () => {
  it('falls one cadence after the first contact, then after each review', () => {
    expect(new Date(reviewDueAt(contactedAt, 6)).toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(new Date(reviewDueAt(contactedAt, 1)).toISOString()).toBe('2026-11-02T10:00:00.000Z');
    const request = contactedRequest();
    expect(reviewBase(request, outcomeOf(request))).toBe(contactedAt);
    const reviewed = outcomeOf(request, { review: { goalsProgressed: 'some', supportStatus: 'still-supported', at: '2026-12-08T12:00:00.000Z' } });
    expect(reviewBase(request, reviewed)).toBe('2026-12-08T12:00:00.000Z');
  });

  it('is a team detail from 1 to 52 weeks, optional so existing entries stay valid', async () => {
    const [entry] = await loadSampleTeams();
    expect(teamDirectoryEntrySchema.safeParse(entry).success).toBe(true);
    expect(teamDirectoryEntrySchema.safeParse({ ...entry, reviewCadenceWeeks: 8 }).success).toBe(true);
    for (const weeks of [0, 53, 2.5, '6']) expect(teamDirectoryEntrySchema.safeParse({ ...entry, reviewCadenceWeeks: weeks }).success).toBe(false);
  });

  it('keeps outcome records without a review valid, and reads one with it', () => {
    const request = contactedRequest();
    expect(callbackOutcomeSchema.safeParse(outcomeOf(request)).success).toBe(true);
    const review = { goalsProgressed: 'all', supportStatus: 'closed', at: '2026-12-07T10:05:00.000Z' };
    expect(callbackOutcomeSchema.safeParse({ ...outcomeOf(request), review }).success).toBe(true);
    expect(callbackOutcomeSchema.safeParse({ ...outcomeOf(request), review: { ...review, goalsProgressed: 'most' } }).success).toBe(false);
  });
});

describe('the review card', () => {
  it('shows only numbers for shared goals, named by place, first and latest rating', () => {
    expect(sharedGoalRatings(goals)).toEqual([
      { label: 'Goal 1', first: 3, latest: 7 },
      { label: 'Goal 2', first: 6, latest: 6 },
    ]);
  });

  it('asks about goals progressed and support, with their ratings when shared, and parse-checks', () => {
    const request = contactedRequest();
    const view = callbackReviewView({ request, outcome: outcomeOf(request), sharedGoals: goals, now, asking: contactedAt });
    expect(view).toMatchObject({ shortName: 'Jo Q.', weeksSinceContact: 6, goalsAgreed: 2, state: { kind: 'asking', base: contactedAt } });
    const message = teamsCallbackCards.reviewCard(view);
    expect(message.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    const text = cardText(message);
    expect(text).toContain('{"title":"Since first contact","value":"6 weeks"}');
    expect(text).toContain('{"title":"Goal 1","value":"first 3, latest 7 (out of 10)"}');
    expect(text).toContain('"id":"goalsProgressed"');
    expect(text).not.toContain('have not chosen');
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(message.text).toBe(`Time to review callback ${request.reference}.`);
  });

  it('says the person has not chosen to share when they have not, and shows no ratings', () => {
    const request = contactedRequest();
    const message = teamsCallbackCards.reviewCard(callbackReviewView({ request, outcome: outcomeOf(request), now, asking: contactedAt }));
    expect(adaptiveCardProblems(message.card)).toEqual([]);
    expect(cardText(message)).toContain('They have not chosen to share their goal ratings.');
    expect(cardText(message)).not.toContain('Goal 1');
  });

  it('puts both answers in an ActionSet as Action.Execute with Submit fallbacks whose data the verbs read', () => {
    const request = contactedRequest();
    const card = teamsCallbackCards.reviewCard(callbackReviewView({ request, outcome: outcomeOf(request), now, asking: contactedAt })).card;
    const actionSets = (card?.['body'] as Array<Record<string, unknown>>).filter((element) => element['type'] === 'ActionSet');
    const actions = actionSets.flatMap((set) => set['actions'] as Array<Record<string, unknown>>);
    expect(actions.map((action) => [action['type'], action['title']])).toEqual([
      ['Action.Execute', 'Still supported'],
      ['Action.Execute', 'Close the request'],
    ]);
    for (const action of actions) {
      expect(action['fallback']).toMatchObject({ type: 'Action.Submit', data: action['data'] });
      // Adaptive Cards adds the input's value to the action's data.
      const parsed = cardActionSchema.parse({ ...(action['data'] as object), goalsProgressed: 'some' });
      expect(parsed).toMatchObject({ verb: 'review', callbackId: request.id, base: contactedAt, goalsProgressed: 'some' });
    }
  });

  it('shows what was recorded once answered, and a request closed without a review as closed', () => {
    const request = contactedRequest();
    const review = { goalsProgressed: 'some', supportStatus: 'still-supported', at: '2026-12-07T10:05:00.000Z' } as const;
    const recorded = teamsCallbackCards.reviewCard(callbackReviewView({ request, outcome: outcomeOf(request, { review }), sharedGoals: goals, now }));
    expect(adaptiveCardProblems(recorded.card)).toEqual([]);
    expect(cardText(recorded)).toContain('{"title":"Goals progressed","value":"Some"}');
    expect(cardText(recorded)).toContain('{"title":"Support","value":"Still supported"}');
    expect(cardText(recorded)).not.toContain('ActionSet');

    const closed = transitioned(request, { action: 'close', by: 'Sam', at: '2026-12-01T10:00:00.000Z', reason: 'Zanzibar-orchid-secret' });
    const ended = teamsCallbackCards.reviewCard(callbackReviewView({ request: closed, outcome: outcomeOf(closed), now }));
    expect(adaptiveCardProblems(ended.card)).toEqual([]);
    expect(cardText(ended)).toContain('nothing to review');
    expect(cardText(ended)).not.toContain('ActionSet');
    for (const secret of secrets) expect(cardText(ended)).not.toContain(secret);
  });
});
