import { z } from 'zod';
import { siteIds } from '../domain/sites';
import { teamsConversationSchema, type TeamsConversation } from '../domain/teams/teams-conversation';
import { practitionerRoles } from '../teams/teams-directory';
import { versionedRecordCodec } from './record-codec';

/*
 * The Teams side's records at rest, each `{ v: 1, <field>: record }`, checked both ways. Ids only:
 * no names, no message text.
 */

/** A Teams conversation the bot can write to (`{ v: 1, conversation }`). */
export const teamsConversationCodec = versionedRecordCodec<TeamsConversation>({
  name: 'Teams conversation',
  article: 'a',
  schema: teamsConversationSchema,
  atRest: { field: 'conversation' },
  namePaths: true,
});

const id = z.string().trim().min(1).max(300);

/** A practitioner of one site: who (tenant id, Entra object id) and their role there. */
export const sitePractitionerSchema = z.strictObject({
  tenantId: id,
  aadObjectId: id,
  role: z.enum(practitionerRoles),
  /** UTC ISO instant they were added or their role last changed. */
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SitePractitioner = z.infer<typeof sitePractitionerSchema>;

export const sitePractitionerCodec = versionedRecordCodec<SitePractitioner>({
  name: 'site practitioner',
  article: 'a',
  schema: sitePractitionerSchema,
  atRest: { field: 'practitioner' },
  namePaths: true,
});

/** What a link code grants until it expires: linking one site's channel. */
export const linkCodeGrantSchema = z.strictObject({
  siteId: z.enum(siteIds),
  /** UTC ISO instant after which the code no longer works. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type LinkCodeGrant = z.infer<typeof linkCodeGrantSchema>;

export const linkCodeGrantCodec = versionedRecordCodec<LinkCodeGrant>({
  name: 'Teams link code',
  article: 'a',
  schema: linkCodeGrantSchema,
  atRest: { field: 'grant' },
  namePaths: true,
});

/** The channel a site is linked to. */
export const siteChannelSchema = z.strictObject({
  conversationId: id,
  /** UTC ISO instant it was linked. */
  linkedAt: z.iso.datetime({ offset: true }),
});
export type SiteChannel = z.infer<typeof siteChannelSchema>;

export const siteChannelCodec = versionedRecordCodec<SiteChannel>({
  name: 'site channel link',
  article: 'a',
  schema: siteChannelSchema,
  atRest: { field: 'channel' },
  namePaths: true,
});

/** A practitioner's key within a site: tenant and object id, without regard to case (they are GUIDs). */
export function practitionerKey(practitioner: { readonly tenantId: string; readonly aadObjectId: string }): string {
  return `${practitioner.tenantId}/${practitioner.aadObjectId}`.toLowerCase();
}
