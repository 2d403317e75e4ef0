import { describe, expect, it } from 'vitest';
import { OfflineSafetyChecks } from '../../src/bot/offline-safety-checks';
import { safetyCheckAnswer, safetyCheckQuestion } from '../../src/domain/safety-check';
import { keyedReferences } from '../../src/store/keyed-reference';

describe('safetyCheckAnswer', () => {
  it.each(['yes', 'Yes', 'yeah', 'YEP', 'aye', 'maybe', 'not sure', 'I dont know', 'i don’t know', 'kind of', 'a bit', 'sometimes', '1', 'yes, i keep thinking about it'])(
    'takes %j as yes (uncertainty gets the full reply)',
    (text) => {
      expect(safetyCheckAnswer(text)).toBe('yes');
    },
  );

  it.each(['no', 'No.', 'nope', 'nah', 'no im fine', 'I’m ok', 'not really', 'definitely not', '2', 'no, just tired'])('takes %j as no', (text) => {
    expect(safetyCheckAnswer(text)).toBe('no');
  });

  it.each(['why do you ask', 'what', 'menu', '', undefined])('takes %j as unclear', (text) => {
    expect(safetyCheckAnswer(text)).toBe('unclear');
  });
});

describe('safetyCheckQuestion', () => {
  it('asks directly, with 999, Samaritans, Shout and the nation\'s NHS route in the same message', () => {
    const england = safetyCheckQuestion(['suicide_self_harm'], 'england');
    expect(england).toContain('Are you thinking about harming yourself or someone else?');
    for (const number of ['999', '116 123', '85258', 'option 2']) expect(england).toContain(number);
    expect(safetyCheckQuestion(['suicide_self_harm'], 'scotland')).toContain('NHS 24');
    expect(safetyCheckQuestion(['abuse_safeguarding'], undefined)).toContain('Is someone hurting you, or is a child or someone else being hurt?');
  });
});

describe('OfflineSafetyChecks', () => {
  it('remembers a question until it is answered or expires, and keeps at most its capacity', () => {
    const checks = new OfflineSafetyChecks(keyedReferences('a-test-reference-secret-that-is-long-enough'), 1_000, 2);
    checks.remember('sms/sms:+447700900123', ['suicide_self_harm'], 0);
    expect(checks.peek('sms/sms:+447700900123', 500)).toEqual(['suicide_self_harm']);
    expect(checks.peek('sms/sms:+447700900123', 1_500)).toBeUndefined();
    checks.remember('a', ['overdose'], 0);
    checks.remember('b', ['overdose'], 0);
    checks.remember('c', ['overdose'], 0);
    expect(checks.peek('a', 1)).toBeUndefined();
    expect(checks.peek('c', 1)).toEqual(['overdose']);
    checks.forget('c');
    expect(checks.peek('c', 1)).toBeUndefined();
  });
});
