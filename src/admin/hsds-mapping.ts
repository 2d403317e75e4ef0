import { z } from 'zod';
import {
  accessibilityIds,
  accessibilityLabels,
  activityCategoryIds,
  activityCategoryLabels,
  type AccessibilityId,
  type Activity,
  type ActivityCategoryId,
} from '../domain/activities/activity';
import { formatPath } from '../domain/field-problems';
import { siteById, type SiteId } from '../domain/sites';
import {
  checkPostcode,
  isUuid,
  normaliseByday,
  normaliseBymonthday,
  normaliseDate,
  normaliseTime,
  optionalText,
  parseNumber,
  validateDraft,
  type DraftIssue,
  type DraftPath,
  type FieldError,
} from './listing-validation';
import { livingWellNamespace, nilUuid, stableUuid } from './stable-uuid';

export type { FieldError } from './listing-validation';

/**
 * Mapping between our listing model (`Activity`) and an HSDS 3.0 service "compiled" with its
 * related objects, as Open Referral APIs publish it (`GET /services/{id}`).
 *
 * Where our fields live in HSDS:
 * - `how_to_join` is `application_process`; `assured_date` is `assured_date`.
 * - `organization` is the nested `organization` (and `organization_id`).
 * - each location is `service_at_locations[].location`; a physical one has one
 *   `addresses[]` entry of `address_type: "physical"`.
 * - `accessibility` is repeated on every location as `location.accessibility[].description`,
 *   using the labels from `accessibilityLabels` (our model keeps accessibility per listing).
 * - `schedules`, `cost_options`, `phones` are the service's own; `languages` are `[{ code, name }]`.
 * - each category is an `attributes[]` entry whose `taxonomy_term` has
 *   `taxonomy: "living-well"` and `code` = the category id.
 * - the site is an `attributes[]` entry whose `taxonomy_term` has
 *   `taxonomy: "living-well-site"` and `code` = the site id. It is informative: on import the
 *   site is always the importing admin's site, never read from the feed.
 * - times are exported as `HH:MM:SS`; imports accept `HH:MM:SS` and `HH:MM`.
 * - objects our model keeps without ids (phones, languages, addresses, accessibility, attributes,
 *   service_at_locations) get name-based UUIDs derived from the listing id, so an export is
 *   the same every time.
 *
 * Import is lenient where feeds commonly differ and strict where it matters to people:
 * - the service `id` must be a UUID: it is how a re-import updates the listing.
 * - a location, schedule, cost option or organization without a UUID gets a name-based one
 *   from the service id and its position (or its non-UUID id), the same as CSV import uses, so
 *   re-importing the same feed updates rather than duplicates them.
 * - `null` and `""` count as absent; `postal` locations (mail addresses) are skipped; a location
 *   without `location_type` is virtual if it has a url and no address, else physical.
 * - schedules come from the service, or, when it has none, from its service_at_locations.
 * - `dtstart` falls back to `valid_from`; `interval` to 1; `assured_date` to the date of
 *   `last_modified` (the Open Referral UK profile has no assured_date).
 * - `how_to_join` falls back to the service url, phone and email when there is no
 *   `application_process` (the Open Referral UK profile drops it).
 * - no languages means English.
 * - taxonomy terms may name the term as `name` (HSDS 3.0) or `term` (Open Referral UK);
 *   accessibility as `description` (HSDS 3.0) or `accessibility` (Open Referral UK).
 * - only `living-well` taxonomy terms become categories (matched by code, id, or the category's
 *   label); a `living-well` term we do not know is an error, other taxonomies are ignored.
 * - accessibility descriptions we do not recognise are ignored.
 * - postcodes are checked and normalised with the `postcode` package.
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
  accessibility: z.array(hsdsAccessibilitySchema).nullish(),
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
});

const hsdsServiceAtLocationSchema = z.looseObject({
  id: text,
  service_id: text,
  location_id: text,
  location: hsdsLocationSchema.nullish(),
  schedules: z.array(hsdsScheduleSchema).nullish(),
});

const hsdsCostOptionSchema = z.looseObject({
  id: text,
  option: text,
  amount: numberOrText,
  amount_description: text,
  currency: text,
});

const hsdsPhoneSchema = z.looseObject({ id: text, number: text, description: text });
const hsdsLanguageSchema = z.looseObject({ id: text, name: text, code: text });
const hsdsOrganizationSchema = z.looseObject({ id: text, name: text, description: text, website: text, email: text });

/**
 * An HSDS 3.0 service compiled with its related objects. Permissive: only the service `id` is
 * required here (the listing schema decides the rest, with field-level reasons), `null` is
 * accepted for any field, and fields we do not use pass through untouched.
 */
