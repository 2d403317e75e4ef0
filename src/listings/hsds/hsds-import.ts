import type { AccessibilityId, Activity, ActivityCategoryId } from '../../domain/activities/activity';
import { formatPath } from '../../domain/field-problems';
import type { SiteId } from '../../domain/sites';
import {
  checkPostcode,
  definedFields,
  isUuid,
  normaliseByday,
  normaliseBymonthday,
  normaliseDate,
  normaliseTime,
  optionalText,
  parseNumber,
  validateDraft,
  type CostOptionDraft,
  type DraftIssue,
  type DraftPath,
  type FieldError,
  type ListingDraft,
  type LocationDraft,
  type OrganizationDraft,
  type PhoneDraft,
  type ScheduleDraft,
} from '../listing-draft';
import { hsdsServiceSchema, type HsdsLocation, type HsdsSchedule, type HsdsService, type HsdsTaxonomyTerm } from './hsds-schema';
import { accessibilityOfText, categoryOfTerm, knownCategoriesText, livingWellTaxonomy } from './hsds-taxonomy';
import { nilUuid, stableUuid } from './stable-uuid';

/**
 * An activity from an HSDS 3.0 compiled service (where each field comes from: see
 * `hsds-export.ts`). Import is lenient where feeds commonly differ and strict where it matters
 * to people:
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
 * - no languages means English; times may be `HH:MM:SS` or `HH:MM`.
 * - taxonomy terms may name the term as `name` (HSDS 3.0) or `term` (Open Referral UK);
 *   accessibility as `description` (HSDS 3.0) or `accessibility` (Open Referral UK).
 * - only `living-well` taxonomy terms become categories (matched by code, id, or the category's
 *   label); a `living-well` term we do not know is an error, other taxonomies are ignored.
 * - accessibility descriptions we do not recognise are ignored.
 * - postcodes are checked and normalised with the `postcode` package.
 */

/** A part of the draft and the HSDS path it was read from, to name fields in errors. */
interface Sourced<T> {
  readonly draft: T;
  readonly from: string;
}

/** A location draft, where it came from, and which of its addresses. */
interface SourcedLocation extends Sourced<LocationDraft> {
  readonly address: string;
}

/** Where the parts of a draft came from in the HSDS document. */
interface HsdsSources {
  readonly locations: readonly SourcedLocation[];
  readonly schedules: readonly Sourced<ScheduleDraft>[];
  readonly languages: readonly Sourced<string | undefined>[];
  readonly assuredDate: 'assured_date' | 'last_modified';
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
  // Issues are gathered in field order: locations, schedules, cost options, categories.
  const issues: DraftIssue[] = [];
  const locations = locationDrafts(service, id, issues);
  const schedules = scheduleDrafts(service, id, issues);
  const costOptions = (service.cost_options ?? []).map((cost, index) => costOptionDraft(cost, id, index, issues));
  const languages = languageCodes(service);
  const categories = categoriesOf(service, issues);
  const assured = assuredDateOf(service);
  const draft: ListingDraft = {
    id,
    site_id: siteId,
    sample: false,
    ...definedFields({
      name: optionalText(service.name),
      description: optionalText(service.description),
      status: optionalText(service.status)?.toLowerCase(),
      email: optionalText(service.email),
      url: optionalText(service.url),
      how_to_join: optionalText(service.application_process) ?? contactInWords(service),
      assured_date: assured.date,
      organization: organizationDraft(service, id),
    }),
    locations: locations.map((location) => location.draft),
    accessibility: accessibilityOf(service, locations),
    schedules: schedules.map((schedule) => schedule.draft),
    cost_options: costOptions,
    phones: (service.phones ?? []).map(phoneDraft),
    languages: languages.length === 0 ? ['en'] : languages.map((language) => language.draft),
    categories,
  };

