import { z } from 'zod';
import { versionedRecordCodec } from './record-codec';

/** A number's latest messaging choice: STOP (opted out) or START (back in), and when. */
export interface SmsOptOutRecord {
  readonly optedOut: boolean;
  /** UTC ISO instant. */
  readonly at: string;
}

/** An opt-out record at rest (`{ v: 1, optedOut, at }`), checked when written and when read. */
export const smsOptOutCodec = versionedRecordCodec<SmsOptOutRecord>({
  name: 'SMS opt-out record',
  article: 'an',
  schema: z.strictObject({ optedOut: z.boolean(), at: z.iso.datetime() }),
  atRest: 'flat',
});

/** How long a MessageSid stays claimed (Twilio's retries come well within it). */
export const smsClaimTtlSeconds = 86_400;
/** How long the rest of a long reply waits for MORE. */
export const smsRestTtlSeconds = 86_400;
