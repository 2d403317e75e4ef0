import { describe, expect, it } from 'vitest';
import { smsHelpReply, smsKeywordOf, smsOptInReply, smsRateLimitNotice } from '../../adapters/sms/opt-out-words';
import { segmentInfo } from '../../adapters/sms/sms-segments';

describe('SMS keywords', () => {
  it.each(['STOP', 'stop', ' Stop ', 'STOPALL', 'unsubscribe', 'CANCEL', 'end', 'Quit\n'])('%j opts out', (body) => {
    expect(smsKeywordOf(body)).toBe('opt-out');
  });

  it.each(['START', 'yes', 'Unstop'])('%j opts back in', (body) => {
    expect(smsKeywordOf(body)).toBe('opt-in');
  });

  it.each(['HELP', 'info', ' Help '])('%j asks for help', (body) => {
    expect(smsKeywordOf(body)).toBe('help');
  });

  it('knows MORE in any case', () => {
    expect(smsKeywordOf('More')).toBe('more');
  });

  it.each(['stop it', 'please stop', 'cancel that', 'never mind', 'help me', 'yes please', 'STOP.', '', 'constructor', '__proto__'])(
    '%j is not a keyword: only the exact word counts',
    (body) => {
      expect(smsKeywordOf(body)).toBeUndefined();
    },
  );
});

describe('SMS channel texts', () => {
  it('HELP says what the service is, how to go on, and where urgent help is, in GSM-7 within 2 segments', () => {
    const help = smsHelpReply();
    expect(help).toContain('Living Well');
    expect(help).toContain('Text MENU');
    expect(help).toContain('999');
    expect(help).toContain('Samaritans 116 123');
    expect(segmentInfo(help)).toMatchObject({ encoding: 'GSM-7' });
    expect(segmentInfo(help).segments).toBeLessThanOrEqual(2);
  });

  it('the opt-in reply and the rate-limit notice are one GSM-7 segment each', () => {
    for (const text of [smsOptInReply(), smsRateLimitNotice()]) {
      expect(segmentInfo(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    }
    expect(smsRateLimitNotice()).toContain('116 123');
  });
});
