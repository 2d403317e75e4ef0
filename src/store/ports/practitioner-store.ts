import type { SiteId } from '../../domain/sites';
import type { PractitionerIdentity, PractitionerRole } from '../../teams/teams-directory';
import type { SitePractitioner } from '../../teams/site-practitioner';

/**
 * Each site's practitioners, known by tenant id and Entra object id (Teams' `29:` ids are per bot
 * and never used here), with their role at the site. Shared by every instance; managed through the
 * admin API.
 */
export interface PractitionerStore {
  /** The site's practitioners, in no particular order. */
  list(siteId: SiteId): Promise<SitePractitioner[]>;
  /**
   * Adds the practitioner to the site, or changes their role there.
   * @throws AppError STORE_RECORD_INVALID when it does not fit the schema.
   */
  put(siteId: SiteId, practitioner: SitePractitioner): Promise<'added' | 'updated'>;
  /** Removes the practitioner from the site; false when they were not there. */
  remove(siteId: SiteId, practitioner: PractitionerIdentity): Promise<boolean>;
  /** The practitioner's role at the site, if they have one there. */
  roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined>;
}
