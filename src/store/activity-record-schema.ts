import { z } from 'zod';
import { activitySchema, type Activity } from '../domain/activities/activity';
import { AppError } from '../domain/app-error';
import { siteIds } from '../domain/sites';
import type { AdminTokenGrant } from './ports';
import type { RecordCodec } from './record-codec';
import { parseStoredJson } from './storage-record';

/**
 * An activity listing at rest. Versioned so that a future change of shape fails loudly (or is
 * migrated here) instead of handing search or the admin API something it does not expect.
 */
export const storedActivitySchema = z.strictObject({
  v: z.literal(1),
  activity: activitySchema,
});

/**
 * Serializes a listing for storage, checking it against the listing schema first.
 * @throws AppError STORE_RECORD_INVALID when the listing does not fit the schema.
 */
function encodeActivity(activity: Activity): string {
  const parsed = activitySchema.safeParse(activity);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an activity listing of an unknown shape');
  return JSON.stringify({ v: 1, activity: parsed.data });
}

/**
 * Parses a stored listing into a fresh object.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodeActivity(raw: string): Activity {
  const parsed = storedActivitySchema.safeParse(parseStoredJson(raw, 'activity listing'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored activity listing has an unknown version or shape');
  return parsed.data.activity;
}

/** Activity listings at rest (`{ v: 1, activity }`). */
export const activityRecordCodec: RecordCodec<Activity> = {
  name: 'activity listing',
  encode: encodeActivity,
  decode: decodeActivity,
};

/** A SHA-256 digest in lower-case hex: how admin tokens are keyed (the token itself is never kept). */
export const tokenHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

const adminTokenGrantSchema = z.strictObject({
  siteId: z.enum(siteIds),
  createdAt: z.iso.datetime(),
});

/** An admin token grant at rest (`{ v: 1, grant }`). */
export const storedAdminTokenSchema = z.strictObject({
  v: z.literal(1),
  grant: adminTokenGrantSchema,
});

/**
 * Serializes an admin token grant, checking it first.
 * @throws AppError STORE_RECORD_INVALID when the grant does not fit the schema.
 */
function encodeAdminToken(grant: AdminTokenGrant): string {
  const parsed = adminTokenGrantSchema.safeParse(grant);
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'refusing to store an admin token grant of an unknown shape');
  return JSON.stringify({ v: 1, grant: parsed.data });
}

/**
 * Parses a stored admin token grant.
 * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
 */
function decodeAdminToken(raw: string): AdminTokenGrant {
  const parsed = storedAdminTokenSchema.safeParse(parseStoredJson(raw, 'admin token grant'));
  if (!parsed.success) throw new AppError('STORE_RECORD_INVALID', 'stored admin token grant has an unknown version or shape');
  return parsed.data.grant;
}

/** Admin token grants at rest. */
export const adminTokenCodec: RecordCodec<AdminTokenGrant> = {
  name: 'admin token grant',
  encode: encodeAdminToken,
  decode: decodeAdminToken,
};

/**
 * Checks a token hash before it becomes part of a key.
 * @throws AppError BAD_REQUEST unless it is a SHA-256 digest in lower-case hex.
 */
export function checkedTokenHash(tokenHash: string): string {
  if (!tokenHashSchema.safeParse(tokenHash).success) throw new AppError('BAD_REQUEST', 'an admin token hash must be a SHA-256 digest in hex');
  return tokenHash;
}

/**
 * Encodes a batch of listings, all before anything is written, so one bad listing saves none.
 * @throws AppError STORE_RECORD_INVALID for a listing that does not fit, or an id given twice.
 */
export function encodeActivityBatch(activities: readonly Activity[]): Array<{ id: string; siteId: Activity['site_id']; raw: string }> {
  const seen = new Set<string>();
  return activities.map((activity) => {
    const raw = activityRecordCodec.encode(activity);
    if (seen.has(activity.id)) throw new AppError('STORE_RECORD_INVALID', 'a batch of activity listings names the same id twice');
    seen.add(activity.id);
    return { id: activity.id, siteId: activity.site_id, raw };
  });
}

/** Listings in a stable order: by name, then id. */
export function byNameThenId(a: Activity, b: Activity): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
