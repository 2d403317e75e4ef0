import { accessibilityLabels, type Activity } from '../../domain/activities/activity';
import { siteById, type Nation } from '../../domain/sites';
import type { HsdsService } from './hsds-schema';
import { categoryTerm, siteTerm, type OpenReferralTaxonomyTerm } from './hsds-vocabulary';
import { stableUuid } from './stable-uuid';

/**
 * An activity as an HSDS 3.0 compiled service, for export and the public feed. Where our fields
 * live in HSDS:
 * - `how_to_join` is `application_process`; `assured_date` is `assured_date`.
 * - `organization` is the nested `organization` (and `organization_id`); our organisations have
 *   no description, so the one HSDS requires is a sentence naming the organisation.
 * - each location is `service_at_locations[].location`; a physical one has one
 *   `addresses[]` entry of `address_type: "physical"`, `country: "GB"` and `state_province` the
 *   site's nation ("England", "Scotland"), as UK directories fill the field HSDS requires.
 * - `accessibility` is repeated on every location as `location.accessibility[].description`
 *   (HSDS 3.0) and `.accessibility` (Open Referral UK), using the labels from
 *   `accessibilityLabels` (our model keeps accessibility per listing).
 * - `schedules`, `cost_options`, `phones` are the service's own; `languages` are `[{ code, name }]`.
 * - each category is an `attributes[]` entry whose `taxonomy_term` has
 *   `taxonomy: "living-well"` and `code` = the category id.
 * - the site is an `attributes[]` entry whose `taxonomy_term` has
 *   `taxonomy: "living-well-site"` and `code` = the site id (informative: an import takes the
 *   importing admin's site).
 * - the terms are the records of `hsds-vocabulary.ts`, as `/taxonomy_terms` answers them.
 * - times are written `HH:MM:SS`.
 * - objects our model keeps without ids (phones, languages, addresses, accessibility, attributes,
 *   service_at_locations) get name-based UUIDs derived from the listing id, so an export is
 *   the same every time.
 */

type Location = Activity['locations'][number];
type Schedule = Activity['schedules'][number];
type HsdsAttribute = NonNullable<HsdsService['attributes']>[number];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * An activity as an HSDS 3.0 compiled service. Deterministic: the same listing always gives the
 * same document.
 */
export function activityToHsds(activity: Activity): HsdsService {
  return {
    id: activity.id,
    organization_id: activity.organization.id,
    name: activity.name,
    description: activity.description,
    ...(activity.url === undefined ? {} : { url: activity.url }),
    ...(activity.email === undefined ? {} : { email: activity.email }),
    status: activity.status,
    application_process: activity.how_to_join,
    assured_date: activity.assured_date,
    organization: hsdsOrganization(activity.organization),
    service_at_locations: activity.locations.map((location) => hsdsServiceAtLocation(activity, location)),
    schedules: activity.schedules.map((schedule) => hsdsSchedule(activity.id, schedule)),
    cost_options: activity.cost_options.map((cost) => ({ id: cost.id, service_id: activity.id, option: cost.option, amount: cost.amount, currency: cost.currency })),
    phones: activity.phones.map((phone, index) => hsdsPhone(activity.id, phone, index)),
    languages: activity.languages.map((code) => hsdsLanguage(activity.id, code)),
    attributes: [...activity.categories.map(categoryTerm), siteTerm(siteById(activity.site_id))].map((term) => termAttribute(activity.id, term)),
  };
}

/**
 * An activity as an entry of the HSDS 3.0 `service_list` (`GET /services?full=false`): the
 * service's one-to-one fields and its organisation, without the nested lists.
 */
export function activityToHsdsListEntry(activity: Activity): HsdsService {
  const service = activityToHsds(activity);
  const nested = new Set(['service_at_locations', 'schedules', 'cost_options', 'phones', 'languages', 'attributes']);
  return { ...Object.fromEntries(Object.entries(service).filter(([field]) => !nested.has(field))), id: service.id };
}

