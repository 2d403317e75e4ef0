import { z } from 'zod';
import { baseActivitySchema } from '../channel';

/** Longest message text accepted from Bot Connector channels; Teams itself caps near 28 KB. */
export const maxActivityTextLength = 28_000;

/**
 * The parts of an inbound Bot Framework activity this service relies on: the base activity (every
 * Bot Connector channel sends `from` and `recipient`; a turn without them is a 400, not a failed
 * turn), with the text capped and the delivery mode known. Other fields pass through untouched for
 * botbuilder.
 */
export const inboundActivitySchema = baseActivitySchema.extend({
  text: z.string().max(maxActivityTextLength).optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Names the fields that are wrong (never their values: they may be personal). */
export function describeActivityProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`).join('; ');
}
