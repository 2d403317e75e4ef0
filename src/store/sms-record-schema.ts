import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

/** A number's latest messaging choice: STOP (opted out) or START (back in), and when. */
export interface SmsOptOutRecord {
  readonly optedOut: boolean;
  /** UTC ISO instant. */
  readonly at: string;
}

const optOutSchema = z.strictObject({ optedOut: z.boolean(), at: z.iso.datetime() });
const storedOptOutSchema = z.strictObject({ v: z.literal(1), optedOut: z.boolean(), at: z.iso.datetime() });

/** An opt-out record at rest (`{ v: 1, optedOut, at }`), checked when written and when read. */
export const smsOptOutCodec: RecordCodec<SmsOptOutRecord> = {
  name: 'SMS opt-out record',
  encode(record) {
    const parsed = optOutSchema.safeParse(record);
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an SMS opt-out record of an unknown shape');
    return JSON.stringify({ v: 1, ...parsed.data });
  },
  decode(raw) {
    const parsed = storedOptOutSchema.safeParse(parseStoredJson(raw, 'SMS opt-out record'));
    if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored SMS opt-out record has an unknown version or shape');
    return { optedOut: parsed.data.optedOut, at: parsed.data.at };
  },
};

/** How long a MessageSid stays claimed (Twilio's retries come well within it). */
export const smsClaimTtlSeconds = 86_400;
/** How long the rest of a long reply waits for MORE. */
export const smsRestTtlSeconds = 86_400;