  const checked = validateDraft(draft, issues);
  if (checked.ok) return checked;
  const sources: HsdsSources = { locations, schedules, languages, assuredDate: assured.from };
  return {
    ok: false,
    errors: checked.issues.map((issue) => {
      // An unknown term is reported at the term itself.
      const termPath = issue.path[0] === 'categories' && typeof issue.path[1] === 'string' ? issue.path[1] : undefined;
      return { field: termPath === undefined ? hsdsField(issue.path, sources) : `${termPath}.code`, message: issue.message };
    }),
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

// ---------------------------------------------------------------------------------------------
// The parts of the draft, each from its part of the service.

/** `assured_date`, or else the date of `last_modified`, and which it was. */
function assuredDateOf(service: HsdsService): { date: string | undefined; from: HsdsSources['assuredDate'] } {
  const assured = optionalText(service.assured_date);
  const lastModified = optionalText(service.last_modified);
  const date = assured ?? lastModified;
  return { date: date === undefined ? undefined : normaliseDate(date), from: assured === undefined && lastModified !== undefined ? 'last_modified' : 'assured_date' };
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

function organizationDraft(service: HsdsService, listingId: string): OrganizationDraft | undefined {
  const organization = service.organization;
  if (organization === null || organization === undefined) return undefined;
  return {
    id: subObjectId(listingId, 'organization', 0, organization.id ?? service.organization_id),
    ...definedFields({ name: optionalText(organization.name), website: optionalText(organization.website) }),
  };
}

/** The service's locations we list (not postal), each once. */
function locationDrafts(service: HsdsService, listingId: string, issues: DraftIssue[]): SourcedLocation[] {
  const locations: SourcedLocation[] = [];
  (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) => {
    const location = serviceAtLocation.location;
    if (location === null || location === undefined) return;
    const from = `service_at_locations[${salIndex}].location`;
    const mapped = locationDraft(location, listingId, salIndex, locations.length, issues);
    if (mapped === undefined || locations.some((seen) => seen.draft.id === mapped.draft.id)) return;
    locations.push({ draft: mapped.draft, from, address: `${from}.addresses[${mapped.addressIndex}]` });
  });
  if (locations.length === 0) issues.push({ path: ['locations'], message: 'needs at least one physical or virtual location' });
  return locations;
}

/** A location draft from an HSDS location, or undefined for one we do not list (postal). */
function locationDraft(
  location: HsdsLocation,
  listingId: string,
  index: number,
  draftIndex: number,
  issues: DraftIssue[],
): { draft: LocationDraft; addressIndex: number } | undefined {
  const addresses = location.addresses ?? [];
  const physicalIndex = addresses.findIndex((address) => optionalText(address.address_type)?.toLowerCase() === 'physical');
  const addressIndex = physicalIndex >= 0 ? physicalIndex : 0;
  const address = addresses[addressIndex];
  const url = optionalText(location.url);
  const declared = optionalText(location.location_type)?.toLowerCase();
  const type = declared ?? (url !== undefined && address === undefined ? 'virtual' : 'physical');
  if (type === 'postal') return undefined;
  const common = { id: subObjectId(listingId, 'location', index, location.id), location_type: type, ...definedFields({ name: optionalText(location.name) }) };
  if (type === 'virtual') return { draft: { ...common, ...definedFields({ url }) }, addressIndex };
  const at = (field: string): DraftPath => ['locations', draftIndex, field];
  const postcode = optionalText(address?.postal_code);
  const checked = postcode === undefined ? undefined : checkPostcode(postcode);
  if (checked?.ok === false) issues.push({ path: at('postal_code'), message: checked.message });
  const draft: LocationDraft = {
    ...common,
    ...definedFields({
      address_1: optionalText(address?.address_1),
      city: optionalText(address?.city),
      postal_code: checked?.ok === true ? checked.postcode : undefined,
      latitude: numberField(location.latitude, at('latitude'), issues),
      longitude: numberField(location.longitude, at('longitude'), issues),
    }),
  };
  return { draft, addressIndex };
}

/** The accessibility features named on the listed locations (our model keeps them per listing). */
function accessibilityOf(service: HsdsService, locations: readonly SourcedLocation[]): AccessibilityId[] {
  const listed = new Set(locations.map((location) => location.from));
  const features: AccessibilityId[] = [];
  (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) => {
    if (!listed.has(`service_at_locations[${salIndex}].location`)) return;
    for (const entry of serviceAtLocation.location?.accessibility ?? []) {
      const description = optionalText(entry.description) ?? optionalText(entry.accessibility);
      const feature = description === undefined ? undefined : accessibilityOfText(description);
      if (feature !== undefined && !features.includes(feature)) features.push(feature);
    }
  });
  return features;
}

/** Schedules: the service's own, or else those of its service_at_locations; each once. */
function scheduleDrafts(service: HsdsService, listingId: string, issues: DraftIssue[]): Sourced<ScheduleDraft>[] {
  const found: Array<{ schedule: HsdsSchedule; from: string }> = (service.schedules ?? []).map((schedule, index) => ({ schedule, from: `schedules[${index}]` }));
  if (found.length === 0) {
    (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) =>
      (serviceAtLocation.schedules ?? []).forEach((schedule, index) => found.push({ schedule, from: `service_at_locations[${salIndex}].schedules[${index}]` })),
    );
  }
  const schedules: Sourced<ScheduleDraft>[] = [];
  found.forEach(({ schedule, from }, index) => {
    const draft = scheduleDraft(schedule, listingId, index, schedules.length, issues);
    if (!schedules.some((seen) => seen.draft.id === draft.id)) schedules.push({ draft, from });
  });
  if (schedules.length === 0) issues.push({ path: ['schedules'], message: 'needs at least one schedule' });
  return schedules;
}