export const hsdsServiceSchema = z.looseObject({
  id: z.string(),
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
  cost_options: z.array(hsdsCostOptionSchema).nullish(),
  phones: z.array(hsdsPhoneSchema).nullish(),
  languages: z.array(hsdsLanguageSchema).nullish(),
  attributes: z.array(hsdsAttributeSchema).nullish(),
  /** Some publishers list terms directly on the service rather than through attributes. */
  taxonomy_terms: z.array(hsdsTaxonomyTermSchema).nullish(),
});

/** An HSDS 3.0 service as parsed by {@link hsdsServiceSchema}. */
export type HsdsService = z.infer<typeof hsdsServiceSchema>;
type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTermSchema>;
type HsdsSchedule = z.infer<typeof hsdsScheduleSchema>;
type HsdsLocation = z.infer<typeof hsdsLocationSchema>;

/** The taxonomy of our category vocabulary. */
export const livingWellTaxonomy = 'living-well';
/** The taxonomy whose term says which Living Well site a listing belongs to. */
export const livingWellSiteTaxonomy = 'living-well-site';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `HH:MM:SS` as HSDS examples write times. */
function hsdsTime(time: string): string {
  return `${time}:00`;
}

/**
 * An activity as an HSDS 3.0 compiled service (for export and the public feed). Deterministic:
 * the same listing always gives the same document.
 */
export function activityToHsds(activity: Activity): HsdsService {
  const ns = activity.id;
  const accessibilityFor = (locationId: string): Array<{ id: string; location_id: string; description: string }> =>
    activity.accessibility.map((feature) => ({
      id: stableUuid(ns, `accessibility:${locationId}:${feature}`),
      location_id: locationId,
      description: accessibilityLabels[feature],
    }));
  const site = siteById(activity.site_id);
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
    organization: {
      id: activity.organization.id,
      name: activity.organization.name,
      ...(activity.organization.website === undefined ? {} : { website: activity.organization.website }),
    },
    service_at_locations: activity.locations.map((location) => ({
      id: stableUuid(ns, `service_at_location:${location.id}`),
      service_id: activity.id,
      location_id: location.id,
      location:
        location.location_type === 'physical'
          ? {
              id: location.id,
              location_type: 'physical',
              name: location.name,
              latitude: location.latitude,
              longitude: location.longitude,
              addresses: [
                {
                  id: stableUuid(ns, `address:${location.id}`),
                  location_id: location.id,
                  address_1: location.address_1,
                  city: location.city,
                  postal_code: location.postal_code,
                  country: 'GB',
                  address_type: 'physical',
                },
              ],
              accessibility: accessibilityFor(location.id),
            }
          : {
              id: location.id,
              location_type: 'virtual',
              name: location.name,
              ...(location.url === undefined ? {} : { url: location.url }),
              accessibility: accessibilityFor(location.id),
            },
    })),
    schedules: activity.schedules.map((schedule) => ({
      id: schedule.id,
      service_id: activity.id,
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
    })),
    cost_options: activity.cost_options.map((cost) => ({
      id: cost.id,
      service_id: activity.id,
      option: cost.option,
      amount: cost.amount,
      currency: cost.currency,
    })),
    phones: activity.phones.map((phone, index) => ({
      id: stableUuid(ns, `phone:${index}`),
      service_id: activity.id,
      number: phone.number,
      ...(phone.description === undefined ? {} : { description: phone.description }),
    })),
    languages: activity.languages.map((code) => {
      const name = languageNames.of(code);
      return { id: stableUuid(ns, `language:${code}`), service_id: activity.id, code, ...(name === undefined || name === code ? {} : { name }) };
    }),
    attributes: [
      ...activity.categories.map((category) => ({
        id: stableUuid(ns, `attribute:${livingWellTaxonomy}:${category}`),
        link_id: activity.id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: stableUuid(livingWellNamespace, `${livingWellTaxonomy}:${category}`),
        taxonomy_term: {
          id: stableUuid(livingWellNamespace, `${livingWellTaxonomy}:${category}`),
          code: category,
          name: activityCategoryLabels[category],
          term: activityCategoryLabels[category],
          taxonomy: livingWellTaxonomy,
        },
      })),
      {
        id: stableUuid(ns, `attribute:${livingWellSiteTaxonomy}:${site.id}`),
        link_id: activity.id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: stableUuid(livingWellNamespace, `${livingWellSiteTaxonomy}:${site.id}`),
        taxonomy_term: {
          id: stableUuid(livingWellNamespace, `${livingWellSiteTaxonomy}:${site.id}`),
          code: site.id,
          name: site.name,
          term: site.name,
          taxonomy: livingWellSiteTaxonomy,
        },
      },
    ],
  };
}

