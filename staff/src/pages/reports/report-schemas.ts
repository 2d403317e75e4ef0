import { z } from 'zod';

/** A month as the reports API names it: `2026-11`. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The five groups of outcome measures. */
export const reportGroupIds = ['access', 'goals', 'wellbeing', 'practitioner', 'use'] as const;
export type ReportGroupId = (typeof reportGroupIds)[number];

/** A measure's figure for one month: `value` is null when suppressed or missing, `display` says which. */
export const reportCellSchema = z.object({ month, value: z.number().nullable(), display: z.string() });
export type ReportCell = z.infer<typeof reportCellSchema>;

/** One measure over the range (the reports contract's `measures[]`). */
export const reportMeasureSchema = z.object({
  id: z.string(),
  group: z.enum(reportGroupIds),
  label: z.string(),
  definition: z.string(),
  source: z.string(),
  unit: z.enum(['count', 'days', 'share', 'score']),
  published: z.object({ value: z.number(), text: z.string() }).nullable(),
  values: z.array(reportCellSchema),
  total: z.object({ value: z.number().nullable(), display: z.string() }).nullable(),
});
export type ReportMeasure = z.infer<typeof reportMeasureSchema>;

/** `GET reports?from=&to=`: a site's outcome report, month by month. */
export const reportSchema = z.object({
  siteId: z.string(),
  from: month,
  to: month,
  generatedAt: z.string(),
  months: z.array(month),
  groups: z.array(z.object({ id: z.enum(reportGroupIds), label: z.string() })),
  measures: z.array(reportMeasureSchema),
});
export type Report = z.infer<typeof reportSchema>;
