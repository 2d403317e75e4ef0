import { z } from 'zod';
import { siteIds } from '../sites';
import { localTimeSchema } from '../local-date';
import { sourceTermSchema } from './source-term';

/**
 * A local community activity, modelled on Open Referral UK / HSDS 3.0: a service with its
 * organisation, locations, schedules, cost options and taxonomy terms. Field names follow HSDS
 * (snake_case) so import from and export to council directories is a mapping of a few fields, not
 * a translation. The schemas here are the trust boundary for admin input and stored listings.
 */

/** The Living Well category vocabulary (taxonomy terms of the `living-well` taxonomy). */
export const activityCategoryIds = [
  'peer-support',
  'arts-creative',
  'walking-physical',
  'volunteering',
  'learning-courses',
  'employment-advice',
  'housing-money-advice',
  'social-befriending',
] as const;
export type ActivityCategoryId = (typeof activityCategoryIds)[number];

/** How each category is shown to people. */
export const activityCategoryLabels: Readonly<Record<ActivityCategoryId, string>> = {
  'peer-support': 'Peer support',
  'arts-creative': 'Arts & creative',
  'walking-physical': 'Walking & physical activity',
  volunteering: 'Volunteering',
  'learning-courses': 'Learning & courses',
  'employment-advice': 'Employment advice',
  'housing-money-advice': 'Housing & money advice',
  'social-befriending': 'Social & befriending',
};

/** Accessibility a listing can promise; people can ask for any of these. */
export const accessibilityIds = ['wheelchair-accessible', 'step-free', 'accessible-toilet', 'hearing-loop', 'quiet-space', 'bsl', 'large-print'] as const;
export type AccessibilityId = (typeof accessibilityIds)[number];

/** How each accessibility feature is shown to people. */
export const accessibilityLabels: Readonly<Record<AccessibilityId, string>> = {
  'wheelchair-accessible': 'Wheelchair accessible',
  'step-free': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'hearing-loop': 'Hearing loop',
  'quiet-space': 'Quiet space available',
  bsl: 'British Sign Language',
  'large-print': 'Large print materials',
};

/** HSDS 3.0 `service.status`. Only `active` listings are ever shown to people (see {@link isShownToPeople}). */
export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

/** A calendar date, `YYYY-MM-DD` (local to Europe/London). */
export const localDateSchema = z.iso.date();

/** A weekday code, optionally with an ordinal: `TU`, `2MO` (second Monday), `-1FR` (last Friday). */
export const bydayPattern = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * An HSDS 3.0 schedule: RRULE-like. `byday` and `bymonthday` are comma-separated lists as in
 * HSDS (`"MO,TH"`, `"2MO"`, `"-1FR"`, `"1,15"`). Times are Europe/London wall clock.
 */
export const scheduleSchema = z
  .strictObject({
    id: z.uuid(),
    freq: z.enum(['WEEKLY', 'MONTHLY']),
    /** Every `interval` weeks or months, counted from `dtstart`. */
    interval: z.number().int().min(1).max(12),
    byday: z
      .string()
      .refine((value) => value.split(',').every((part) => bydayPattern.test(part.trim())), 'weekdays like MO, 2MO or -1FR, separated by commas')
      .optional(),
    bymonthday: z
      .string()
      .refine((value) => value.split(',').every((part) => /^-?([1-9]|[12]\d|3[01])$/.test(part.trim())), 'days of the month like 1 or 15, separated by commas')
      .optional(),
    /** The first possible occurrence (and the anchor of the interval). */
    dtstart: localDateSchema,
    /** The last possible occurrence date. */
    until: localDateSchema.optional(),
    /** The schedule applies from / to these dates (inclusive). */
    valid_from: localDateSchema.optional(),
    valid_to: localDateSchema.optional(),
    /** Wall-clock `HH:MM` (Europe/London). HSDS also allows seconds; imports normalise them away. */
    opens_at: localTimeSchema,
    closes_at: localTimeSchema,
    /** In words, e.g. "Every other Tuesday, 10am to 12pm". */
    description: z.string().max(300).optional(),
  })
  .refine((schedule) => schedule.byday !== undefined || schedule.bymonthday !== undefined, {
    message: 'a schedule needs byday or bymonthday',
    path: ['byday'],
  })
  .refine((schedule) => schedule.freq === 'MONTHLY' || schedule.bymonthday === undefined, {
    message: 'bymonthday only applies to MONTHLY schedules',
    path: ['bymonthday'],
  })
  .refine((schedule) => schedule.opens_at < schedule.closes_at, { message: 'closes_at must be after opens_at', path: ['closes_at'] });
