import { z } from 'zod';

/** Where a record came from: a spreadsheet row number, or a directory record's position or id. */
const rowSchema = z.union([z.number(), z.string()]).optional();

const listedSchema = z.object({ row: rowSchema, id: z.string().optional(), name: z.string().optional() });

/** The rows of an import or a directory pull, sorted by what happens to them (the same lists in both). */
export const importRowsSchema = z.object({
  create: z.array(listedSchema),
  update: z.array(listedSchema.extend({ changes: z.array(z.string()).default([]) })),
  reject: z.array(listedSchema.extend({ errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  needsKind: z.array(listedSchema.extend({ terms: z.array(z.string()).default([]) })),
});

/** `POST activities/import[?dryRun=true]`: what would be (or was) saved, row by row. */
export const importReportSchema = importRowsSchema.extend({
  dryRun: z.boolean(),
  unchanged: z.array(listedSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** `POST directory/preview|pull` and `lastRun`: the same lists, with when, how many records were fetched, and a count of unchanged ones. */
export const directoryReportSchema = importRowsSchema.extend({
  at: z.string(),
  fetched: z.number(),
  unchanged: z.number(),
  /** Why the pull failed (then nothing was saved). */
  error: z.string().optional(),
});
export type DirectoryReport = z.infer<typeof directoryReportSchema>;

export const directorySchedules = ['off', 'daily', 'weekly'] as const;
export type DirectorySchedule = (typeof directorySchedules)[number];

/** `GET|PUT directory`: the site's directory to pull from, how often, and the last pull's report. */
export const directorySettingsSchema = z.object({
  baseUrl: z.string().nullable(),
  schedule: z.enum(directorySchedules),
  lastRun: directoryReportSchema.optional().nullable(),
});
export type DirectorySettings = z.infer<typeof directorySettingsSchema>;
