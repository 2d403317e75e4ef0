import { z } from 'zod';

/**
 * Who made an admin change, as the audit trail records it: the super admin (ADMIN_TOKEN), a named
 * site token (by its id, never the token), or a signed-in member of staff (Entra tenant and object
 * id, through the staff app's sign-in or Teams SSO). `name` is what the trail shows ("Sam Patel",
 * "Import script"); staff names come from their ID token and are staff data, not people's.
 */
export const adminActorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('super') }),
  z.strictObject({ kind: z.literal('site-token'), tokenId: z.string().min(1).max(100), name: z.string().max(100) }),
  z.strictObject({
    kind: z.literal('staff'),
    tenantId: z.string().min(1).max(300),
    aadObjectId: z.string().min(1).max(300),
    name: z.string().max(200).optional(),
  }),
]);
export type AdminActor = z.infer<typeof adminActorSchema>;

/** How the trail names an actor in words. */
export function actorLabel(actor: AdminActor): string {
  if (actor.kind === 'super') return 'The super admin';
  if (actor.kind === 'site-token') return actor.name === '' ? 'A site token' : `Site token "${actor.name}"`;
  return actor.name ?? 'A member of staff';
}
