import type { Activity } from '../../domain/activities/activity';
import type { SiteId } from '../../domain/sites';
import { activityRecordCodec, adminTokenCodec, byNameThenId, checkedTokenHash, encodeActivityBatch } from '../activity-record-schema';
import type { ActivityStore, AdminTokenGrant, AdminTokenStore } from '../ports';

/**
 * Listings in this process's memory, with the Redis store's contract: kept encoded (checked both
 * ways, copied in and out) and a batch checked whole before any of it is written.
 */
export class MemoryActivityStore implements ActivityStore {
  private readonly entries = new Map<string, { readonly siteId: SiteId; readonly raw: string }>();
  private changes = 0;

  async list(siteId?: SiteId): Promise<Activity[]> {
    const activities: Activity[] = [];
    for (const entry of this.entries.values()) {
      if (siteId === undefined || entry.siteId === siteId) activities.push(activityRecordCodec.decode(entry.raw));
    }
    return activities.sort(byNameThenId);
  }

  async get(id: string): Promise<Activity | undefined> {
    const entry = this.entries.get(id);
    return entry === undefined ? undefined : activityRecordCodec.decode(entry.raw);
  }

  async putMany(activities: readonly Activity[]): Promise<{ created: number; updated: number }> {
    const batch = encodeActivityBatch(activities);
    let created = 0;
    for (const { id, siteId, raw } of batch) {
      if (!this.entries.has(id)) created += 1;
      this.entries.set(id, { siteId, raw });
    }
    if (batch.length > 0) this.changes += 1;
    return { created, updated: batch.length - created };
  }

  async delete(id: string): Promise<boolean> {
    const existed = this.entries.delete(id);
    if (existed) this.changes += 1;
    return existed;
  }

  async version(): Promise<number> {
    return this.changes;
  }
}

/** Site admin tokens in this process's memory (lost on restart, as everything in embedded mode). */
export class MemoryAdminTokenStore implements AdminTokenStore {
  private readonly grants = new Map<string, string>();

  async add(tokenHash: string, grant: AdminTokenGrant): Promise<void> {
    this.grants.set(checkedTokenHash(tokenHash), adminTokenCodec.encode(grant).raw);
  }

  async find(tokenHash: string): Promise<AdminTokenGrant | undefined> {
    const raw = this.grants.get(tokenHash);
    return raw === undefined ? undefined : adminTokenCodec.decode(raw);
  }

  async list(siteId: SiteId): Promise<Array<{ tokenHash: string; grant: AdminTokenGrant }>> {
    return [...this.grants].map(([tokenHash, raw]) => ({ tokenHash, grant: adminTokenCodec.decode(raw) })).filter(({ grant }) => grant.siteId === siteId);
  }
}
