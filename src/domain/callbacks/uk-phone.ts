import { findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * UK phone numbers for callbacks: what a person types ("07700 900123", "+44 161 496 0123",
 * "(0131) 496 0000") read with libphonenumber's full ("max") metadata, the set that checks each
 * number against the ranges actually allocated, and can tell a mobile from a landline.
 *
 * Ofcom's drama ranges (numbers kept free for TV, documentation and tests, e.g. 07700 900xxx and
 * 0161 496 0xxx) are accepted too. Most of them fall in allocated ranges and libphonenumber takes
 * them anyway; two do not (07700 900xxx and 01632 960xxx) and neither metadata set ("min" nor
 * "max") accepts them, so they are listed here. Nobody is ever called on them, and accepting them
 * lets examples, demos and tests use numbers that can never belong to a real person.
 */

/** The number read: canonical E.164 and the British national format, or why not. */
export type PhoneParse = { ok: true; e164: string; display: string } | { ok: false; reason: 'not-a-number' | 'not-uk' | 'invalid' };

/** A phone number's characters: digits and the punctuation people put between them. */
const phoneCharacters = /^[\p{Nd}\s+().\-/]+$/u;

/**
 * Ofcom's drama numbers as national significant numbers (no leading 0): mobiles 07700 900000–999,
 * "no area" 01632 960xxx, the city ranges (0113–0118 496 0xxx, 0121/0131/0141/0151/0161 496 0xxx,
 * 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx, 029 2018 0xxx), freephone 08081 570xxx and UK-wide
 * 03069 990xxx. The premium-rate drama range (0909 8790xxx) is left out: premium rate is refused.
 */
const dramaNumber = /^(?:7700900|1632960|11[3-8]4960|1[2-6]14960|1914980|2079460|2896496|2920180|8081570|3069990)\d{3}$/;
const dramaMobile = /^7700900\d{3}$/;

/**
 * Valid UK numbers a Living Well team would still not call back: premium rate (09), personal
 * numbers (070, which forward anywhere at the caller's expense, a known fraud) and pagers (076).
 */
const uncallableTypes: ReadonlySet<string> = new Set(['PREMIUM_RATE', 'PERSONAL_NUMBER', 'PAGER']);

/**
 * Reads a UK phone number as someone typed it. The reply must be just the number (digits,
 * spaces, `+`, brackets, dashes, dots or slashes): anything with letters in it, or nothing at
 * all, is `not-a-number` (people confirm the number before a callback, so "my number is …" is
 * asked again rather than guessed at). National ("0161 496 0123"), international ("+44 161 496
 * 0123", "0044 …", "+44 (0) 161 …") and bare ("447700900123") forms are read.
 *
 * - `not-uk`: a number with another country calling code ("+1 202 555 0100").
 * - `invalid`: digits that are no UK number ("12345", "116 123", too long, an unallocated
 *   range), and UK numbers a team would not call back (premium rate, 070, pagers).
 *
 * Numbers on +44 include the Isle of Man, Guernsey and Jersey, which are dialled as UK numbers.
 */
export function parseUkPhone(text: string | undefined): PhoneParse {
  const trimmed = text?.trim() ?? '';
  if (!phoneCharacters.test(trimmed) || !/\p{Nd}/u.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const phone = parsePhoneNumberFromString(trimmed, { defaultCountry: 'GB', extract: false });
  if (phone === undefined) return { ok: false, reason: looksInternationalNotUk(trimmed) ? 'not-uk' : 'invalid' };
  if (phone.countryCallingCode !== '44') return { ok: false, reason: 'not-uk' };
  if (!isCallableUkNumber(phone)) return { ok: false, reason: 'invalid' };
  return { ok: true, e164: phone.number, display: phone.formatNational() };
}

/** Eight digits with only phone punctuation between them: the fewest a UK number has, written with its 0 (Childline, "0800 1111"). */
const eightDigits = /\p{Nd}(?:[\s()+\-./]*\p{Nd}){7}/u;

/** A UK phone number found in a longer text: where it is (`text.slice(start, end)`), and its E.164. */
export interface PhoneInText {
  readonly start: number;
  readonly end: number;
  readonly e164: string;
}

/**
 * The UK phone numbers written in a text ("Phone: 0161 496 0234", "call 0800 83 85 87"), each one
 * a number {@link parseUkPhone} accepts. libphonenumber finds the candidates at its "possible"
 * leniency, so that the drama ranges are found too; parseUkPhone then turns away what is not a
 * callable UK number (dates, references, prices, other countries, premium rate). Short numbers
 * such as 999 or 116 123 are not phone numbers in this sense and are not found.
 */
export function findUkPhoneNumbers(text: string): PhoneInText[] {
  // libphonenumber's search takes a fraction of a millisecond even when there is nothing to find.
  if (!eightDigits.test(text)) return [];
  return findPhoneNumbersInText(text, { defaultCountry: 'GB', extended: true }).flatMap((found) => {
    const start = afterUnclosedBracket(text.slice(found.startsAt, found.endsAt)) + found.startsAt;
    const parsed = parseUkPhone(text.slice(start, found.endsAt));
    return parsed.ok ? [{ start, end: found.endsAt, e164: parsed.e164 }] : [];
  });
}

/**
 * 1 when `written` starts with a bracket it does not close, else 0. libphonenumber takes in the
 * opening bracket of "your number (07700 900123)" but not the closing one; a number's own brackets
 * are closed inside it, as in "(0161) 496 0234".
 */
function afterUnclosedBracket(written: string): number {
  const closing = written.startsWith('(') ? ')' : written.startsWith('[') ? ']' : undefined;
  return closing !== undefined && !written.includes(closing) ? 1 : 0;
}

/**
 * True when a canonical E.164 number is a UK mobile (07…, including the Crown Dependencies'
 * mobiles and the 07700 900xxx drama range), so it can take a text message. Pagers (076) and
 * personal numbers (070) start with 07 too but are not mobiles.
 */
export function isMobile(e164: string): boolean {
  const phone = parsePhoneNumberFromString(e164, { extract: false });
  if (phone === undefined || phone.number !== e164 || phone.countryCallingCode !== '44') return false;
  return dramaMobile.test(phone.nationalNumber) || phone.getType() === 'MOBILE';
}

function isCallableUkNumber(phone: PhoneNumber): boolean {
  if (dramaNumber.test(phone.nationalNumber)) return true;
  if (!phone.isValid()) return false;
  const type = phone.getType();
  return type === undefined || !uncallableTypes.has(type);
}

/** "+1 …" or "001 …": written as an international number, and not on +44. */
function looksInternationalNotUk(text: string): boolean {
  const compact = text.replace(/[^\p{Nd}+]/gu, '');
  const international = /^(?:\+|00)(\d*)$/.exec(compact);
  return international !== null && !(international[1] ?? '').startsWith('44');
}