/**
 * The id of an imported sub-object: its own when it is a UUID, else a name-based one from the
 * listing id and its own id (or its position when it has none). CSV import derives ids the same
 * way, so a listing moved between the two formats keeps its sub-object ids.
 */
export function subObjectId(listingId: string, kind: string, index: number, given: string | null | undefined): string {
  if (isUuid(given)) return given;
  const namespace = isUuid(listingId) ? listingId : nilUuid;
  const own = optionalText(given);
  return stableUuid(namespace, own === undefined ? `${kind}:${index}` : `${kind}:id:${own}`);
}

/** Lower-case, trimmed, without a final full stop: how free-text vocabulary is compared. */
function comparable(value: string): string {
  return value.trim().replace(/\.$/, '').toLowerCase();
}

const categoryByText = new Map<string, ActivityCategoryId>(
  activityCategoryIds.flatMap((id) => [
    [comparable(id), id],
    [comparable(activityCategoryLabels[id]), id],
  ]),
);

const accessibilityByText = new Map<string, AccessibilityId>(
  accessibilityIds.flatMap((id) => [
    [comparable(id), id],
    [comparable(accessibilityLabels[id]), id],
  ]),
);

/** The category `value` names by id or label (any case); undefined if none. */
export function categoryOfText(value: string): ActivityCategoryId | undefined {
  return categoryByText.get(comparable(value));
}

