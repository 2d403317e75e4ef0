import type { SiteId } from '../../domain/sites';
import type { PractitionerIdentity, PractitionerRole } from '../../teams/teams-directory';
import type { PractitionerStore } from '../ports';
import { practitionerKey, type SitePractitioner } from '../../teams/site-practitioner';
import { sitePractitionerCodec } from '../teams-record-schema';

/** Sites' practitioners in this process's memory, kept encoded. */
export class MemoryPractitionerStore implements PractitionerStore {
  /** Site → practitioner key → encoded record. */
  private readonly sites = new Map<SiteId, Map<string, string>>();

  async list(siteId: SiteId): Promise<SitePractitioner[]> {
    return [...(this.sites.get(siteId)?.values() ?? [])].map((raw) => sitePractitionerCodec.decode(raw));
  }

  async put(siteId: SiteId, practitioner: SitePractitioner): Promise<'added' | 'updated'> {
    const { raw, value } = sitePractitionerCodec.encode(practitioner);
    const site = this.sites.get(siteId) ?? new Map<string, string>();
    const key = practitionerKey(value);
    const known = site.has(key);
    site.set(key, raw);
    this.sites.set(siteId, site);
    return known ? 'updated' : 'added';
  }

  async remove(siteId: SiteId, practitioner: PractitionerIdentity): Promise<boolean> {
    return this.sites.get(siteId)?.delete(practitionerKey(practitioner)) ?? false;
  }

  async roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined> {
    const raw = this.sites.get(siteId)?.get(practitionerKey(practitioner));
    return raw === undefined ? undefined : sitePractitionerCodec.decode(raw).role;
  }
}
