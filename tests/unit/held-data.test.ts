import { describe, expect, it } from 'vitest';
import { applyTransition } from '../../src/domain/callbacks/callback-request';
import { erasureDone, erasureQuestion } from '../../src/domain/my-data/erasure-text';
import { describeHeldData, type HeldData } from '../../src/domain/my-data/held-data';
import { emptyWellbeingRecord, type Goal, type WellbeingRecord } from '../../src/domain/wellbeing/wellbeing-record';
import { callbackFixture } from '../support/callback-fixture';

const at = '2026-12-06T10:00:00.000Z';

function goal(status: Goal['status'], ratings: Goal['ratings']): Goal {
  return { id: `${status}-${ratings.length}`, text: `A goal ${status}`, status, createdAt: at, statusChangedAt: at, ratings };
}

const wellbeing: WellbeingRecord = {
  ...emptyWellbeingRecord(at),
  goals: [
    goal('active', [
      { score: 4, at },
      { score: 6, at, note: 'a walk helped' },
    ]),
    goal('active', [{ score: 3, at }]),
    goal('achieved', [{ score: 9, at, note: 'my sister' }]),
  ],
  // One sitting of both questionnaires on one day is two answers, counted per questionnaire.
  ons4: [
    { at, scores: { lifeSatisfaction: 6 } },
    { at: '2027-01-03T10:00:00.000Z', scores: { happiness: 7 } },
  ],
  connection: [{ at, closeFriend: 'yes', tookPart: 'no' }],
  lastOffered: { ons4: '2027-01-03T10:00:00.000Z', connection: at },
  repeatMeasures: true,
  preferences: { frequency: 'weekly', timeOfDay: 'morning', quietHours: null, updatedAt: at },
};

const everything: HeldData = {
  // Given at 23:30 UTC on 30 June: already 1 July in London (BST).
  consent: { givenAt: '2026-06-30T23:30:00.000Z', wordingVersion: '2026-11-14.2' },
  area: 'salford',
  activityReminders: [{ name: 'Salford Sunday Striders walking group', requestedAt: at }, { requestedAt: at }],
  wellbeing,
  callbacks: [callbackFixture({ name: 'Sam', phoneE164: '+447700900123', bestTimes: ['morning', 'evening'], about: 'the bakery shift', requestedAt: at })],
};

describe('"my data" in plain words', () => {
  it('lists everything held, with dates in British words and no version codes', () => {
    const text = describeHeldData(everything);
    const lines = text.split('\n');
    expect(lines[0]).toBe('This is what I hold about you:');
    expect(lines).toContain('- Your agreement to saving, given on 1 July 2026.');
    expect(text).not.toContain('2026-11-14.2');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(lines).toContain('- Your area: Salford.');
    expect(lines).toContain('- 3 goals in your words (2 active, 1 achieved), with 4 ratings and 2 notes on what helped.');
    expect(lines).toContain('- Your answers to the four wellbeing questions (twice) and the two questions about friends and activities (once).');
    expect(lines).toContain('- When I last offered you the wellbeing questions (3 January 2027).');
    expect(lines).toContain('- That you are happy to be asked the wellbeing questions again.');
    expect(lines).toContain('- Your check-in reminders: once a week, in the morning (9am to 12pm), no quiet hours.');
    expect(lines).toContain(
      '- The 2 activities you asked me to remind you of: Salford Sunday Striders walking group; an activity that is no longer listed.',
    );
    const callback = lines.find((line) => line.startsWith('- Your callback request'));
    expect(callback).toBe(
      `- Your callback request ${everything.callbacks[0]?.reference ?? ''} to the Salford Living Well team, sent on 6 December 2026 (the team hasn't picked it up yet): ` +
        'your name (Sam), your number (07700 900123), the best times to call (morning or evening) and what it\'s about ("the bakery shift").',
    );
    expect(lines.at(-1)).toContain('web chat keeps this conversation for a limited time');
  });

  it('counts one of each in the singular', () => {
    const one: WellbeingRecord = { ...emptyWellbeingRecord(at), goals: [goal('paused', [{ score: 2, at }])], ons4: [{ at, scores: {} }] };
    const text = describeHeldData({ consent: { givenAt: at, wordingVersion: 'v' }, activityReminders: [{ name: 'Art club', requestedAt: at }], wellbeing: one, callbacks: [] });
    expect(text).toContain('- 1 goal in your words (1 paused), with 1 rating.');
    expect(text).toContain('- Your answers to the four wellbeing questions (once).');
    expect(text).toContain('- The activity you asked me to remind you of: Art club.');
  });

  it('says the status of each callback request, finished ones too, and leaves out what was not given', () => {
    const cancelled = applyTransition(callbackFixture({ about: undefined, bestTimes: ['any'] }), { action: 'cancel', at });
    if (!cancelled.ok) throw new Error('cancel refused');
    const text = describeHeldData({ consent: { givenAt: at, wordingVersion: 'v' }, activityReminders: [], callbacks: [cancelled.request] });
    expect(text).toContain('(you cancelled it): your name (Alex Example), your number (07700 900123) and the best times to call (any time).');
  });

  it('says a person who has not agreed holds nothing, unless they asked for a callback', () => {
    expect(describeHeldData({ activityReminders: [], callbacks: [] })).toBe(
      "You haven't agreed to me saving anything, so I hold nothing about you apart from where we are in this chat (which is deleted if you ask).",
    );
    const withCallback = describeHeldData({ activityReminders: [], callbacks: [callbackFixture()] });
    expect(withCallback.split('\n')[0]).toBe("You haven't agreed to me saving anything, but I hold this for you:");
    expect(withCallback).toContain('your name (Alex Example)');
  });
});

describe('erasing: the question and the answer', () => {
  it('says that erasing cancels an open callback request, naming it and the team', () => {
    const question = erasureQuestion('deleted', { reference: 'CB-7K3P-Q9X', siteId: 'luton' });
    expect(question).toBe(
      "This deletes everything I hold about you, including this conversation. It cannot be undone. It also cancels your callback request CB-7K3P-Q9X: the Luton Living Well team won't call you back. Delete everything?",
    );
    expect(erasureQuestion('consent-withdrawn', { reference: 'CB-7K3P-Q9X', siteId: 'luton' })).toContain('It also cancels your callback request CB-7K3P-Q9X');
    expect(erasureQuestion('deleted', undefined)).not.toContain('callback');
  });

  it('confirms what was done, including the cancelled request', () => {
    expect(erasureDone('deleted', ['CB-7K3P-Q9X'])).toContain("I've deleted everything I held about you and cancelled your callback request CB-7K3P-Q9X.");
    expect(erasureDone('deleted', [])).toContain("If you message again, we'll start afresh.");
    expect(erasureDone('consent-withdrawn', [])).toBe("Done. I've withdrawn your agreement and deleted everything I held about you.");
    expect(erasureDone('consent-withdrawn', ['CB-7K3P-Q9X'])).toBe(
      "Done. I've withdrawn your agreement, deleted everything I held about you and cancelled your callback request CB-7K3P-Q9X.",
    );
  });
});
