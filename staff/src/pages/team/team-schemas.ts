import { z } from 'zod';
import { teamDirectoryEntrySchema } from '../../../../src/domain/team/team-directory';

/** A bank holiday as the team details list them. */
export const bankHolidaySchema = z.object({ date: z.string(), name: z.string() });
export type BankHolidayListing = z.infer<typeof bankHolidaySchema>;

/**
 * `GET /api/admin/sites/:siteId`, split into the saved details (checked with the API's own
 * schema) and what the service works out from them: whether the team is open now, its weekly
 * hours in words and its nation's coming bank holidays.
 */
export const teamViewSchema = z
  .looseObject({ weeklyHours: z.array(z.string()), openNow: z.looseObject({ open: z.boolean() }), upcomingBankHolidays: z.array(bankHolidaySchema) })
  .transform(({ weeklyHours, openNow, upcomingBankHolidays, ...saved }) => ({ saved, weeklyHours, openNow: openNow.open, upcomingBankHolidays }))
  .pipe(z.object({ saved: teamDirectoryEntrySchema, weeklyHours: z.array(z.string()), openNow: z.boolean(), upcomingBankHolidays: z.array(bankHolidaySchema) }));
export type TeamView = z.output<typeof teamViewSchema>;

/** `POST teams/link-code`. */
export const linkCodeSchema = z.object({ code: z.string(), expiresAt: z.string(), instructions: z.string() });
export type LinkCode = z.infer<typeof linkCodeSchema>;
