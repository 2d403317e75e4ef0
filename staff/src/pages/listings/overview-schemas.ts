import { z } from 'zod';
import { activitySchema } from '../../../../src/domain/activities/activity';
import { adminAuditEntrySchema } from '../../../../src/domain/admin/admin-audit-entry';

/** A review flag of a listing, as `GET activities/overview` names it. */
export const listingFlags = ['review-due', 'missing-fields', 'no-upcoming-session', 'needs-kind'] as const;
export type ListingFlag = (typeof listingFlags)[number];

/** One row of `GET activities/overview`. */
export const listingSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable().optional(),
  status: z.string(),
  organization: z.string().nullable().optional(),
  /** `YYYY-MM-DD`: when the listing was last checked. */
  assuredDate: z.string().nullable().optional(),
  /** The next session in words ("Tue 8 December, 10am to 12pm"), or null when there is none. */
  nextSession: z.string().nullable(),
  flags: z.array(z.enum(listingFlags)),
  missingFields: z.array(z.string()).default([]),
});
export type ListingSummary = z.infer<typeof listingSummarySchema>;

/** `GET activities/overview`. */
export const listingOverviewSchema = z.object({ listings: z.array(listingSummarySchema) });

/** `GET|POST|PUT activities[/:id]` and `POST activities/:id/retire|restore`: the listing, as the API keeps it. */
export const listingSchema = activitySchema;

/** `POST activities/schedule-preview`. */
export const schedulePreviewSchema = z.object({ description: z.string(), nextSessions: z.array(z.string()) });
export type SchedulePreview = z.infer<typeof schedulePreviewSchema>;

/** `GET activities/:id/audit`. */
export const listingAuditSchema = z.object({ entries: z.array(adminAuditEntrySchema) });
