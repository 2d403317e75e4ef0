import { SegmentedMessage } from 'sms-segments-calculator';

/**
 * How an SMS body is encoded. GSM-7 carries 160 characters in one message (153 in each part of a
 * longer one); a single character outside GSM-7 (a curly quote, an emoji) sends the whole body as
 * UCS-2: 70 characters, 67 per part.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** What one SMS body costs, as the network counts it. */
export interface SegmentInfo {
  readonly encoding: SmsEncoding;
  /** How many parts (segments) the body goes as; each is billed as one SMS. */
  readonly segments: number;
  /**
   * Characters as they count against the limits: in GSM-7 the extension characters
   * (€ [ ] { } \ ^ ~ | and form feed) count 2; in UCS-2 a character outside the Basic
   * Multilingual Plane (most emoji) counts 2.
   */
  readonly characters: number;
}

/** Bits per counted character: GSM-7 packs septets, UCS-2 uses 16-bit code units. */
const bitsPerCharacter: Readonly<Record<SmsEncoding, number>> = { 'GSM-7': 7, 'UCS-2': 16 };

/**
 * The encoding, segment count and counted characters of one SMS body, as Twilio would send it
 * (without its optional Smart Encoding: replace characters first with `toGsm7Friendly`).
 * Uses `sms-segments-calculator` (Twilio's own calculator), so a GSM-7 extension character is
 * never split across two parts and an emoji never split between its halves.
 */
export function segmentInfo(text: string): SegmentInfo {
  const message = new SegmentedMessage(text, 'auto');
  const encoding: SmsEncoding = message.encodingName === 'UCS-2' ? 'UCS-2' : 'GSM-7';
  return {
    encoding,
    segments: text === '' ? 0 : message.segmentsCount,
    characters: Math.round(message.messageSize / bitsPerCharacter[encoding]),
  };
}
