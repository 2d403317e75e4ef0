import { z } from 'zod';
import { adminActorSchema } from '../admin/admin-actor';

/**
 * A site's link to an Open Referral directory (the council's or a partner's service directory)
 * that its listings are pulled from: where, how often, and what the last pulls did.
 */

/** How often a directory is pulled on its own: never, once a day, once a week. */
export const directorySchedules = ['off', 'daily', 'weekly'] as const;
export type DirectorySchedule = (typeof directorySchedules)[number];

/** How long between scheduled pulls. */
export function scheduleEveryMs(schedule: Exclude<DirectorySchedule, 'off'>): number {
  return (schedule === 'daily' ? 1 : 7) * 24 * 60 * 60 * 1000;
}

/** The base of an Open Referral API: http(s) only, without trailing slashes (`<base>/services`). */
export const directoryBaseUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .max(500)
  .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), 'must not carry a user name or password')
  .transform((url) => url.replace(/\/+$/, ''));

const rowSchema = z.strictObject({ row: z.number().int().min(0), id: z.string().max(100), name: z.string().max(200) });
const fieldErrorSchema = z.strictObject({ field: z.string().max(300), message: z.string().max(500) });

/** At most this many rows of each list are kept in a stored report (the counts are always whole). */
export const reportRowsKept = 100;

/** What a pull did (or would do, in a preview): the import plan's lists, with counts, or why it failed. */
export const pullReportSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  dryRun: z.boolean(),
  /** Whether the listings were saved: false for a preview and for a pull that failed. */
  applied: z.boolean(),
  /** Services read from the directory. */
  fetched: z.number().int().min(0),
  /** Pages read. */
  pages: z.number().int().min(0),
  create: z.array(rowSchema).max(reportRowsKept),
  update: z.array(rowSchema.extend({ changes: z.array(z.string().max(50)).max(40) })).max(reportRowsKept),
  unchanged: z.number().int().min(0),
  reject: z.array(z.strictObject({ row: z.number().int().min(0), errors: z.array(fieldErrorSchema).max(50) })).max(reportRowsKept),
  needsKind: z.array(rowSchema.extend({ terms: z.array(z.string().max(300)).max(30) })).max(reportRowsKept),
  counts: z.strictObject({ create: z.number().int(), update: z.number().int(), reject: z.number().int(), needsKind: z.number().int() }),
  /** Why the pull failed (then nothing was saved). */
  error: z.string().max(500).optional(),
});
export type PullReport = z.infer<typeof pullReportSchema>;

/** How many reports a site keeps (newest first). */
export const reportsKept = 5;

/** A site's directory link as kept. */
export const directoryRecordSchema = z.strictObject({
  baseUrl: directoryBaseUrlSchema.nullable(),
  schedule: z.enum(directorySchedules),
  /** Who last set the link up: scheduled pulls are recorded in the audit trail as theirs. */
  setBy: adminActorSchema.optional(),
  /** The last pulls and previews, newest first. */
  reports: z.array(pullReportSchema).max(reportsKept),
});
export type DirectoryRecord = z.infer<typeof directoryRecordSchema>;

/** A site with no directory linked. */
export const noDirectory: DirectoryRecord = { baseUrl: null, schedule: 'off', reports: [] };

/** The record with `report` added as the newest, the oldest dropped beyond {@link reportsKept}. */
export function withReport(record: DirectoryRecord, report: PullReport): DirectoryRecord {
  return { ...record, reports: [report, ...record.reports].slice(0, reportsKept) };
}
