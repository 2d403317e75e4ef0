import { describe, expect, it } from 'vitest';
import { gentleCheckIn, isDismissal, safetyReply } from '../../src/domain/safety-reply';

describe('safetyReply', () => {
  it('always names 999, Samaritans and Shout, and says what the companion is not', () => {
    for (const nation of ['england', 'scotland', undefined] as const) {
      const { text } = safetyReply({ level: 'concern', categories: ['suicide_self_harm'] }, nation);
      expect(text).toContain('999');
      expect(text).toContain('116 123');
      expect(text).toContain('text SHOUT to 85258');
      expect(text).toContain('not a crisis service');
      expect(text).not.toMatch(/someone (is|will be) (watching|reading)/i);
    }
  });

  it('gives England NHS 111 option 2, and Scotland NHS 24 and Breathing Space', () => {
    const england = safetyReply({ level: 'concern', categories: ['overdose'] }, 'england').text;
    const scotland = safetyReply({ level: 'concern', categories: ['overdose'] }, 'scotland').text;
    expect(england).toContain('option 2');
    expect(england).not.toContain('Breathing Space');
    expect(scotland).toContain('NHS 24');
    expect(scotland).toContain('Breathing Space: call 0800 83 85 87');
    expect(scotland).not.toContain('option 2)');
  });

  it('with no area, names 111 for both nations', () => {
    const { text } = safetyReply({ level: 'concern', categories: ['eating_disorder'] }, undefined);
    expect(text).toContain('in England choose the mental health option');
    expect(text).toContain('in Scotland it is NHS 24');
  });

  it('leads with acting now when the level is urgent', () => {
    const { text, marker } = safetyReply({ level: 'urgent', categories: ['overdose'] }, 'england');
    expect(text).toContain('call 999 or go to A&E now');
    expect(marker).toEqual({ level: 'urgent', categories: ['overdose'] });
  });

  it('speaks to danger from someone else for abuse and safeguarding', () => {
    const { text } = safetyReply({ level: 'concern', categories: ['abuse_safeguarding'] }, 'england');
    expect(text).toContain('If you or a child are in danger, call 999');
  });
});

describe('isDismissal', () => {
  it.each(["I'm fine", 'im fine', 'I’m OK', 'fine.', 'forget it', 'never mind', 'just joking', 'lol', 'im fine, forget it', "I'm fine forget it", 'ok. never mind lol', 'Fine! Forget I said anything'])(
    'takes %j as brushing off a concern',
    (text) => {
      expect(isDismissal(text)).toBe(true);
    },
  );

  it.each(["I'm fine with going on Tuesday", 'not fine at all', 'fine, show me activities', 'forget it, I still want to die', '2', '', '...', undefined])('does not take %j as a brush-off', (text) => {
    expect(isDismissal(text)).toBe(false);
  });

  it('has a gentle check-in that keeps Samaritans and 999 in view', () => {
    expect(gentleCheckIn()).toContain('116 123');
    expect(gentleCheckIn()).toContain('999');
  });
});

describe('normaliseText', () => {
  it('leaves words that are also JavaScript object keys alone', async () => {
    const { normaliseText } = await import('../../src/domain/risk/normalise-text');
    expect(normaliseText('my constructor said toString')).toBe('my constructor said tostring');
  });
});
