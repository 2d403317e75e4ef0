/** The reports answer (`GET /api/admin/sites/:siteId/reports`), as /work/briefing/reports-contract.md pins it. */
import { z } from 'zod';
import { reportMonthSchema } from './report-months';

export const reportGroupIds = ['access', 'goals', 'wellbeing', 'practitioner', 'use'] as const;
export type ReportGroupId = (typeof reportGroupIds)[number];

const cellSchema = z.object({ value: z.number().nullable(), display: z.string() });

export const reportMeasureSchema = z.object({
  id: z.string(),
  group: z.enum(reportGroupIds),
  label: z.string(),
  definition: z.string(),
  source: z.string(),
  unit: z.enum(['count', 'days', 'share', 'score']),
  published: z.object({ value: z.number(), text: z.string() }).nullable(),
  values: z.array(cellSchema.extend({ month: reportMonthSchema })),
  total: cellSchema.nullable(),
});

export const reportViewSchema = z.object({
  siteId: z.string(),
  from: reportMonthSchema,
  to: reportMonthSchema,
  generatedAt: z.string().datetime(),
  months: z.array(reportMonthSchema),
  groups: z.array(z.object({ id: z.enum(reportGroupIds), label: z.string() })),
  measures: z.array(reportMeasureSchema),
});

export type ReportMeasure = z.infer<typeof reportMeasureSchema>;
export type ReportView = z.infer<typeof reportViewSchema>;
export type ReportUnit = ReportMeasure['unit'];
