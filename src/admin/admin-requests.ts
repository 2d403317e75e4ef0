import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { activitySchema } from '../domain/activities/activity';
import { outcomeAnswersSchema } from '../domain/callbacks/callback-outcome';
import { auditSubjectTypes } from '../domain/admin/admin-audit-entry';
import { callbackStatuses } from '../domain/callbacks/callback-request';
import { callbackViews } from '../domain/callbacks/callback-views';
import { siteIds } from '../domain/sites';
import { practitionerRoles } from '../teams/teams-directory';

/**
 * What the admin API's requests must look like, beside the handlers that take them: the HTTP
 * layer parses each request part with these schemas, so the handlers receive typed values.
 * Each `hint` is the message of the 400 when its part does not fit (the fields say where).
 */

/** A body that is a JSON object; its fields are checked by the handler (they depend on the path). */
const jsonObjectSchema = z.custom<Readonly<Record<string, unknown>>>(isObject, { error: 'a JSON object' });
export type JsonObject = z.infer<typeof jsonObjectSchema>;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `POST /api/admin/tokens`. */
/** A site token's name and lifetime (`POST .../tokens`). */
const tokenFields = {
  name: z.string().trim().min(1, 'give the token a name, e.g. Import script').max(100),
  expiresInDays: z.number().int().min(1).max(3_650).optional(),
};

export const issueTokenBody = {
  schema: z.strictObject({ siteId: z.enum(siteIds, { error: `one of ${siteIds.join(', ')}` }), name: tokenFields.name.optional(), expiresInDays: tokenFields.expiresInDays }),
  hint: 'Send { "siteId": "<site>", "name": "<what it is for>", "expiresInDays": <days> } (name and expiry optional).',
};

/** `POST /api/admin/sites/:siteId/tokens`. */
export const siteTokenBody = {
  schema: z.strictObject(tokenFields),
  hint: 'Send { "name": "<what it is for>", "expiresInDays": <days> } (expiry optional).',
};
export type SiteTokenBody = z.infer<typeof siteTokenBody.schema>;
export type IssueTokenBody = z.infer<typeof issueTokenBody.schema>;

/** A listing (create, replace). */
export const listingBody = { schema: jsonObjectSchema, hint: 'Send the listing as a JSON object.' };

/**
 * `POST .../activities/schedule-preview`: a listing's schedules, checked by the listing's own
 * schema (the form may send schedules not saved yet, without ids: they get one for the check).
 */
export const schedulePreviewBody = {
  schema: z.strictObject({
    schedules: z.preprocess(
      (value) => (Array.isArray(value) ? value.map((schedule: unknown) => (isObject(schedule) && !('id' in schedule) ? { ...schedule, id: randomUUID() } : schedule)) : value),
      activitySchema.shape.schedules,
    ),
  }),
  hint: 'Send { "schedules": [ ... ] }, as in a listing.',
};
export type SchedulePreviewBody = z.infer<typeof schedulePreviewBody.schema>;

/** `GET .../activities/:id/audit?limit=`: the newest entries first, 50 unless asked. */
export const listingAuditQuery = {
  schema: z.object({ limit: z.coerce.number({ error: 'a whole number from 1 to 500' }).int('a whole number from 1 to 500').min(1, 'a whole number from 1 to 500').max(500, 'a whole number from 1 to 500').default(50) }),
  hint: 'Ask for ?limit=<1 to 500>, or leave it out.',
};
export type ListingAuditQuery = z.infer<typeof listingAuditQuery.schema>;

/** `GET .../activities/export?format=csv|json`. */
export const exportQuery = {
  schema: z.object({ format: z.enum(['csv', 'json'], { error: 'csv or json' }).default('json') }),
  hint: 'Ask for ?format=csv or ?format=json.',
};
export type ExportQuery = z.infer<typeof exportQuery.schema>;

