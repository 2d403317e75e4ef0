import { z } from 'zod';

/**
 * An HSDS 3.0 service "compiled" with its related objects, as Open Referral APIs publish it
 * (`GET /services/{id}`), and as the Open Referral UK profile varies it: the trust boundary of an
 * HSDS import, and the shape of what export and the public feed write.
 */

/** Text that a feed may also send as `null`. */
const text = z.string().nullish();
/** A number that a feed may also send as text (`"53.48"`); checked when mapped. */
const numberOrText = z.union([z.number(), z.string()]).nullish();

const hsdsTaxonomyTermSchema = z.looseObject({
  id: text,
  code: text,
  /** HSDS 3.0 names the term `name`, the Open Referral UK profile `term`. */
  name: text,
  term: text,
  taxonomy: text,
  taxonomy_detail: z.looseObject({ id: text, name: text }).nullish(),
  /** HSDS 3.0 links a term to its taxonomy by id; the Open Referral UK profile names it `vocabulary`. */
  taxonomy_id: text,
  vocabulary: text,
});

const hsdsAttributeSchema = z.looseObject({
  id: text,
  link_id: text,
  link_type: text,
  link_entity: text,
  taxonomy_term_id: text,
  taxonomy_term: hsdsTaxonomyTermSchema.nullish(),
});

const hsdsAccessibilitySchema = z.looseObject({
  id: text,
  /** HSDS 3.0 `description`; the Open Referral UK profile calls it `accessibility`. */
  description: text,
  accessibility: text,
  details: text,
});

const hsdsAddressSchema = z.looseObject({
  id: text,
  address_1: text,
  address_2: text,
  city: text,
  region: text,
  state_province: text,
  postal_code: text,
  country: text,
  address_type: text,
});

const hsdsLocationSchema = z.looseObject({
  id: text,
  location_type: text,
  name: text,
  url: text,
  latitude: numberOrText,
  longitude: numberOrText,
  addresses: z.array(hsdsAddressSchema).nullish(),
  /** The first Open Referral UK profile's name for the addresses. */
  physical_addresses: z.array(hsdsAddressSchema).nullish(),
  accessibility: z.array(hsdsAccessibilitySchema).nullish(),
  /** The first Open Referral UK profile's name for accessibility. */
  accessibility_for_disabilities: z.array(hsdsAccessibilitySchema).nullish(),
});

const hsdsScheduleSchema = z.looseObject({
  id: text,
  freq: text,
  interval: numberOrText,
  byday: text,
  bymonthday: numberOrText,
  dtstart: text,
  until: text,
  valid_from: text,
  valid_to: text,
  opens_at: text,
  closes_at: text,
  description: text,
  /** The first Open Referral UK profile's day name ("Tuesday"), where `byday` is missing. */
  weekday: text,
});

const hsdsServiceAtLocationSchema = z.looseObject({
  id: text,
  service_id: text,
  location_id: text,
  location: hsdsLocationSchema.nullish(),
  schedules: z.array(hsdsScheduleSchema).nullish(),
  regular_schedules: z.array(hsdsScheduleSchema).nullish(),
});

const hsdsCostOptionSchema = z.looseObject({
  id: text,
  option: text,
  amount: numberOrText,
  amount_description: text,
  currency: text,
});

const hsdsPhoneSchema = z.looseObject({ id: text, number: text, description: text });
/** HSDS 3.0 gives `name` and `code`; the first Open Referral UK profile `language` (a name, "English"). */
const hsdsLanguageSchema = z.looseObject({ id: text, name: text, code: text, language: text });
const hsdsContactSchema = z.looseObject({ id: text, name: text, phones: z.array(hsdsPhoneSchema).nullish() });
/** The first Open Referral UK profile's link from a service to a term: `{ taxonomy: { id, name, vocabulary } }`. */
const hsdsServiceTaxonomySchema = z.looseObject({ id: text, taxonomy: hsdsTaxonomyTermSchema.nullish() });
const hsdsOrganizationSchema = z.looseObject({ id: text, name: text, description: text, website: text, email: text });

/**
 * An HSDS 3.0 service compiled with its related objects. Permissive: only the service `id` is
 * required here (the listing schema decides the rest, with field-level reasons), `null` is
 * accepted for any field, and fields we do not use pass through untouched.
 */
export const hsdsServiceSchema = z.looseObject({
  /** Some directories number their services. */
  id: z.union([z.string().trim().min(1, 'required'), z.number().int().transform(String)]),
  organization_id: text,
  name: text,
  description: text,
  url: text,
  email: text,
  status: text,
  application_process: text,
  assured_date: text,
  last_modified: text,
  organization: hsdsOrganizationSchema.nullish(),
  service_at_locations: z.array(hsdsServiceAtLocationSchema).nullish(),
  schedules: z.array(hsdsScheduleSchema).nullish(),
  /** The first Open Referral UK profile's name for the schedules. */
  regular_schedules: z.array(hsdsScheduleSchema).nullish(),
  cost_options: z.array(hsdsCostOptionSchema).nullish(),
  phones: z.array(hsdsPhoneSchema).nullish(),
  contacts: z.array(hsdsContactSchema).nullish(),
  languages: z.array(hsdsLanguageSchema).nullish(),
  attributes: z.array(hsdsAttributeSchema).nullish(),
  /** Some publishers list terms directly on the service rather than through attributes. */
  taxonomy_terms: z.array(hsdsTaxonomyTermSchema).nullish(),
  /** The first Open Referral UK profile's terms: linked (`service_taxonomys`), or listed (`taxonomies`). */
  service_taxonomys: z.array(hsdsServiceTaxonomySchema).nullish(),
  taxonomies: z.array(hsdsTaxonomyTermSchema).nullish(),
});

/** An HSDS 3.0 service as parsed by {@link hsdsServiceSchema}. */
export type HsdsService = z.infer<typeof hsdsServiceSchema>;
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTermSchema>;
export type HsdsSchedule = z.infer<typeof hsdsScheduleSchema>;
export type HsdsLocation = z.infer<typeof hsdsLocationSchema>;