function hsdsOrganization(organization: Activity['organization']): NonNullable<HsdsService['organization']> {
  return {
    id: organization.id,
    name: organization.name,
    description: `${organization.name} runs community activities listed by Living Well.`,
    ...(organization.website === undefined ? {} : { website: organization.website }),
  };
}

/** The link between the service and one of its locations, with the location inside. */
function hsdsServiceAtLocation(activity: Activity, location: Location): NonNullable<HsdsService['service_at_locations']>[number] {
  return {
    id: stableUuid(activity.id, `service_at_location:${location.id}`),
    service_id: activity.id,
    location_id: location.id,
    location: hsdsLocation(activity, location),
  };
}

function hsdsLocation(activity: Activity, location: Location): NonNullable<NonNullable<HsdsService['service_at_locations']>[number]['location']> {
  const accessibility = hsdsAccessibility(activity, location.id);
  if (location.location_type === 'virtual') {
    return { id: location.id, location_type: 'virtual', name: location.name, ...(location.url === undefined ? {} : { url: location.url }), accessibility };
  }
  return {
    id: location.id,
    location_type: 'physical',
    name: location.name,
    latitude: location.latitude,
    longitude: location.longitude,
    addresses: [
      {
        id: stableUuid(activity.id, `address:${location.id}`),
        location_id: location.id,
        address_1: location.address_1,
        city: location.city,
        state_province: nationNames[siteById(activity.site_id).nation],
        postal_code: location.postal_code,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility,
  };
}

/** A nation as an address's `state_province`. */
const nationNames: Readonly<Record<Nation, string>> = { england: 'England', scotland: 'Scotland' };

/** The listing's accessibility, repeated on each location (HSDS keeps it per location). */
function hsdsAccessibility(activity: Activity, locationId: string): Array<{ id: string; location_id: string; description: string; accessibility: string }> {
  return activity.accessibility.map((feature) => ({
    id: stableUuid(activity.id, `accessibility:${locationId}:${feature}`),
    location_id: locationId,
    description: accessibilityLabels[feature],
    accessibility: accessibilityLabels[feature],
  }));
}

function hsdsSchedule(serviceId: string, schedule: Schedule): NonNullable<HsdsService['schedules']>[number] {
  return {
    id: schedule.id,
    service_id: serviceId,
    freq: schedule.freq,
    interval: schedule.interval,
    ...(schedule.byday === undefined ? {} : { byday: schedule.byday }),
    ...(schedule.bymonthday === undefined ? {} : { bymonthday: schedule.bymonthday }),
    dtstart: schedule.dtstart,
    ...(schedule.until === undefined ? {} : { until: schedule.until }),
    ...(schedule.valid_from === undefined ? {} : { valid_from: schedule.valid_from }),
    ...(schedule.valid_to === undefined ? {} : { valid_to: schedule.valid_to }),
    opens_at: hsdsTime(schedule.opens_at),
    closes_at: hsdsTime(schedule.closes_at),
    ...(schedule.description === undefined ? {} : { description: schedule.description }),
  };
}

/** `HH:MM:SS` as HSDS examples write times. */
function hsdsTime(time: string): string {
  return `${time}:00`;
}

function hsdsPhone(serviceId: string, phone: Activity['phones'][number], index: number): NonNullable<HsdsService['phones']>[number] {
  return {
    id: stableUuid(serviceId, `phone:${index}`),
    service_id: serviceId,
    number: phone.number,
    ...(phone.description === undefined ? {} : { description: phone.description }),
  };
}

/** A language with its English name, when there is one other than the code. */
function hsdsLanguage(serviceId: string, code: string): NonNullable<HsdsService['languages']>[number] {
  const name = languageNames.of(code);
  return { id: stableUuid(serviceId, `language:${code}`), service_id: serviceId, code, ...(name === undefined || name === code ? {} : { name }) };
}

/** An `attributes[]` entry linking the service to a term of one of our taxonomies. */
function termAttribute(serviceId: string, term: OpenReferralTaxonomyTerm): HsdsAttribute {
  return {
    id: stableUuid(serviceId, `attribute:${term.taxonomy}:${term.code}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: { ...term },
  };
}