/** `POST .../activities/import?dryRun=true`: a preview, nothing saved (absent or false: the import is applied). */
export const importQuery = {
  schema: z.object({ dryRun: z.enum(['true', 'false'], { error: 'true or false' }).default('false').transform((value) => value === 'true') }),
  hint: 'Ask for ?dryRun=true to preview, or leave it out.',
};

/** A site's team details (replace). */
export const teamBody = { schema: jsonObjectSchema, hint: 'Send the team details as a JSON object.' };

/** `GET .../callbacks?status=&view=`. */
export const callbackListQuery = {
  schema: z.object({
    status: z.enum(callbackStatuses, { error: `one of ${callbackStatuses.join(', ')}` }).optional(),
    view: z.enum(callbackViews, { error: `one of ${callbackViews.join(', ')}` }).optional(),
  }),
  hint: 'Ask for ?status=requested, claimed, contacted, closed or cancelled, and/or ?view=new, mine, overdue, contacted or closed.',
};
export type CallbackListQuery = z.infer<typeof callbackListQuery.schema>;

/** `POST .../callbacks/:id/claim|contacted|close`: `by` is needed from a token (signed-in staff act as themselves). */
export const callbackTransitionBody = {
  schema: z.strictObject({
    by: z.string({ error: 'who did it: a name or id, 1 to 100 characters' }).trim().min(1, 'who did it: a name or id, 1 to 100 characters').max(100, 'at most 100 characters').optional(),
    reason: z.string().trim().max(500, 'at most 500 characters').optional(),
  }),
  hint: 'Send { "by"?: "<who>", "reason"?: "<why>" }.',
};
export type CallbackTransitionBody = z.infer<typeof callbackTransitionBody.schema>;

/** `POST .../callbacks/:id/outcome`: the outcome prompt's answers. */
export const callbackOutcomeBody = {
  schema: outcomeAnswersSchema,
  hint: 'Send { "contactOutcome": "reached" | "no-answer" | "voicemail" | "wrong-number", "supportOffered": [<codes>], "goalsAgreed": 0 to 5 }.',
};

/** An Entra id (tenant or object id): a GUID, kept in lower case. */
const entraId = z
  .string({ error: 'an Entra id (a GUID)' })
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'an Entra id (a GUID)')
  .transform((id) => id.toLowerCase());

/** `PUT .../teams/practitioners`: add a practitioner to the site, or change their role there. */
export const practitionerBody = {
  schema: z.strictObject({
    tenantId: entraId,
    aadObjectId: entraId,
    role: z.enum(practitionerRoles, { error: `one of ${practitionerRoles.join(', ')}` }),
  }),
  hint: 'Send { "tenantId": "<Entra tenant id>", "aadObjectId": "<Entra object id>", "role": "practitioner" | "site-admin" }.',
};
export type PractitionerBody = z.infer<typeof practitionerBody.schema>;

/** `DELETE .../teams/practitioners/:tenantId/:aadObjectId`. */
export const practitionerParams = {
  schema: z.object({ tenantId: entraId, aadObjectId: entraId }),
  hint: 'The path names no practitioner: use /teams/practitioners/<tenant id>/<object id>.',
};
export type PractitionerParams = z.infer<typeof practitionerParams.schema>;

/** `GET .../audit?subjectType=&subjectId=&limit=`: newest first, at most `limit` (100 unless given). */
export const auditQuery = {
  schema: z
    .object({
      subjectType: z.enum(auditSubjectTypes, { error: `one of ${auditSubjectTypes.join(', ')}` }).optional(),
      subjectId: z.string().min(1).max(200).optional(),
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
    })
    .refine((query) => query.subjectId === undefined || query.subjectType !== undefined, { path: ['subjectType'], error: 'give subjectType with subjectId' }),
  hint: 'Ask for ?subjectType=listing&subjectId=<id>&limit=50 (all optional; subjectId needs subjectType).',
};
export type AuditQuery = z.infer<typeof auditQuery.schema>;
