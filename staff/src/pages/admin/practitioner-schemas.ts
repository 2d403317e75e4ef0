import { z } from 'zod';

/** A site's practitioner as `GET teams/practitioners` lists them. */
export const listedPractitionerSchema = z.object({
  tenantId: z.string(),
  aadObjectId: z.string(),
  role: z.enum(['practitioner', 'site-admin']),
  updatedAt: z.string(),
  reachable: z.enum(['yes', 'no-chat', 'blocked']),
});
export type ListedPractitioner = z.infer<typeof listedPractitionerSchema>;

export const practitionerListSchema = z.object({ practitioners: z.array(listedPractitionerSchema) });

/** Whether Teams nudges reach them, in words. */
export const reachLabels: Readonly<Record<ListedPractitioner['reachable'], string>> = {
  yes: 'Yes',
  'no-chat': 'Not yet: they have not opened a chat with the bot in Teams',
  blocked: 'No: they have blocked the bot in Teams',
};