/** The category a `living-well` term names by code, id, or label; undefined if none. */
function categoryOfTerm(term: HsdsTaxonomyTerm): ActivityCategoryId | undefined {
  for (const candidate of [term.code, term.id, term.term, term.name]) {
    const found = candidate === null || candidate === undefined ? undefined : categoryByText.get(comparable(candidate));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The Living Well category vocabulary ids, for messages. */
export function knownCategoriesText(): string {
  return activityCategoryIds.join(', ');
}

/** The accessibility feature a description names by label or id; undefined if none. */
export function accessibilityOfText(value: string): AccessibilityId | undefined {
  return accessibilityByText.get(comparable(value));
}

/** Where each part of the draft came from in the HSDS document, to name fields in errors. */
interface SourcePaths {
  locations: string[];
  addresses: string[];
  schedules: string[];
  languages: string[];
  assuredDate: string;
}

/** The HSDS field a draft path came from. */
function hsdsField(path: DraftPath, sources: SourcePaths): string {
  const [head, index, ...rest] = path;
  const restText = rest.length === 0 ? '' : `.${formatPath(rest)}`;
  const at = (list: readonly string[], fallback: string): string =>
    typeof index === 'number' ? `${list[index] ?? `${fallback}[${index}]`}${restText}` : fallback;
  switch (head) {
    case 'locations': {
      const field = rest[0];
      if (typeof index === 'number' && (field === 'address_1' || field === 'city' || field === 'postal_code')) {
        return `${sources.addresses[index] ?? `service_at_locations[${index}].location.addresses[0]`}.${field}`;
      }
      return at(sources.locations, 'service_at_locations');
    }
    case 'schedules':
      return at(sources.schedules, 'schedules');
    case 'languages':
      return typeof index === 'number' ? `${sources.languages[index] ?? `languages[${index}]`}.code` : 'languages';
    case 'categories':
      return 'attributes';
    case 'accessibility':
      return 'service_at_locations';
    case 'how_to_join':
      return 'application_process';
    case 'assured_date':
      return sources.assuredDate;
    case 'site_id':
    case 'sample':
      return 'id';
    default:
      return formatPath(path);
  }
}

/** The number in a number-or-text field, or an issue. */
function numberField(value: number | string | null | undefined, path: DraftPath, issues: DraftIssue[]): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  const parsed = parseNumber(value);
  if (parsed === undefined) issues.push({ path, message: 'a number' });
  return parsed;
}

/** Sets `key` only when there is a value, so the strict listing schema sees no `undefined` keys. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** A location draft from an HSDS location, or undefined for one we do not list (postal). */
function locationDraft(
  location: HsdsLocation,
  listingId: string,
  index: number,
  draftIndex: number,
  issues: DraftIssue[],
): { draft: Record<string, unknown>; addressIndex: number } | undefined {
  const addresses = location.addresses ?? [];
  const physicalIndex = addresses.findIndex((address) => optionalText(address.address_type)?.toLowerCase() === 'physical');
  const addressIndex = physicalIndex >= 0 ? physicalIndex : 0;
  const address = addresses[addressIndex];
  const url = optionalText(location.url);
  const declared = optionalText(location.location_type)?.toLowerCase();
  const type = declared ?? (url !== undefined && address === undefined ? 'virtual' : 'physical');
  if (type === 'postal') return undefined;
  const draft: Record<string, unknown> = { id: subObjectId(listingId, 'location', index, location.id), location_type: type };
  put(draft, 'name', optionalText(location.name));
  if (type === 'virtual') {
    put(draft, 'url', url);
    return { draft, addressIndex };
  }
  put(draft, 'address_1', optionalText(address?.address_1));
  put(draft, 'city', optionalText(address?.city));
  const postcode = optionalText(address?.postal_code);
  if (postcode !== undefined) {
    const checked = checkPostcode(postcode);
    if (checked.ok) draft['postal_code'] = checked.postcode;
    else issues.push({ path: ['locations', draftIndex, 'postal_code'], message: checked.message });
  }
  put(draft, 'latitude', numberField(location.latitude, ['locations', draftIndex, 'latitude'], issues));
  put(draft, 'longitude', numberField(location.longitude, ['locations', draftIndex, 'longitude'], issues));
  return { draft, addressIndex };
}

/** A schedule draft from an HSDS schedule. */
function scheduleDraft(schedule: HsdsSchedule, listingId: string, index: number, draftIndex: number, issues: DraftIssue[]): Record<string, unknown> {
  const draft: Record<string, unknown> = { id: subObjectId(listingId, 'schedule', index, schedule.id) };
  put(draft, 'freq', optionalText(schedule.freq)?.toUpperCase());
  draft['interval'] = numberField(schedule.interval, ['schedules', draftIndex, 'interval'], issues) ?? 1;
  const byday = optionalText(schedule.byday);
  put(draft, 'byday', byday === undefined ? undefined : normaliseByday(byday));
  const bymonthday = typeof schedule.bymonthday === 'number' ? String(schedule.bymonthday) : optionalText(schedule.bymonthday);
  put(draft, 'bymonthday', bymonthday === undefined ? undefined : normaliseBymonthday(bymonthday));
  const date = (value: string | null | undefined): string | undefined => {
    const given = optionalText(value);
    return given === undefined ? undefined : normaliseDate(given);
  };
  put(draft, 'dtstart', date(schedule.dtstart) ?? date(schedule.valid_from));
  put(draft, 'until', date(schedule.until));
  put(draft, 'valid_from', date(schedule.valid_from));
  put(draft, 'valid_to', date(schedule.valid_to));
  const time = (value: string | null | undefined): string | undefined => {
    const given = optionalText(value);
    return given === undefined ? undefined : normaliseTime(given);
  };
  put(draft, 'opens_at', time(schedule.opens_at));
  put(draft, 'closes_at', time(schedule.closes_at));
  put(draft, 'description', optionalText(schedule.description));
  return draft;
}

/** "See https://…. Call 0161 …. Email …" from whatever contact details the service has. */
function contactInWords(service: HsdsService): string | undefined {
  const parts: string[] = [];
  const url = optionalText(service.url);
  if (url !== undefined) parts.push(`See ${url}`);
  const phone = optionalText(service.phones?.[0]?.number);
  if (phone !== undefined) parts.push(`Call ${phone}`);
  const email = optionalText(service.email);
  if (email !== undefined) parts.push(`Email ${email}`);
  return parts.length === 0 ? undefined : `${parts.join('. ')}.`;
}

/**
 * An activity from an HSDS 3.0 compiled service (one element of an import), for `siteId`.
 * Checked against the listing schema; errors name HSDS fields (`schedules[0].byday`,
 * `service_at_locations[1].location.addresses[0].postal_code`). Imports are never samples.
 */
export function hsdsToActivity(input: unknown, siteId: SiteId): { ok: true; activity: Activity } | { ok: false; errors: FieldError[] } {
  const parsed = hsdsServiceSchema.safeParse(input, { error: (issue) => (issue.input === undefined ? 'required' : undefined) });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ field: formatPath(issue.path) || '(service)', message: issue.message })),
    };
  }
  const service = parsed.data;
  // UUIDs are compared in lower case: the store's ids are.
  const id = service.id.trim().toLowerCase();
  const issues: DraftIssue[] = [];
  const sources: SourcePaths = { locations: [], addresses: [], schedules: [], languages: [], assuredDate: 'assured_date' };
  const draft: Record<string, unknown> = { id, site_id: siteId, sample: false };
  put(draft, 'name', optionalText(service.name));
  put(draft, 'description', optionalText(service.description));
  put(draft, 'status', optionalText(service.status)?.toLowerCase());
  put(draft, 'email', optionalText(service.email));
  put(draft, 'url', optionalText(service.url));

  put(draft, 'how_to_join', optionalText(service.application_process) ?? contactInWords(service));

  const assured = optionalText(service.assured_date);
  const lastModified = optionalText(service.last_modified);
  if (assured === undefined && lastModified !== undefined) sources.assuredDate = 'last_modified';
  const assuredDate = assured ?? lastModified;
  put(draft, 'assured_date', assuredDate === undefined ? undefined : normaliseDate(assuredDate));

  const organization = service.organization;
  if (organization !== null && organization !== undefined) {
    const org: Record<string, unknown> = { id: subObjectId(id, 'organization', 0, organization.id ?? service.organization_id) };
    put(org, 'name', optionalText(organization.name));
    put(org, 'website', optionalText(organization.website));
    draft['organization'] = org;
  }

  // Locations, and accessibility (kept per listing in our model) from all of them.
  const locations: Record<string, unknown>[] = [];
  const seenLocations = new Set<string>();
  const accessibility: AccessibilityId[] = [];
  (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) => {
    const location = serviceAtLocation.location;
    if (location === null || location === undefined) return;
    const mapped = locationDraft(location, id, salIndex, locations.length, issues);
    if (mapped === undefined) return;
    const locationId = String(mapped.draft['id']);
    if (seenLocations.has(locationId)) return;
    seenLocations.add(locationId);
    sources.locations.push(`service_at_locations[${salIndex}].location`);
    sources.addresses.push(`service_at_locations[${salIndex}].location.addresses[${mapped.addressIndex}]`);
    locations.push(mapped.draft);
    for (const entry of location.accessibility ?? []) {
      const description = optionalText(entry.description) ?? optionalText(entry.accessibility);
      const feature = description === undefined ? undefined : accessibilityOfText(description);
      if (feature !== undefined && !accessibility.includes(feature)) accessibility.push(feature);
    }
  });
  if (locations.length === 0) issues.push({ path: ['locations'], message: 'needs at least one physical or virtual location' });
  draft['locations'] = locations;
  draft['accessibility'] = accessibility;

  // Schedules: the service's own, or else those of its service_at_locations.
  const scheduleSources: Array<{ schedule: HsdsSchedule; path: string }> = (service.schedules ?? []).map((schedule, index) => ({
    schedule,
    path: `schedules[${index}]`,
  }));
  if (scheduleSources.length === 0) {
    (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) =>
      (serviceAtLocation.schedules ?? []).forEach((schedule, index) =>
        scheduleSources.push({ schedule, path: `service_at_locations[${salIndex}].schedules[${index}]` }),
      ),
    );
  }
  const schedules: Record<string, unknown>[] = [];
  const seenSchedules = new Set<string>();
  scheduleSources.forEach(({ schedule, path }, index) => {
    const mapped = scheduleDraft(schedule, id, index, schedules.length, issues);
    const scheduleId = String(mapped['id']);
    if (seenSchedules.has(scheduleId)) return;
    seenSchedules.add(scheduleId);
    sources.schedules.push(path);
    schedules.push(mapped);
  });
  if (schedules.length === 0) issues.push({ path: ['schedules'], message: 'needs at least one schedule' });
  draft['schedules'] = schedules;

  draft['cost_options'] = (service.cost_options ?? []).map((cost, index) => {
    const mapped: Record<string, unknown> = { id: subObjectId(id, 'cost_option', index, cost.id) };
    const words = optionalText(cost.option) ?? optionalText(cost.amount_description);
    // "Free" with no amount is common in feeds.
    const amount = numberField(cost.amount, ['cost_options', index, 'amount'], issues) ?? (words !== undefined && /\bfree\b/i.test(words) ? 0 : undefined);
    put(mapped, 'option', words ?? (amount === 0 ? 'Free' : undefined));
    put(mapped, 'amount', amount);
    mapped['currency'] = optionalText(cost.currency)?.toUpperCase() ?? 'GBP';
    return mapped;
  });

  draft['phones'] = (service.phones ?? []).map((phone) => {
    const mapped: Record<string, unknown> = {};
    // Some publishers (and the HSDS example) wrap numbers in quotes.
    put(mapped, 'number', optionalText(phone.number)?.replace(/^"(.*)"$/, '$1'));
    put(mapped, 'description', optionalText(phone.description));
    return mapped;
  });

  const languages: Array<string | undefined> = [];
  (service.languages ?? []).forEach((language, index) => {
    const code = optionalText(language.code)?.toLowerCase();
    if (code !== undefined && languages.includes(code)) return;
    languages.push(code);
    sources.languages.push(`languages[${index}]`);
  });
  draft['languages'] = languages.length === 0 ? ['en'] : languages;

  // Categories: living-well taxonomy terms, from attributes or a plain list of terms.
  const terms: Array<{ term: HsdsTaxonomyTerm; path: string }> = [];
  (service.attributes ?? []).forEach((attribute, index) => {
    if (attribute.taxonomy_term !== null && attribute.taxonomy_term !== undefined) terms.push({ term: attribute.taxonomy_term, path: `attributes[${index}].taxonomy_term` });
  });
  (service.taxonomy_terms ?? []).forEach((term, index) => terms.push({ term, path: `taxonomy_terms[${index}]` }));
  const categories: ActivityCategoryId[] = [];
  for (const { term, path } of terms) {
    const taxonomy = optionalText(term.taxonomy) ?? optionalText(term.taxonomy_detail?.name);
    if (taxonomy?.toLowerCase() !== livingWellTaxonomy) continue;
    const category = categoryOfTerm(term);
    if (category === undefined) {
      const named = optionalText(term.code) ?? optionalText(term.term) ?? optionalText(term.name) ?? optionalText(term.id) ?? '';
      issues.push({ path: ['categories', path], message: `unknown Living Well category "${named}" (known: ${knownCategoriesText()})` });
    } else if (!categories.includes(category)) {
      categories.push(category);
    }
  }
  if (categories.length === 0) {
    issues.push({ path: ['categories'], message: `no Living Well category: add a taxonomy term with taxonomy "${livingWellTaxonomy}" and code one of ${knownCategoriesText()}` });
  }
  draft['categories'] = categories;

  const checked = validateDraft(draft, issues);
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: checked.issues.map((issue) => {
      // An unknown term is reported at the term itself.
      const termPath = issue.path[0] === 'categories' && typeof issue.path[1] === 'string' ? issue.path[1] : undefined;
      return { field: termPath === undefined ? hsdsField(issue.path, sources) : `${termPath}.code`, message: issue.message };
    }),
  };
}