export type Schedule = z.infer<typeof scheduleSchema>;

/** A UK postcode as written by people; validated with the `postcode` package where it is parsed. */
const postalCodeSchema = z.string().min(2).max(10);

/** Where an activity happens: a place with an address and coordinates, or online. */
export const locationSchema = z.discriminatedUnion('location_type', [
  z.strictObject({
    id: z.uuid(),
    location_type: z.literal('physical'),
    name: z.string().min(1).max(200),
    address_1: z.string().min(1).max(200),
    city: z.string().min(1).max(100),
    postal_code: postalCodeSchema,
    latitude: z.number().min(49).max(61),
    longitude: z.number().min(-9).max(2),
  }),
  z.strictObject({
    id: z.uuid(),
    location_type: z.literal('virtual'),
    name: z.string().min(1).max(200),
    /** Where to join, when it is public; otherwise how to join says how to get the link. */
    url: z.url().optional(),
  }),
]);
export type ActivityLocation = z.infer<typeof locationSchema>;

/** HSDS cost option. An activity with no cost options, or only ones of amount 0, is free. */
export const costOptionSchema = z.strictObject({
  id: z.uuid(),
  /** In words, e.g. "per session", "Free". */
  option: z.string().min(1).max(200),
  amount: z.number().min(0).max(10_000),
  currency: z.literal('GBP'),
});
export type CostOption = z.infer<typeof costOptionSchema>;

export const organizationSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  website: z.url().optional(),
});

export const phoneSchema = z.strictObject({
  /** A UK number as people dial it, e.g. "0161 496 0123". */
  number: z.string().regex(/^\+?[\d ()-]{7,20}$/, 'a phone number'),
  description: z.string().max(100).optional(),
});

/** An activity listing (an HSDS service, compiled with its related records). */
export const activitySchema = z.strictObject({
  id: z.uuid(),
  site_id: z.enum(siteIds),
  name: z.string().min(1).max(200),
  description: z.string().min(1).max(2_000),
  status: z.enum(serviceStatuses),
  organization: organizationSchema,
  locations: z.array(locationSchema).min(1).max(10),
  schedules: z.array(scheduleSchema).min(1).max(10),
  cost_options: z.array(costOptionSchema).max(10),
  /**
   * Our activity kinds. Empty only for an imported listing whose directory terms map to none of
   * them yet: it "needs a kind", is never shown to people, and is flagged for review (see {@link needsKind}).
   */
  categories: z.array(z.enum(activityCategoryIds)).max(8),
  accessibility: z.array(z.enum(accessibilityIds)).max(accessibilityIds.length),
  /** ISO 639-1 codes, e.g. `en`, `pl`. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code like en')).min(1).max(20),
  email: z.email().optional(),
  url: z.url().optional(),
  phones: z.array(phoneSchema).max(5),
  /** How to join, in plain words (HSDS `application_process`). */
  how_to_join: z.string().min(1).max(1_000),
  /** When the listing was last checked (HSDS `assured_date`); older than 6 months is flagged for review (`listing-review.ts`). */
  assured_date: localDateSchema,
  /** True for the fictional sample listings shipped in the repo. */
  sample: z.boolean(),
  /** The taxonomy terms the directory gave (imports only), kept so a later mapping can give the listing its kind. */
  source_terms: z.array(sourceTermSchema).max(30).optional(),
});
export type Activity = z.infer<typeof activitySchema>;

/**
 * True when people are shown the listing: in searches, results and reminders. Only `active` ones
 * are; any other status (`inactive`, which retiring sets, `defunct`, `temporarily closed`) means
 * retired for people: not found, and reminders already planned send "no longer running" instead.
 */
export function isShownToPeople(activity: Pick<Activity, 'status'>): boolean {
  return activity.status === 'active';
}

/** True when an imported listing has no kind of ours yet: hidden from people until a site admin maps its terms or picks one. */
export function needsKind(activity: Pick<Activity, 'categories'>): boolean {
  return activity.categories.length === 0;
}

/** True when taking part costs nothing. */
export function isFree(activity: Pick<Activity, 'cost_options'>): boolean {
  return activity.cost_options.every((option) => option.amount === 0);
}

/** True when the activity can be joined online. */
export function isOnline(activity: Pick<Activity, 'locations'>): boolean {
  return activity.locations.some((location) => location.location_type === 'virtual');
}
