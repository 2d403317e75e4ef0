import { describe, expect, it } from 'vitest';
import { findUkPhoneNumbers, isMobile, parseUkPhone } from '../../src/domain/callbacks/uk-phone';

describe('reading a UK phone number', () => {
  it.each([
    ['07700 900123', '+447700900123', '07700 900123'],
    ['+44 7700 900123', '+447700900123', '07700 900123'],
    ['+447700900123', '+447700900123', '07700 900123'],
    ['0044 7700 900123', '+447700900123', '07700 900123'],
    ['447700900123', '+447700900123', '07700 900123'],
    ['0161 496 0123', '+441614960123', '0161 496 0123'],
    ['0161-496-0123', '+441614960123', '0161 496 0123'],
    ['+44 (0) 161 496 0123', '+441614960123', '0161 496 0123'],
    ['(0131) 496 0000', '+441314960000', '0131 496 0000'],
    ['020 7946 0000', '+442079460000', '020 7946 0000'],
    ['  0113 496 0999  ', '+441134960999', '0113 496 0999'],
    ['01632 960123', '+441632960123', '01632 960123'],
    ['0800 83 85 87', '+44800838587', '0800 838587'],
    ['0300 123 1234', '+443001231234', '0300 123 1234'],
  ])('reads %j as %s, shown as %s', (text, e164, display) => {
    expect(parseUkPhone(text)).toEqual({ ok: true, e164, display });
  });

  it("accepts every Ofcom drama range the tests and examples use, as libphonenumber's metadata alone does not", () => {
    for (const text of ['07700 900000', '07700 900999', '0161 496 0000', '0161 496 0999', '0131 496 0999', '01632 960000', '028 9649 6000', '029 2018 0000', '0191 498 0000']) {
      expect(parseUkPhone(text).ok, text).toBe(true);
    }
  });

  it('accepts real allocated mobiles, including the Isle of Man and Channel Islands on +44', () => {
    expect(parseUkPhone('07911 123456')).toMatchObject({ ok: true, e164: '+447911123456' });
    expect(parseUkPhone('07624 123456')).toMatchObject({ ok: true, e164: '+447624123456' });
  });

  it.each(['12345', '116 123', '999', '0161 496 012', '07700 9001234', '0161 496 0123 0161 496 0124', '00000 000000'])('calls %j invalid', (text) => {
    expect(parseUkPhone(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each(['+1 555 0100', '+1 202 555 0100', '+33 1 23 45 67 89', '0033 1 23 45 67 89', '+353 85 123 4567'])('calls %j not UK', (text) => {
    expect(parseUkPhone(text)).toEqual({ ok: false, reason: 'not-uk' });
  });

  it.each([undefined, '', '   ', 'abc', 'call me', 'my number is 07700 900123', '07700 CALLME', '0800 FLOWERS', '07700 900123 ext 5', 'tel:+447700900123', '+', '-- ()'])(
    'calls %j not a number',
    (text) => {
      expect(parseUkPhone(text)).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );

  it('refuses numbers a team would not call back: premium rate, personal numbers and pagers', () => {
    expect(parseUkPhone('0909 879 0000')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseUkPhone('09098 790123')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseUkPhone('07012 345678')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseUkPhone('07600 123456').ok).toBe(false);
  });

  it('gives the same E.164 however the number is written', () => {
    const forms = ['07700 900123', '07700900123', '+44 7700 900 123', '+44 (0)7700 900123', '0044-7700-900123', '(07700) 900123'];
    expect(new Set(forms.map((text) => {
      const phone = parseUkPhone(text);
      return phone.ok ? phone.e164 : phone.reason;
    }))).toEqual(new Set(['+447700900123']));
  });
});

describe('telling a mobile, for "can we text you?"', () => {
  it('knows UK mobiles, the drama mobile range and Crown Dependency mobiles', () => {
    expect(isMobile('+447700900123')).toBe(true);
    expect(isMobile('+447911123456')).toBe(true);
    expect(isMobile('+447624123456')).toBe(true);
  });

  it('says no to landlines, freephone, non-mobile 07 numbers, other countries and anything not canonical', () => {
    expect(isMobile('+441614960123')).toBe(false);
    expect(isMobile('+442079460000')).toBe(false);
    expect(isMobile('+44800838587')).toBe(false);
    expect(isMobile('+447012345678')).toBe(false);
    expect(isMobile('+353851234567')).toBe(false);
    expect(isMobile('07700 900123')).toBe(false);
    expect(isMobile('')).toBe(false);
  });

  it('agrees with parseUkPhone: the e164 it returns can be asked about', () => {
    const phone = parseUkPhone('07700 900456');
    expect(phone.ok && isMobile(phone.e164)).toBe(true);
  });
});

describe('finding UK phone numbers in a text', () => {
  const found = (text: string) => findUkPhoneNumbers(text).map((phone) => ({ written: text.slice(phone.start, phone.end), e164: phone.e164 }));

  it('finds each number as it is written, with its E.164, drama ranges included', () => {
    expect(found('Phone: 0161 496 0234\nText: 07700 900104\nOr call +44 (0) 131 496 0000, or 0800 83 85 87.')).toEqual([
      { written: '0161 496 0234', e164: '+441614960234' },
      { written: '07700 900104', e164: '+447700900104' },
      { written: '+44 (0) 131 496 0000', e164: '+441314960000' },
      { written: '0800 83 85 87', e164: '+44800838587' },
    ]);
  });

  it('leaves out the bracket of a number written in brackets, and keeps the brackets of a number written with them', () => {
    expect(found('your number (07700 900123) and [0161 496 0234]; or (0161) 496 0235')).toEqual([
      { written: '07700 900123', e164: '+447700900123' },
      { written: '0161 496 0234', e164: '+441614960234' },
      { written: '(0161) 496 0235', e164: '+441614960235' },
    ]);
  });

  it("finds the shortest UK numbers, written with their 0 (Childline's 0800 1111)", () => {
    expect(found('Childline: call 0800 1111, any time.')).toEqual([{ written: '0800 1111', e164: '+448001111' }]);
  });

  it('finds nothing in dates, times, prices, references, ratings, short numbers or numbers of other countries', () => {
    for (const text of [
      'Tuesday 9 December 2025, 10:30am to 11:30am',
      '2025-12-06 at 23:49',
      'Cost: £1234567 for the year',
      'Your reference is CB-12345678.',
      'Sleep better: 4 → 7, up 3',
      'call 999, 111 or 116 123; text SHOUT to 85258',
      'Call +1 202 555 0100',
      '09098 790123 is premium rate',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
