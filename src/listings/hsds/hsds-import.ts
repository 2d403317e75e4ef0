import type { AccessibilityId, Activity, ActivityCategoryId } from '../../domain/activities/activity';
import type { SourceTerm } from '../../domain/activities/source-term';
import { categoriesOfTerms, taxonomyMapper, type TaxonomyMapper } from '../../domain/activities/taxonomy-mapping';
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
import { accessibilityOfText, categoryOfTerm, livingWellSiteTaxonomy, livingWellTaxonomy } from './hsds-taxonomy';
import { languageCodeOfName } from './language-names';
import { livingWellNamespace, nilUuid, stableUuid } from './stable-uuid';

/**
 * An activity from an HSDS 3.0 compiled service (where each field comes from: see
 * `hsds-export.ts`). Import is lenient where feeds commonly differ and strict where it matters
 * to people:
 * - the service `id` is how a re-import updates the listing: a UUID is kept (in lower case), any
 *   other id gets a name-based UUID from it (in `idNamespace`), the same on every import.
 * - a location, schedule, cost option or organization without a UUID gets a name-based one
 *   from the service id and its position (or its non-UUID id), the same as CSV import uses, so
 *   re-importing the same feed updates rather than duplicates them.
 * - `null` and `""` count as absent; `postal` locations (mail addresses) are skipped; a location
 *   without `location_type` is virtual if it has a url and no address, else physical.
 * - schedules come from the service, or, when it has none, from its service_at_locations
 *   (`schedules` or the first Open Referral UK profile's `regular_schedules`); a schedule given
 *   only in words (a description, no freq/byday/times) is skipped, and reported when it is all there is.
 * - `dtstart` falls back to `valid_from`, then to `today`; `interval` to 1; `byday` to the day
 *   named in `weekday`; `assured_date` to the date of `last_modified`.
 * - `how_to_join` falls back to the service url, phone and email when there is no
 *   `application_process` (the Open Referral UK profile drops it).
 * - no languages means English; a language given by name ("English") gets its ISO code, one we
 *   cannot read is left out; times may be `HH:MM:SS` or `HH:MM`.
 * - addresses may be `addresses` (HSDS 3.0) or `physical_addresses`; phones the service's own or
 *   else its contacts'; accessibility `accessibility` or `accessibility_for_disabilities`, each
 *   named as `description` (HSDS 3.0) or `accessibility` (Open Referral UK).
 * - taxonomy terms come from `attributes[].taxonomy_term`, `taxonomy_terms`, and the first Open
 *   Referral UK profile's `service_taxonomys[].taxonomy` and `taxonomies`; the term's vocabulary
 *   is `taxonomy`, `taxonomy_detail.name`, `vocabulary` or `taxonomy_id`. `living-well` terms name
 *   our categories directly; every other term goes through the site's mapping table
 *   (`taxonomy-mapping.ts`) and is kept on the listing (`source_terms`). A service whose terms map
 *   to none of our categories is imported with none: it "needs a kind" (never refused for that).
 * - fields we do not use are ignored.
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

/** What an HSDS import is told besides the service. */
export interface HsdsImportOptions {
  /** The site's taxonomy mapping (default: the built-in rows only). */
  readonly mapper?: TaxonomyMapper;
  /** The namespace of name-based ids for services whose id is not a UUID (default: one per service id alone). */
  readonly idNamespace?: string;
  /** The import's date (`YYYY-MM-DD`): the start of a schedule that gives neither dtstart nor valid_from. */
  readonly today?: string;
}

/** A mapped service: the listing, and the directory's terms that map to none of our categories. */
export type HsdsImportResult = { ok: true; activity: Activity; unmappedTerms: SourceTerm[] } | { ok: false; errors: FieldError[] };

/**
 * An activity from an HSDS 3.0 compiled service (one element of an import), for `siteId`.
 * Checked against the listing schema; errors name HSDS fields (`schedules[0].byday`,
 * `service_at_locations[1].location.addresses[0].postal_code`). Imports are never samples.
 */
