import type { SiteId } from '../domain/sites';
import type { TeamsConversation } from '../domain/teams/teams-conversation';

/** A practitioner's role at a site. */
export const practitionerRoles = ['practitioner', 'site-admin'] as const;
export type PractitionerRole = (typeof practitionerRoles)[number];

/** A practitioner as Teams names them: tenant id and Entra object id (never the per-bot `29:` id alone). */
export interface PractitionerIdentity {
  readonly tenantId: string;
  readonly aadObjectId: string;
}

/**
 * Where nudges go and who may act on them: each site's linked channel, practitioners' one-to-one
 * chats, and practitioners' roles per site. Built on the Teams stores; shared by every instance.
 */
export interface TeamsDirectory {
  /** The channel linked to the site (`link CODE`), if any and still installed. */
  siteChannel(siteId: SiteId): Promise<TeamsConversation | undefined>;
  /** The practitioner's one-to-one chat with the bot, if the bot has one. */
  personalChat(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined>;
  /** The practitioner's role at the site, if they have one there. */
  roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined>;
}
