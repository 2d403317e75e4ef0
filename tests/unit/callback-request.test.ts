import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  bestTimeIds,
  bestTimeLabels,
  callbackConsentText,
  callbackConsentTextFor,
  callbackConsentWordingVersion,
  callbackNextStep,
  callbackRequestSchema,
  callbackStatuses,
  callbackTransitionSchema,
  describeBestTimes,
  describeCallbackStatus,
  isOpen,
  matchBestTimes,
  nothingToCancelText,
  waitingTimeMs,
  type CallbackRequest,
  type CallbackStatus,
  type CallbackTransition,
} from '../../src/domain/callbacks/callback-request';
import { newReferenceCode } from '../../src/domain/callbacks/reference-code';
import { transitioned } from '../support/callback-fixture';

const reference = newReferenceCode(() => 0.5);
const london = (iso: string): number => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();

const requested: CallbackRequest = {
  id: '3f1c1d7e-8a51-4c3b-9a0e-2a7f5d9b1c44',
  reference,
  siteId: 'salford',
  personKey: 'sms:+447700900123',
  channelId: 'sms',
  name: 'Sam',
  phoneE164: '+447700900123',
  bestTimes: ['morning', 'evening'],
  about: 'Finding a walking group',
  consentToShare: { givenAt: '2026-11-21T10:14:30.000Z', wordingVersion: callbackConsentWordingVersion },
  status: 'requested',
  requestedAt: '2026-11-21T10:15:00.000Z',
  updatedAt: '2026-11-21T10:15:00.000Z',
};

/** The request moved through `actions` in order (each must be allowed). */
const after = (...transitions: CallbackTransition[]): CallbackRequest => transitioned(requested, ...transitions);

const claim: CallbackTransition = { action: 'claim', by: 'Priya (Salford)', at: '2026-11-21T11:00:00.000Z' };
const contacted: CallbackTransition = { action: 'contacted', by: 'Priya (Salford)', at: '2026-11-23T14:05:00.000Z' };
const close: CallbackTransition = { action: 'close', by: 'Priya (Salford)', at: '2026-11-23T14:20:00.000Z', reason: 'Booked onto the walking group' };
const cancel: CallbackTransition = { action: 'cancel', at: '2026-11-22T09:00:00.000Z' };

/** A request in each status. */
const inStatus: Readonly<Record<CallbackStatus, CallbackRequest>> = {
  requested,
  claimed: after(claim),
  contacted: after(claim, contacted),
  closed: after(claim, contacted, close),
  cancelled: after(cancel),
};