export function hsdsToActivity(input: unknown, siteId: SiteId, options: HsdsImportOptions = {}): HsdsImportResult {
  const parsed = hsdsServiceSchema.safeParse(input, { error: (issue) => (issue.input === undefined ? 'required' : undefined) });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ field: formatPath(issue.path) || '(service)', message: issue.message })),
    };
  }
  const service = parsed.data;
  const id = serviceIdOf(service.id, options.idNamespace);
  // Issues are gathered in field order: locations, schedules, cost options, categories.
  const issues: DraftIssue[] = [];
  const locations = locationDrafts(service, id, issues);
  const schedules = scheduleDrafts(service, id, options.today, issues);
  const costOptions = (service.cost_options ?? []).map((cost, index) => costOptionDraft(cost, id, index, issues));
  const languages = languageCodes(service);
  const kinds = categoriesOf(service, options.mapper ?? taxonomyMapper([]));
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
    phones: phonesOf(service).map(phoneDraft),
    languages: languages.length === 0 ? ['en'] : languages.map((language) => language.draft),
    categories: kinds.categories,
    ...(kinds.sourceTerms.length === 0 ? {} : { source_terms: kinds.sourceTerms }),
  };

  const checked = validateDraft(draft, issues);
  if (checked.ok) return { ...checked, unmappedTerms: kinds.unmapped };
  const sources: HsdsSources = { locations, schedules, languages, assuredDate: assured.from };
  return {
    ok: false,
    errors: checked.issues.map((issue) => ({ field: hsdsField(issue.path, sources), message: issue.message })),
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

/** The listing id of a service id: a UUID in lower case (as the store keeps ids), else a name-based one. */
function serviceIdOf(given: string, namespace: string | undefined): string {
  const trimmed = given.trim();
  if (isUuid(trimmed)) return trimmed.toLowerCase();
  return stableUuid(namespace ?? livingWellNamespace, `service:id:${trimmed}`);
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
  const first = phonesOf(service)[0];
  const phone = first === undefined ? undefined : numberOf(first);
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
  const addresses = location.addresses ?? location.physical_addresses ?? [];
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
    const location = serviceAtLocation.location;
    for (const entry of location?.accessibility ?? location?.accessibility_for_disabilities ?? []) {
      const description = optionalText(entry.description) ?? optionalText(entry.accessibility);
      const feature = description === undefined ? undefined : accessibilityOfText(description);
      if (feature !== undefined && !features.includes(feature)) features.push(feature);
    }
  });
  return features;
}

/** Schedules: the service's own, or else those of its service_at_locations; each once; those only in words left out. */
function scheduleDrafts(service: HsdsService, listingId: string, today: string | undefined, issues: DraftIssue[]): Sourced<ScheduleDraft>[] {
  const own = service.schedules ?? service.regular_schedules;
  const ownName = service.schedules === undefined || service.schedules === null ? 'regular_schedules' : 'schedules';
  const found: Array<{ schedule: HsdsSchedule; from: string }> = (own ?? []).map((schedule, index) => ({ schedule, from: `${ownName}[${index}]` }));
  if (found.length === 0) {
    (service.service_at_locations ?? []).forEach((serviceAtLocation, salIndex) => {
      const name = serviceAtLocation.schedules === undefined || serviceAtLocation.schedules === null ? 'regular_schedules' : 'schedules';
      (serviceAtLocation.schedules ?? serviceAtLocation.regular_schedules ?? []).forEach((schedule, index) =>
        found.push({ schedule, from: `service_at_locations[${salIndex}].${name}[${index}]` }),
      );
    });
  }
  const schedules: Sourced<ScheduleDraft>[] = [];
  const inWordsOnly: Array<{ from: string; description: string }> = [];
  found.forEach(({ schedule, from }, index) => {
    const description = optionalText(schedule.description);
    if (description !== undefined && isOnlyInWords(schedule)) {
      inWordsOnly.push({ from, description });
      return;
    }
    const draft = scheduleDraft(schedule, listingId, index, schedules.length, today, issues);
    if (!schedules.some((seen) => seen.draft.id === draft.id)) schedules.push({ draft, from });
  });
  const first = inWordsOnly[0];
  if (schedules.length === 0 && first !== undefined) {
    issues.push({ path: ['schedules', first.from], message: `given only in words ("${first.description.slice(0, 80)}"): needs freq, byday, opens_at and closes_at` });
  } else if (schedules.length === 0) {
    issues.push({ path: ['schedules'], message: 'needs at least one schedule' });
  }
  return schedules;
}

/** A schedule with a description and nothing to compute sessions from. */
function isOnlyInWords(schedule: HsdsSchedule): boolean {
  return [schedule.freq, schedule.byday, schedule.bymonthday, schedule.weekday, schedule.opens_at, schedule.closes_at].every((field) => field === null || field === undefined || field === '');
}

const weekdayCodes: Readonly<Record<string, string>> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };

