import type { SiteId } from '../../domain/sites';
import type { PractitionerIdentity, PractitionerRole } from '../../teams/teams-directory';
import type { PractitionerStore } from '../ports';
import { practitionerKey, type SitePractitioner } from '../../teams/site-practitioner';
import { sitePractitionerCodec } from '../teams-record-schema';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** One hash per site, `{msteams}:practitioners:<siteId>`: `<tenant>/<object id>` → `{ v: 1, practitioner }`. */
const siteKey = (siteId: SiteId) => `{msteams}:practitioners:${siteId}`;

/** Sites' practitioners on Redis. */
export class RedisPractitionerStore implements PractitionerStore {
  constructor(private readonly redis: RedisCommands) {}

  async list(siteId: SiteId): Promise<SitePractitioner[]> {
    const raws = await redisCall("listing a site's practitioners", this.redis.hvals(siteKey(siteId)));
    return raws.map((raw) => sitePractitionerCodec.decode(raw));
  }

  async put(siteId: SiteId, practitioner: SitePractitioner): Promise<'added' | 'updated'> {
    const { raw, value } = sitePractitionerCodec.encode(practitioner);
    const added = await redisCall('saving a practitioner', this.redis.hset(siteKey(siteId), practitionerKey(value), raw));
    return added === 1 ? 'added' : 'updated';
  }

  async remove(siteId: SiteId, practitioner: PractitionerIdentity): Promise<boolean> {
    return (await redisCall('removing a practitioner', this.redis.hdel(siteKey(siteId), practitionerKey(practitioner)))) > 0;
  }

  async roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined> {
    const raw = await redisCall("reading a practitioner's role", this.redis.hget(siteKey(siteId), practitionerKey(practitioner)));
    return raw === null ? undefined : sitePractitionerCodec.decode(raw).role;
  }
}