describe('the stored request', () => {
  it('accepts a request in every status, as the lifecycle makes them', () => {
    for (const status of callbackStatuses) {
      const result = callbackRequestSchema.safeParse(inStatus[status]);
      expect(result.success, `${status}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  function issuePaths(changes: Record<string, unknown>, base: CallbackRequest = requested): string[] {
    const result = callbackRequestSchema.safeParse({ ...base, ...changes });
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  }

  it.each<[string, Record<string, unknown>, string]>([
    ['an id that is not a UUID', { id: 'abc' }, 'id'],
    ['a reference with a wrong check character', { reference: `${reference.slice(0, -1)}${reference.endsWith('3') ? '4' : '3'}` }, 'reference'],
    ['a reference not in canonical form', { reference: reference.toLowerCase() }, 'reference'],
    ['an unknown site', { siteId: 'leeds' }, 'siteId'],
    ['an empty name', { name: '  ' }, 'name'],
    ['a name over 60 characters', { name: 'x'.repeat(61) }, 'name'],
    ['a name on two lines', { name: 'Sam\nSmith' }, 'name'],
    ['a phone number not in E.164', { phoneE164: '07700 900123' }, 'phoneE164'],
    ['a phone number outside the UK', { phoneE164: '+12025550100' }, 'phoneE164'],
    ['no best times', { bestTimes: [] }, 'bestTimes'],
    ['a best time twice', { bestTimes: ['morning', 'morning'] }, 'bestTimes'],
    ['"any" with other times', { bestTimes: ['any', 'morning'] }, 'bestTimes'],
    ['an unknown best time', { bestTimes: ['night'] }, 'bestTimes.0'],
    ['"about" over 500 characters', { about: 'x'.repeat(501) }, 'about'],
    ['consent without its wording version', { consentToShare: { givenAt: '2026-11-21T10:14:30.000Z' } }, 'consentToShare.wordingVersion'],
    ['an unknown status', { status: 'done' }, 'status'],
    ['a requestedAt that is not an ISO instant', { requestedAt: '21/11/2026' }, 'requestedAt'],
    ['a personKey not on its channel', { personKey: 'webchat:abc' }, 'personKey'],
    ['an unknown field', { email: 'sam@example.org' }, ''],
    ['a claimed status without who claimed it', { status: 'claimed', claimedAt: '2026-11-21T11:00:00.000Z' }, 'claimedBy'],
    ['a closed status without closedAt', { status: 'closed', closedBy: 'Priya' }, 'closedAt'],
    ['a cancelled status without cancelledAt', { status: 'cancelled' }, 'cancelledAt'],
    ['a close reason on a request that is not closed', { closeReason: 'x' }, 'closedAt'],
    ['cancelledAt on a request that is not cancelled', { cancelledAt: '2026-11-22T09:00:00.000Z' }, 'cancelledAt'],
  ])('refuses %s', (_, changes, path) => {
    expect(issuePaths(changes)).toEqual([path]);
  });

  it('accepts a request without "about"', () => {
    const { about: _about, ...withoutAbout } = requested;
    expect(callbackRequestSchema.safeParse(withoutAbout).success).toBe(true);
  });
});

describe('the lifecycle', () => {
  const transitions: Readonly<Record<CallbackTransition['action'], CallbackTransition>> = { claim, contacted, close, cancel };
  const allowed: Readonly<Record<CallbackStatus, Readonly<Record<CallbackTransition['action'], CallbackStatus | 'not-allowed'>>>> = {
    requested: { claim: 'claimed', contacted: 'contacted', close: 'closed', cancel: 'cancelled' },
    claimed: { claim: 'not-allowed', contacted: 'contacted', close: 'closed', cancel: 'cancelled' },
    contacted: { claim: 'not-allowed', contacted: 'not-allowed', close: 'closed', cancel: 'not-allowed' },
    closed: { claim: 'not-allowed', contacted: 'not-allowed', close: 'not-allowed', cancel: 'not-allowed' },
    cancelled: { claim: 'not-allowed', contacted: 'not-allowed', close: 'not-allowed', cancel: 'not-allowed' },
  };
  const table = callbackStatuses.flatMap((from) => (['claim', 'contacted', 'close', 'cancel'] as const).map((action) => [from, action, allowed[from][action]] as const));

  it.each(table)('from %s, %s gives %s', (from, action, expected) => {
    const result = applyTransition(inStatus[from], transitions[action]);
    if (expected === 'not-allowed') {
      expect(result).toEqual({ ok: false, reason: 'not-allowed', from });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.request.status).toBe(expected);
      expect(result.request.updatedAt).toBe(transitions[action].at);
      expect(callbackRequestSchema.safeParse(result.request).success).toBe(true);
    }
  });

  it('claiming records who and when', () => {
    expect(after(claim)).toEqual({ ...requested, status: 'claimed', claimedAt: claim.at, claimedBy: 'Priya (Salford)', updatedAt: claim.at });
  });

  it('a claimed request is not claimed again, by someone else or the same person', () => {
    expect(applyTransition(after(claim), { ...claim, by: 'Jo (Salford)' })).toEqual({ ok: false, reason: 'not-allowed', from: 'claimed' });
    expect(applyTransition(after(claim), claim)).toEqual({ ok: false, reason: 'not-allowed', from: 'claimed' });
  });

  it('contacting an unclaimed request implies the claim', () => {
    const request = after(contacted);
    expect(request).toMatchObject({ status: 'contacted', claimedAt: contacted.at, claimedBy: 'Priya (Salford)', contactedAt: contacted.at, contactedBy: 'Priya (Salford)' });
  });

  it('contacting a claimed request keeps who claimed it', () => {
    const request = after(claim, { ...contacted, by: 'Jo (Salford)' });
    expect(request).toMatchObject({ claimedAt: claim.at, claimedBy: 'Priya (Salford)', contactedAt: contacted.at, contactedBy: 'Jo (Salford)' });
  });

  it('closing keeps its reason, trimmed, and leaves it out when blank', () => {
    expect(after(claim, contacted, { ...close, reason: '  Booked onto the walking group ' })).toMatchObject({
      status: 'closed',
      closedAt: close.at,
      closedBy: 'Priya (Salford)',
      closeReason: 'Booked onto the walking group',
    });
    expect(after({ ...close, reason: '  ' })).not.toHaveProperty('closeReason');
    expect(after({ action: 'close', by: 'Priya', at: close.at })).not.toHaveProperty('closeReason');
  });

  it('a reason given with other actions is not kept', () => {
    expect(after({ ...claim, reason: 'x' })).not.toHaveProperty('closeReason');
  });

  it('the person can cancel while it is requested or claimed', () => {
    expect(after(cancel)).toEqual({ ...requested, status: 'cancelled', cancelledAt: cancel.at, updatedAt: cancel.at });
    expect(after(claim, cancel)).toMatchObject({ status: 'cancelled', claimedBy: 'Priya (Salford)', cancelledAt: cancel.at });
  });

  it('does not change the request it was given', () => {
    const before = structuredClone(requested);
    applyTransition(requested, claim);
    expect(requested).toEqual(before);
  });

  it('is open while requested, claimed or contacted', () => {
    expect(callbackStatuses.filter((status) => isOpen(inStatus[status]))).toEqual(['requested', 'claimed', 'contacted']);
  });
});

describe('transitions at the trust boundary', () => {
  it('accepts the four actions', () => {
    for (const transition of [claim, contacted, close, cancel]) expect(callbackTransitionSchema.safeParse(transition).success).toBe(true);
  });

  it('refuses a practitioner action without who, a cancel with who, unknown actions and bad times', () => {
    expect(callbackTransitionSchema.safeParse({ action: 'claim', at: claim.at }).success).toBe(false);
    expect(callbackTransitionSchema.safeParse({ action: 'claim', by: '', at: claim.at }).success).toBe(false);
    expect(callbackTransitionSchema.safeParse({ action: 'claim', by: 'x'.repeat(101), at: claim.at }).success).toBe(false);
    expect(callbackTransitionSchema.safeParse({ action: 'cancel', by: 'Priya', at: cancel.at }).success).toBe(false);
    expect(callbackTransitionSchema.safeParse({ action: 'reopen', by: 'Priya', at: claim.at }).success).toBe(false);
    expect(callbackTransitionSchema.safeParse({ action: 'close', by: 'Priya', at: 'now' }).success).toBe(false);
  });
});

describe('waiting time', () => {
  it('runs from the request to the contact', () => {
    expect(waitingTimeMs(after(claim, contacted))).toBe(Date.parse(contacted.at) - Date.parse(requested.requestedAt));
    expect(waitingTimeMs(after(contacted))).toBe((2 * 24 * 60 + 3 * 60 + 50) * 60_000);
  });

  it('is still known once the request is closed after contact', () => {
    expect(waitingTimeMs(after(claim, contacted, close))).toBe(waitingTimeMs(after(claim, contacted)));
  });

  it('is undefined until contact, and for requests closed or cancelled without it', () => {
    expect(waitingTimeMs(requested)).toBeUndefined();
    expect(waitingTimeMs(after(claim))).toBeUndefined();
    expect(waitingTimeMs(after(close))).toBeUndefined();
    expect(waitingTimeMs(after(cancel))).toBeUndefined();
  });

  it('is never negative when clocks disagree', () => {
    expect(waitingTimeMs({ requestedAt: '2026-11-21T10:15:00.000Z', contactedAt: '2026-11-21T10:14:00.000Z' })).toBe(0);
  });
});

describe('"my callback" in words', () => {
  const now = london('2026-11-24T12:00'); // Tuesday
  const sent = `Your callback request ${reference} was sent on Saturday 21 November at 10:15am.`;

  it.each<[CallbackStatus, string]>([
    ['requested', `${sent} The team hasn't picked it up yet.`],
    ['claimed', `${sent} A member of the team has picked it up.`],
    ['contacted', `${sent} The team contacted you yesterday at 2:05pm.`],
    ['closed', `${sent} The team contacted you yesterday at 2:05pm and has closed the request.`],
    ['cancelled', `${sent} You cancelled it on Sunday 22 November at 9am.`],
  ])('%s', (status, text) => {
    expect(describeCallbackStatus(inStatus[status], now)).toBe(text);
  });

  it('a request closed without contact', () => {
    expect(describeCallbackStatus(after(close), now)).toBe(`${sent} The team has closed the request.`);
  });

  it('says today and yesterday, in London time (BST in summer)', () => {
    const summer = { ...requested, requestedAt: '2026-07-01T08:30:00.000Z', updatedAt: '2026-07-01T08:30:00.000Z' };
    expect(describeCallbackStatus(summer, london('2026-07-01T18:00'))).toBe(`Your callback request ${reference} was sent today at 9:30am. The team hasn't picked it up yet.`);
    expect(describeCallbackStatus(summer, london('2026-07-02T08:00'))).toBe(`Your callback request ${reference} was sent yesterday at 9:30am. The team hasn't picked it up yet.`);
  });

  it('adds the year when it is not this year, and reads noon and just after midnight', () => {
    const lastYear = { ...requested, requestedAt: '2026-12-30T12:00:00.000Z' };
    expect(describeCallbackStatus(lastYear, london('2027-01-05T10:00'))).toBe(`Your callback request ${reference} was sent on Wednesday 30 December 2026 at 12pm. The team hasn't picked it up yet.`);
    const late = { ...requested, requestedAt: '2026-11-20T00:05:00.000Z' };
    expect(describeCallbackStatus(late, now)).toContain('on Friday 20 November at 12:05am.');
  });
});

describe('what the person can do next', () => {
  it.each<[CallbackStatus | undefined, string]>([
    ['requested', 'cancel'],
    ['claimed', 'cancel'],
    ['contacted', 'call-team'],
    ['closed', 'ask-again'],
    ['cancelled', 'ask-again'],
    [undefined, 'ask-again'],
  ])('after %s: %s', (status, step) => {
    expect(callbackNextStep(status === undefined ? undefined : { status })).toBe(step);
  });

  it('offers to cancel exactly while the lifecycle allows a cancel', () => {
    for (const status of callbackStatuses) {
      const cancellable = applyTransition(inStatus[status], cancel).ok;
      expect(callbackNextStep({ status }) === 'cancel').toBe(cancellable);
    }
  });

  it('says why nothing was cancelled', () => {
    expect(nothingToCancelText(undefined)).toContain("You don't have a callback request");
    expect(nothingToCancelText({ status: 'contacted' })).toContain('The team has already called you');
    expect(nothingToCancelText({ status: 'closed' })).toContain('closed already');
    expect(nothingToCancelText({ status: 'cancelled' })).toContain('cancelled already');
  });
});

describe('best times', () => {
  it('has a label for each', () => {
    expect(bestTimeIds.map((id) => bestTimeLabels[id])).toEqual(['Morning (9am to 12pm)', 'Afternoon (12pm to 5pm)', 'Evening (5pm to 8pm)', 'Any time']);
  });

  it.each<[string | undefined, string[] | undefined]>([
    ['1', ['morning']],
    ['3', ['evening']],
    ['4', ['any']],
    ['1 and 3', ['morning', 'evening']],
    ['3, 1', ['morning', 'evening']],
    ['1 3', ['morning', 'evening']],
    ['Morning (9am to 12pm)', ['morning']],
    ['mornings or afternoons', ['morning', 'afternoon']],
    ['Morning, evening', ['morning', 'evening']],
    ['in the evening', ['evening']],
    ['any time', ['any']],
    ["I don't mind", ['any']],
    ['whenever', ['any']],
    ['morning and any time', ['any']],
    ['5', undefined],
    ['morning and night', undefined],
    ['call me whenever you like', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(matchBestTimes(text)).toEqual(expected);
  });

  it('describes them for the confirmation and the practitioner', () => {
    expect(describeBestTimes(['morning'])).toBe('Morning');
    expect(describeBestTimes(['evening', 'morning'])).toBe('Morning or evening');
    expect(describeBestTimes(['morning', 'afternoon', 'evening'])).toBe('Morning, afternoon or evening');
    expect(describeBestTimes(['any'])).toBe('Any time');
  });
});

describe('consent to share', () => {
  it('says what is shared, with whom, why, only for this, and that it can be cancelled', () => {
    const text = callbackConsentTextFor('the Salford Living Well team');
    expect(text).toContain('the Salford Living Well team');
    for (const words of ['your name', 'phone number', 'best times', "what it's about", 'call you back', 'only used for this', 'cancel']) expect(text).toContain(words);
  });

  it('points to urgent help, as a callback is not for emergencies', () => {
    expect(callbackConsentText).toContain('not for emergencies');
    expect(callbackConsentText).toContain('"help"');
  });

  it('names the team generically by default, and uses only plain (GSM-7 friendly) characters', () => {
    expect(callbackConsentText).toContain('your Living Well team');
    expect(callbackConsentText).toMatch(/^[\x20-\x7e]+$/);
  });

  it('has a dated wording version', () => {
    expect(callbackConsentWordingVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});
