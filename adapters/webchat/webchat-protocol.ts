import { z } from 'zod';

/** Longest message text a person may send on web chat (Azure Direct Line's own limit is far higher). */
export const maxWebChatTextLength = 4_000;

/**
 * An activity posted by a Direct Line client. Only what the bot uses is kept; the server fills in
 * who sent it and where, from the token, so a client cannot speak as someone else.
 */
export const postedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.string().max(20).optional(),
  locale: z.string().max(20).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(200) })).max(10).optional(),
  channelData: z
    .looseObject({
      clientActivityID: z.string().max(200).optional(),
      clientTimestamp: z.string().max(64).optional(),
    })
    .optional(),
});

export type PostedActivity = z.infer<typeof postedActivitySchema>;
