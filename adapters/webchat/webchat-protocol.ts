import { z } from 'zod';

/** Longest message text a person may send on web chat (Azure Direct Line's own limit is far higher). */
export const maxWebChatTextLength = 4_000;

/**
 * An activity posted by a Direct Line client. Only what the bot uses is kept; the server fills in
 * who sent it and where, from the token, so a client cannot speak as someone else. Fields are
 * present or left out (the body is JSON, which has no undefined), as botbuilder's `Activity` types them.
 */
export const postedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().exactOptional(),
  textFormat: z.string().max(20).exactOptional(),
  locale: z.string().max(20).exactOptional(),
  name: z.string().max(200).exactOptional(),
  value: z.unknown().exactOptional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(200) })).max(10).exactOptional(),
  channelData: z
    .looseObject({
      clientActivityID: z.string().max(200).exactOptional(),
      clientTimestamp: z.string().max(64).exactOptional(),
    })
    .exactOptional(),
});

export type PostedActivity = z.infer<typeof postedActivitySchema>;
