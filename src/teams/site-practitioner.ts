import { z } from 'zod';
import { practitionerRoles, type PractitionerIdentity } from './teams-directory';

/**
 * A practitioner of one site: who (tenant id, Entra object id) and their role there. Beside the
 * roles (the TeamsDirectory port), which the domain does not know.
 */
export const sitePractitionerSchema = z.strictObject({
  tenantId: z.string().trim().min(1).max(300),
  aadObjectId: z.string().trim().min(1).max(300),
  role: z.enum(practitionerRoles),
  /** UTC ISO instant they were added or their role last changed. */
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SitePractitioner = z.infer<typeof sitePractitionerSchema>;

/** A practitioner's key within a site: tenant and object id, without regard to case (they are GUIDs). */
export function practitionerKey(practitioner: PractitionerIdentity): string {
  return `${practitioner.tenantId}/${practitioner.aadObjectId}`.toLowerCase();
}
