import { z } from 'zod';
import { siteIds } from '../sites';
import { adminActorSchema } from './admin-actor';

/** What an admin change was made to. */
export const auditSubjectTypes = [
  'listing',
  'import',
  'team',
  'callback',
  'token',
  'practitioner',
  'taxonomy-mapping',
  'directory',
  'link-code',
  'site',
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];

/**
 * One entry of a site's admin audit trail: who (the actor), when, what (an action such as
 * `listing.updated`, the subject, a plain-English summary and, for edits, the fields that changed).
 * Never people's names, numbers or words: a callback is named by its reference code.
 */
export const adminAuditEntrySchema = z.strictObject({
  id: z.uuid(),
  /** UTC ISO instant. */
  at: z.iso.datetime({ offset: true }),
  siteId: z.enum(siteIds),
  actor: adminActorSchema,
  /** `<subject>.<verb>`, lower case: `listing.created`, `listing.retired`, `callback.details_opened`. */
  action: z.string().regex(/^[a-z-]+\.[a-z_]+$/).max(80),
  subject: z.strictObject({ type: z.enum(auditSubjectTypes), id: z.string().min(1).max(200).optional() }),
  /** Plain English for the trail: "Changed the schedule of Walking for Health". */
  summary: z.string().min(1).max(500),
  /** For edits: each field that changed (values only where they are listing or team data, never people's). */
  changes: z
    .array(z.strictObject({ field: z.string().max(100), from: z.string().max(300).optional(), to: z.string().max(300).optional() }))
    .max(100)
    .optional(),
});
export type AdminAuditEntry = z.infer<typeof adminAuditEntrySchema>;
