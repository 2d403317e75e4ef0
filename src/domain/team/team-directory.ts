import { isValid as isValidPostcode } from 'postcode';
import { z } from 'zod';
import { isMobile, parseUkPhone } from '../callbacks/uk-phone';
import { siteIds } from '../sites';
import { closingTimeSchema, localTimeSchema } from '../local-date';

/**
 * How to reach a site's Living Well team: phone, text, email, address, opening hours (a weekly
 * pattern, dated exceptions such as a short Christmas Eve, and whether it closes on its nation's
 * bank holidays) and the languages it works in. The
 * schemas here are the trust boundary for the admin PUT and for entries read back from storage.
 * Times are Europe/London wall clock.
 */


const opensAndClosesDiffer = (period: { opens: string; closes: string }): boolean => period.opens !== period.closes;
const sameTimesMessage = { message: 'opens and closes at the same time: for all day use 00:00 to 24:00', path: ['closes'] };

/**
 * Opening and closing times for one day. When `closes` is at or before `opens` the period runs
 * past midnight into the next day (a crisis café open 18:00 to 02:00) and still belongs to the day
 * it starts. `24:00` closes at midnight. Opening and closing at the same time is refused as
 * ambiguous (for all day, 00:00 to 24:00).
 */
export const openingPeriodTimesSchema = z
  .strictObject({
    opens: localTimeSchema,
    closes: closingTimeSchema,
  })
  .refine(opensAndClosesDiffer, sameTimesMessage);
export type OpeningPeriodTimes = z.infer<typeof openingPeriodTimesSchema>;

/** A weekly opening period: ISO weekday (Monday 1 to Sunday 7) and its times, as {@link openingPeriodTimesSchema}. */
export const openingPeriodSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    opens: localTimeSchema,
    closes: closingTimeSchema,
  })
  .refine(opensAndClosesDiffer, sameTimesMessage);
export type OpeningPeriod = z.infer<typeof openingPeriodSchema>;

/**
 * A date whose hours differ from the weekly pattern: a training day, a shortened Christmas Eve, or
 * a bank holiday the team opens on after all. Its `periods` replace that date's weekly periods entirely; none means closed all
 * day. `reason` is shown to people ("Closed now (Christmas Day).").
 */
export const openingExceptionSchema = z.strictObject({
  date: z.iso.date(),
  reason: z.string().trim().min(1).max(80),
  periods: z.array(openingPeriodTimesSchema).max(6),
});
export type OpeningException = z.infer<typeof openingExceptionSchema>;

/** A street address; the postcode must be a valid UK postcode. */
export const teamAddressSchema = z.strictObject({
  line1: z.string().trim().min(1).max(100),
  line2: z.string().trim().min(1).max(100).optional(),
  city: z.string().trim().min(1).max(60),
  postcode: z.string().trim().refine((value) => isValidPostcode(value), 'a UK postcode'),
});

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });

/** The English name of an ISO 639-1 language code ("pl" → "Polish"), if it is a known one. */
export function languageName(code: string): string | undefined {
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  return languageNames.of(code);
}

/**
 * The team's contact details as people are shown them. `phone` is a UK number as dialled
 * ("0161 496 0123"); `textNumber` takes texts: a UK mobile or a 5 or 6 digit short code.
 * `languages` are lower-case ISO 639-1 codes ("en", "pl"); `updatedAt` is a UTC ISO instant.
 * Each exception date appears once.
 */
export const teamDirectoryEntrySchema = z
  .strictObject({
    siteId: z.enum(siteIds),
    teamName: z.string().trim().min(1).max(100),
    phone: z
      .string()
      .trim()
      .max(30)
      .refine((value) => parseUkPhone(value).ok, 'a UK phone number, as dialled'),
    textNumber: z
      .string()
      .trim()
      .max(30)
      .refine(isTextNumber, 'a UK mobile number or a short code that takes texts')
      .optional(),
    email: z.email().max(254),
    address: teamAddressSchema,
    openingHours: z.array(openingPeriodSchema).max(50),
    exceptions: z.array(openingExceptionSchema).max(400),
    /**
     * Closed all day on the bank holidays of the site's nation (England or Scotland, from
     * `date-holidays`), unless an exception on the date says otherwise. Absent means false: the
     * weekly hours hold on bank holidays, as before the switch existed.
     */
    closedOnBankHolidays: z.boolean().optional(),
    languages: z
      .array(z.string().refine((code) => languageName(code) !== undefined, 'a lower-case ISO 639-1 language code, like en or pl'))
      .min(1)
      .max(30)
      .refine((codes) => new Set(codes).size === codes.length, 'each language once'),
    notes: z.string().trim().max(1000).optional(),
    /**
     * Weeks between a first contact (then each review) and the review prompt to the practitioner
     * in Teams, 1 to 52. Absent means {@link defaultReviewCadenceWeeks}.
     */
    reviewCadenceWeeks: z.number().int().min(1).max(52).optional(),
    updatedAt: z.iso.datetime(),
  })
  .superRefine((entry, context) => {
    const seen = new Set<string>();
    entry.exceptions.forEach((exception, index) => {
      if (seen.has(exception.date)) context.addIssue({ code: 'custom', message: `${exception.date} has more than one exception`, path: ['exceptions', index, 'date'] });
      seen.add(exception.date);
    });
  });
export type TeamDirectoryEntry = z.infer<typeof teamDirectoryEntrySchema>;

/** The review cadence of a site whose team details do not set one (Goal-Based Outcomes reviewed every 6 weeks). */
export const defaultReviewCadenceWeeks = 6;

/** A UK mobile, or a short code (5 or 6 digits, like 85258). */
function isTextNumber(value: string): boolean {
  if (/^\d{5,6}$/.test(value)) return true;
  const phone = parseUkPhone(value);
  return phone.ok && isMobile(phone.e164);
}
