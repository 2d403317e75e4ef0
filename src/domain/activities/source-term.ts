import { z } from 'zod';

/**
 * A taxonomy term as a directory gave it on an imported listing: which vocabulary (Open Referral
 * UK's, esd, Open Eligibility, the directory's own), its code (or id), and its label. Kept on the
 * listing so the site's mapping table can give it a kind later (`taxonomy-mapping.ts`).
 */
export const sourceTermSchema = z.strictObject({
  vocabulary: z.string().min(1).max(100),
  code: z.string().min(1).max(200),
  label: z.string().min(1).max(200).optional(),
});
export type SourceTerm = z.infer<typeof sourceTermSchema>;
