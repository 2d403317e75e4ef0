import { z } from 'zod';

/** The Teams channel a site's nudges go to, linked with a one-time code. */
export const siteChannelSchema = z.strictObject({
  conversationId: z.string().trim().min(1).max(300),
  /** UTC ISO instant it was linked. */
  linkedAt: z.iso.datetime({ offset: true }),
});
export type SiteChannel = z.infer<typeof siteChannelSchema>;
