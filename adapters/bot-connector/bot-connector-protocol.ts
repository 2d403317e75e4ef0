import { z } from 'zod';

/** Longest message text accepted from Bot Connector channels; Teams itself caps near 28 KB. */
export const maxActivityTextLength = 28_000;

/**
 * The parts of an inbound Bot Framework activity this service relies on. Other fields pass
 * through untouched for botbuilder; these must be present and well-formed.
 */
export const inboundActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  // Every Bot Connector channel sends both; a turn without them cannot know who is talking (400, not a
  // failed turn).
  from: z.looseObject({ id: z.string().min(1).max(512) }),
  recipient: z.looseObject({ id: z.string().max(512) }),
  text: z.string().max(maxActivityTextLength).optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Names the fields that are wrong (never their values: they may be personal). */
export function describeActivityProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`).join('; ');
}