/** A schedule draft from an HSDS schedule. */
function scheduleDraft(schedule: HsdsSchedule, listingId: string, index: number, draftIndex: number, issues: DraftIssue[]): ScheduleDraft {
  const byday = optionalText(schedule.byday);
  const bymonthday = typeof schedule.bymonthday === 'number' ? String(schedule.bymonthday) : optionalText(schedule.bymonthday);
  return {
    id: subObjectId(listingId, 'schedule', index, schedule.id),
    ...definedFields({
      freq: optionalText(schedule.freq)?.toUpperCase(),
      interval: numberField(schedule.interval, ['schedules', draftIndex, 'interval'], issues) ?? 1,
      byday: byday === undefined ? undefined : normaliseByday(byday),
      bymonthday: bymonthday === undefined ? undefined : normaliseBymonthday(bymonthday),
      dtstart: dateField(schedule.dtstart) ?? dateField(schedule.valid_from),
      until: dateField(schedule.until),
      valid_from: dateField(schedule.valid_from),
      valid_to: dateField(schedule.valid_to),
      opens_at: timeField(schedule.opens_at),
      closes_at: timeField(schedule.closes_at),
      description: optionalText(schedule.description),
    }),
  };
}

function costOptionDraft(cost: NonNullable<HsdsService['cost_options']>[number], listingId: string, index: number, issues: DraftIssue[]): CostOptionDraft {
  const words = optionalText(cost.option) ?? optionalText(cost.amount_description);
  // "Free" with no amount is common in feeds.
  const amount = numberField(cost.amount, ['cost_options', index, 'amount'], issues) ?? (words !== undefined && /\bfree\b/i.test(words) ? 0 : undefined);
  return {
    id: subObjectId(listingId, 'cost_option', index, cost.id),
    ...definedFields({ option: words ?? (amount === 0 ? 'Free' : undefined), amount }),
    currency: optionalText(cost.currency)?.toUpperCase() ?? 'GBP',
  };
}

function phoneDraft(phone: NonNullable<HsdsService['phones']>[number]): PhoneDraft {
  // Some publishers (and the HSDS example) wrap numbers in quotes.
  return definedFields({ number: optionalText(phone.number)?.replace(/^"(.*)"$/, '$1'), description: optionalText(phone.description) });
}

/** The language codes, lower case, each once (a language without a code is kept, to be reported). */
function languageCodes(service: HsdsService): Sourced<string | undefined>[] {
  const languages: Sourced<string | undefined>[] = [];
  (service.languages ?? []).forEach((language, index) => {
    const code = optionalText(language.code)?.toLowerCase();
    if (code !== undefined && languages.some((seen) => seen.draft === code)) return;
    languages.push({ draft: code, from: `languages[${index}]` });
  });
  return languages;
}

/** Categories: living-well taxonomy terms, from attributes or a plain list of terms. */
function categoriesOf(service: HsdsService, issues: DraftIssue[]): ActivityCategoryId[] {
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
  return categories;
}

// ---------------------------------------------------------------------------------------------
// Fields.

/** The number in a number-or-text field, or an issue. */
function numberField(value: number | string | null | undefined, path: DraftPath, issues: DraftIssue[]): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  const parsed = parseNumber(value);
  if (parsed === undefined) issues.push({ path, message: 'a number' });
  return parsed;
}

function dateField(value: string | null | undefined): string | undefined {
  const given = optionalText(value);
  return given === undefined ? undefined : normaliseDate(given);
}

function timeField(value: string | null | undefined): string | undefined {
  const given = optionalText(value);
  return given === undefined ? undefined : normaliseTime(given);
}

/** The HSDS field a draft path came from. */
function hsdsField(path: DraftPath, sources: HsdsSources): string {
  const [head, index, ...rest] = path;
  const restText = rest.length === 0 ? '' : `.${formatPath(rest)}`;
  const at = (list: readonly { from: string }[], fallback: string): string =>
    typeof index === 'number' ? `${list[index]?.from ?? `${fallback}[${index}]`}${restText}` : fallback;
  switch (head) {
    case 'locations': {
      const field = rest[0];
      if (typeof index === 'number' && (field === 'address_1' || field === 'city' || field === 'postal_code')) {
        return `${sources.locations[index]?.address ?? `service_at_locations[${index}].location.addresses[0]`}.${field}`;
      }
      return at(sources.locations, 'service_at_locations');
    }
    case 'schedules':
      return at(sources.schedules, 'schedules');
    case 'languages':
      return typeof index === 'number' ? `${sources.languages[index]?.from ?? `languages[${index}]`}.code` : 'languages';
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
