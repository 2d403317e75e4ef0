import { z } from 'zod';
import { activitySchema, type Activity } from '../domain/activities/activity';
import { AppError } from '../domain/app-error';
import { siteIds } from '../domain/sites';
import type { AdminTokenGrant } from './ports';
import { versionedRecordCodec } from './record-codec';

/**
 * Activity listings at rest (`{ v: 1, activity }`), checked against the listing schema both ways.
 * Versioned so that a future change of shape fails loudly (or is migrated here) instead of handing
 * search or the admin API something it does not expect.
 */
export const activityRecordCodec = versionedRecordCodec<Activity>({
  name: 'activity listing',
  article: 'an',
  schema: activitySchema,
  atRest: { field: 'activity' },
});

/** A SHA-256 digest in lower-case hex: how admin tokens and staff sessions are keyed (the secret itself is never kept). */
const tokenHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** Admin token grants at rest (`{ v: 1, grant }`). */
export const adminTokenCodec = versionedRecordCodec<AdminTokenGrant>({
  name: 'admin token grant',
  article: 'an',
  // name, expiresAt and revokedAt came later: grants without them (issued before) still load.
  schema: z.strictObject({
    siteId: z.enum(siteIds),
    createdAt: z.iso.datetime(),
    name: z.string().min(1).max(100).optional(),
    expiresAt: z.iso.datetime().optional(),
    revokedAt: z.iso.datetime().optional(),
  }),
  atRest: { field: 'grant' },
});

/**
 * Checks a token hash before it becomes part of a key.
 * @throws AppError BAD_REQUEST unless it is a SHA-256 digest in lower-case hex.
 */
export function checkedTokenHash(tokenHash: string): string {
  if (!tokenHashSchema.safeParse(tokenHash).success) throw new AppError('BAD_REQUEST', 'a token hash (admin token, staff session) must be a SHA-256 digest in hex');
  return tokenHash;
}

/**
 * Encodes a batch of listings, all before anything is written, so one bad listing saves none.
 * @throws AppError STORE_RECORD_INVALID for a listing that does not fit, or an id given twice.
 */
export function encodeActivityBatch(activities: readonly Activity[]): Array<{ id: string; siteId: Activity['site_id']; raw: string }> {
  const seen = new Set<string>();
  return activities.map((activity) => {
    const { raw } = activityRecordCodec.encode(activity);
    if (seen.has(activity.id)) throw new AppError('STORE_RECORD_INVALID', 'a batch of activity listings names the same id twice');
    seen.add(activity.id);
    return { id: activity.id, siteId: activity.site_id, raw };
  });
}

/** Listings in a stable order: by name, then id. */
export function byNameThenId(a: Activity, b: Activity): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