/** A schedule draft from an HSDS schedule. */
function scheduleDraft(schedule: HsdsSchedule, listingId: string, index: number, draftIndex: number, today: string | undefined, issues: DraftIssue[]): ScheduleDraft {
  const weekday = optionalText(schedule.weekday)?.toLowerCase();
  const byday = optionalText(schedule.byday) ?? (weekday === undefined ? undefined : (weekdayCodes[weekday] ?? weekday));
  const freq = optionalText(schedule.freq)?.toUpperCase() ?? (byday === undefined ? undefined : 'WEEKLY');
  const bymonthday = typeof schedule.bymonthday === 'number' ? String(schedule.bymonthday) : optionalText(schedule.bymonthday);
  return {
    id: subObjectId(listingId, 'schedule', index, schedule.id),
    ...definedFields({
      freq,
      interval: numberField(schedule.interval, ['schedules', draftIndex, 'interval'], issues) ?? 1,
      byday: byday === undefined ? undefined : normaliseByday(byday),
      bymonthday: bymonthday === undefined ? undefined : normaliseBymonthday(bymonthday),
      dtstart: dateField(schedule.dtstart) ?? dateField(schedule.valid_from) ?? today,
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

/** The service's phones, or else its contacts' (the Open Referral UK profile keeps them there). */
function phonesOf(service: HsdsService): NonNullable<HsdsService['phones']> {
  const own = service.phones ?? [];
  return (own.length > 0 ? own : (service.contacts ?? []).flatMap((contact) => contact.phones ?? [])).slice(0, 5);
}

function phoneDraft(phone: NonNullable<HsdsService['phones']>[number]): PhoneDraft {
  return definedFields({ number: numberOf(phone), description: optionalText(phone.description) });
}

/** A phone's number; some publishers (and the HSDS example) wrap numbers in quotes. */
function numberOf(phone: NonNullable<HsdsService['phones']>[number]): string | undefined {
  return optionalText(phone.number)?.replace(/^"(.*)"$/, '$1');
}

/** The language codes, lower case, each once: the code given, or the code of the name given; a language we cannot read is left out. */
function languageCodes(service: HsdsService): Sourced<string | undefined>[] {
  const languages: Sourced<string | undefined>[] = [];
  (service.languages ?? []).forEach((language, index) => {
    const name = optionalText(language.name) ?? optionalText(language.language);
    const code = optionalText(language.code)?.toLowerCase() ?? (name === undefined ? undefined : languageCodeOfName(name));
    if (code === undefined || languages.some((seen) => seen.draft === code)) return;
    languages.push({ draft: code, from: `languages[${index}]` });
  });
  return languages;
}

/** The kinds of a service: `living-well` terms directly, every other term through the mapping. */
interface Kinds {
  readonly categories: ActivityCategoryId[];
  /** The directory's own terms (not ours), each once, kept on the listing. */
  readonly sourceTerms: SourceTerm[];
  /** Of those, the ones that map to none of our categories. */
  readonly unmapped: SourceTerm[];
}

/** Every taxonomy term of the service, wherever the publisher put it. */
function termsOf(service: HsdsService): HsdsTaxonomyTerm[] {
  return [
    ...(service.attributes ?? []).flatMap((attribute) => (attribute.taxonomy_term === null || attribute.taxonomy_term === undefined ? [] : [attribute.taxonomy_term])),
    ...(service.taxonomy_terms ?? []),
    ...(service.service_taxonomys ?? []).flatMap((link) => (link.taxonomy === null || link.taxonomy === undefined ? [] : [link.taxonomy])),
    ...(service.taxonomies ?? []),
  ];
}

/** A term as kept on the listing, or undefined when it names nothing. */
function sourceTermOf(term: HsdsTaxonomyTerm): SourceTerm | undefined {
  const label = optionalText(term.name) ?? optionalText(term.term);
  const code = optionalText(term.code) ?? optionalText(term.id) ?? label;
  if (code === undefined) return undefined;
  const vocabulary = optionalText(term.taxonomy) ?? optionalText(term.taxonomy_detail?.name) ?? optionalText(term.vocabulary) ?? optionalText(term.taxonomy_id) ?? 'unknown';
  return { vocabulary: vocabulary.slice(0, 100), code: code.slice(0, 200), ...(label === undefined ? {} : { label: label.slice(0, 200) }) };
}

const maxSourceTerms = 30;

function categoriesOf(service: HsdsService, mapper: TaxonomyMapper): Kinds {
  const categories: ActivityCategoryId[] = [];
  const sourceTerms: SourceTerm[] = [];
  for (const term of termsOf(service)) {
    const source = sourceTermOf(term);
    const taxonomy = source?.vocabulary.toLowerCase();
    if (source === undefined || taxonomy === livingWellSiteTaxonomy) continue;
    const ours = taxonomy === livingWellTaxonomy ? categoryOfTerm(term) : undefined;
    if (ours !== undefined) {
      if (!categories.includes(ours)) categories.push(ours);
    } else if (sourceTerms.length < maxSourceTerms && !sourceTerms.some((seen) => seen.vocabulary === source.vocabulary && seen.code === source.code)) {
      sourceTerms.push(source);
    }
  }
  const mapped = categoriesOfTerms(sourceTerms, mapper);
  for (const category of mapped.categories) if (!categories.includes(category)) categories.push(category);
  return { categories, sourceTerms, unmapped: mapped.unmapped };
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
      // A schedule given only in words is reported where it was found.
      return typeof index === 'string' ? index : at(sources.schedules, 'schedules');
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
