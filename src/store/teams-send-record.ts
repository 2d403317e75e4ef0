import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { SendBucket, SentRecord } from './ports';

/** A keyed send's result as stored (ids only), versioned. */
const sentRecordSchema = z.strictObject({ v: z.literal(1), conversationId: z.string().min(1), activityId: z.string().min(1) });

/** A send key: ids and codes (e.g. `callback.<id>.card`), no spaces; it names store keys. */
const sendKeySchema = z.string().regex(/^[A-Za-z0-9_.:@-]{1,200}$/);

/** The stored form of a keyed send's result. */
export function encodeSentRecord(sent: SentRecord): string {
  return JSON.stringify({ v: 1, conversationId: sent.conversationId, activityId: sent.activityId });
}

/**
 * A stored result read back.
 * @throws AppError STORE_RECORD_INVALID
 */
export function decodeSentRecord(raw: string): SentRecord {
  const parsed = sentRecordSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'a Teams send record does not fit its schema');
  return { conversationId: parsed.data.conversationId, activityId: parsed.data.activityId };
}

/**
 * Checks a send key before it names a store key.
 * @throws AppError BAD_REQUEST
 */
export function checkedSendKey(key: string): string {
  if (!sendKeySchema.safeParse(key).success) throw new AppError('BAD_REQUEST', 'a Teams send key is letters, digits and . _ : @ - (at most 200)');
  return key;
}

/** A bucket's tokens now, from what it had at `at` (a bucket never seen is full). */
export function refilled(bucket: SendBucket, tokens: number | undefined, at: number | undefined, now: number): number {
  if (tokens === undefined || at === undefined) return bucket.burst;
  return Math.min(bucket.burst, tokens + (Math.max(0, now - at) * bucket.perSecond) / 1000);
}

/** How long until a bucket holding `tokens` has one. */
export function msUntilToken(bucket: SendBucket, tokens: number): number {
  return Math.ceil(((1 - tokens) * 1000) / bucket.perSecond);
}
