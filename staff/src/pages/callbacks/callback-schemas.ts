import { z } from 'zod';
import { contactOutcomes, goalsProgressedCodes, supportOfferedCodes, supportStatuses } from '../../../../src/domain/callbacks/callback-outcome';
import { bestTimeIds, callbackStatuses } from '../../../../src/domain/callbacks/callback-request';
import { callbackViews } from '../../../../src/domain/callbacks/callback-views';

/**
 * The callback API's answers as the app reads them (`GET callbacks`, `GET callbacks/:id`). A
 * request whose person deleted their data comes without name, number or words, so those are
 * optional here.
 */

const instant = z.string();

/** One request on the work list. */
export const listedCallbackSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(callbackStatuses),
  requestedAt: instant,
  claimedAt: instant.optional(),
  claimedBy: z.string().optional(),
  contactedAt: instant.optional(),
  contactedBy: z.string().optional(),
  closedAt: instant.optional(),
  closedBy: z.string().optional(),
  cancelledAt: instant.optional(),
  erasedAt: instant.optional(),
  safetyReplyInConversation: z.literal(true).optional(),
  waitingTimeMs: z.number().nullable(),
  overdue: z.boolean(),
  mine: z.boolean(),
});
export type ListedCallback = z.infer<typeof listedCallbackSchema>;

export const callbackListSchema = z.object({
  total: z.number(),
  counts: z.record(z.enum(callbackViews), z.number()),
  callbacks: z.array(listedCallbackSchema),
});
export type CallbackList = z.infer<typeof callbackListSchema>;

/** The outcome as recorded (codes only). */
export const shownOutcomeSchema = z.object({
  contactOutcome: z.enum(contactOutcomes),
  supportOffered: z.array(z.enum(supportOfferedCodes)),
  goalsAgreed: z.number(),
  recordedAt: instant,
  review: z.object({ goalsProgressed: z.enum(goalsProgressedCodes), supportStatus: z.enum(supportStatuses), at: instant }).optional(),
});
export type ShownOutcome = z.infer<typeof shownOutcomeSchema>;

/** A request's details: what the cards leave out, its outcome and its history. */
export const callbackDetailsSchema = listedCallbackSchema.extend({
  name: z.string().optional(),
  phoneE164: z.string().optional(),
  bestTimes: z.array(z.enum(bestTimeIds)).optional(),
  about: z.string().optional(),
  closeReason: z.string().optional(),
  outcome: shownOutcomeSchema.nullable(),
  history: z.array(z.object({ at: instant, what: z.string() })),
});
export type CallbackDetails = z.infer<typeof callbackDetailsSchema>;
