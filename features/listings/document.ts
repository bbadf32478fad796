/**
 * The listing document (one organization with everything under it, the shape
 * of `listingDocumentSchema`) as change requests, moderation and publishing
 * use it: stored as JSON, compared field by field, and split into what one
 * moderator may publish and what needs a second (high-risk changes). The
 * field-level differences are computed from two documents each time, never
 * stored as patches (DESIGN §4). Isomorphic, no I/O.
 */
import {
  listingDocumentSchema,
  type ListingDocument,
  type LocationInput,
  type PhoneInput,
  type ScheduleInput,
  type ServiceAreaInput,
  type ServiceInput,
  type TranslationInput,
} from "./schema";

export function encodeListingDocument(document: ListingDocument): string {
  return JSON.stringify(document);
}

/** A stored document, parsed back with the schema (dates come back as dates). */
export function decodeListingDocument(json: string): ListingDocument {
  return listingDocumentSchema.parse(JSON.parse(json));
}

// ---------------------------------------------------------------------------
// Record identity

/**
 * Gives every location, service and phone of a submitted document an id:
 * the one it had if that id belongs to one of the `known` documents (the
 * published listing, the draft), a new one otherwise. Ids in a submission
 * are never trusted further than that, so no form can reach another
 * listing's records. Location keys become the locations' ids, and services
 * follow them.
 */
export function assignRecordIds(document: ListingDocument, known: readonly ListingDocument[], newId: () => string = () => crypto.randomUUID()): ListingDocument {
  const knownIds = new Set<string>();
  for (const listing of known) for (const id of recordIdsOf(listing)) knownIds.add(id);
  const used = new Set<string>();
  const idFor = (id: string | undefined) => {
    const chosen = id !== undefined && knownIds.has(id) && !used.has(id) ? id : newId();
    used.add(chosen);
    return chosen;
  };
  const phones = (list: PhoneInput[]) => list.map((phone) => ({ ...phone, id: idFor(phone.id) }));
  const keyToId = new Map<string, string>();
  const locations = document.locations.map((location) => {
    const id = idFor(location.id ?? (knownIds.has(location.key) ? location.key : undefined));
    keyToId.set(location.key, id);
    return { ...location, id, key: id, phones: phones(location.phones) };
  });
  const services = document.services.map((service) => ({
    ...service,
    id: idFor(service.id),
    phones: phones(service.phones),
    locationKeys: service.locationKeys.flatMap((key) => keyToId.get(key) ?? []),
  }));
  return { ...document, phones: phones(document.phones), locations, services };
}

function recordIdsOf(document: ListingDocument): string[] {
  return [
    ...document.phones.flatMap((phone) => phone.id ?? []),
    ...document.locations.flatMap((location) => [...(location.id ? [location.id] : []), ...location.phones.flatMap((phone) => phone.id ?? [])]),
    ...document.services.flatMap((service) => [...(service.id ? [service.id] : []), ...service.phones.flatMap((phone) => phone.id ?? [])]),
  ];
}

function locationIdentity(location: LocationInput): string {
  return location.id ?? location.key;
}

function serviceIdentity(service: ServiceInput): string {
  return service.id ?? `slug:${service.slug}`;
}

function phoneIdentity(phone: PhoneInput, index: number): string {
  return phone.id ?? `position:${index}`;
}

// ---------------------------------------------------------------------------
// Field-level differences

export type RecordKind = "organization" | "phone" | "location" | "service";

/** How a value is shown: plain text, a code of a vocabulary (translated by the page), or a structured value. */
export type DifferenceFormat =
  | "text"
  | "phone"
  | "url"
  | "email"
  | "boolean"
  | "language"
  | "languages"
  | "status"
  | "safetyAnswer"
  | "phoneType"
  | "serviceKind"
  | "hotlinePurpose"
  | "capacity"
  | "taxonomy"
  | "accreditations"
  | "costs"
  | "areas"
  | "hours"
  | "locations"
  | "translation";

/** A value as the difference shows it: text, or a list of codes or lines. */
export type DifferenceValue = string | readonly string[] | null;

export interface RecordLabel {
  kind: RecordKind;
  /** The record's id (or key, for a record not yet saved). */
  key: string;
  /** Its name in the organization's language, or, for a phone, its number. */
  name: string;
  /** Set when the whole record is new or gone, rather than some of its fields changed. */
  change?: "added" | "removed";
}

function recordChange(old: unknown, current: unknown): RecordLabel["change"] {
  if (old === undefined) return "added";
  return current === undefined ? "removed" : undefined;
}

export interface FieldDifference {
  /** The record the field belongs to, and for a phone the record that holds it. */
  record: RecordLabel;
  parent: RecordLabel | null;
  /** The field's name (a key of `Moderation.fields`), or for a translation `translation`. */
  field: string;
  /** For a translation: the translated field and its language. */
  translation?: { field: string; locale: string };
  format: DifferenceFormat;
  before: DifferenceValue;
  after: DifferenceValue;
  /** Phone numbers, addresses, websites, emails, hotlines, accreditations: a second moderator must approve these. */
  highRisk: boolean;
}

interface FieldSpec<Record> {
  field: string;
  format: DifferenceFormat;
  highRisk: boolean;
  read: (record: Record) => DifferenceValue;
}

const text = (value: string | number | undefined | null): string | null => (value === undefined || value === null ? null : String(value));
const sortedList = (values: readonly string[]): readonly string[] | null => (values.length === 0 ? null : [...new Set(values)].sort());

function formatHours(schedules: ScheduleInput[]): readonly string[] | null {
  const lines = schedules.flatMap((schedule) => [
    `tz:${schedule.timezone}`,
    ...(schedule.isAlwaysOpen ? ["always"] : []),
    ...[...schedule.hours].sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt)).map((hours) => `${hours.weekday}:${hours.opensAt}-${hours.closesAt}`),
    ...(schedule.notes ? [`note:${schedule.notes}`] : []),
  ]);
  return lines.length === 0 ? null : lines;
}

function formatArea(area: ServiceAreaInput): string {
  if (area.kind === "nationwide") return "nationwide";
  if (area.kind === "radius") return `radius:${area.radiusMiles}:${area.centerLatitude.toFixed(4)},${area.centerLongitude.toFixed(4)}`;
  return `${area.kind}:${area.code}`;
}

function formatAddress(location: LocationInput): string {
  const { address } = location;
  return [address.address1, address.address2, `${address.city}, ${address.region} ${address.postalCode}`].filter(Boolean).join(", ");
}

const PHONE_FIELDS: FieldSpec<PhoneInput>[] = [
  { field: "number", format: "phone", highRisk: true, read: (phone) => phone.number },
  { field: "extension", format: "text", highRisk: true, read: (phone) => text(phone.extension) },
  { field: "phoneType", format: "phoneType", highRisk: true, read: (phone) => phone.type },
  { field: "isHotline", format: "boolean", highRisk: true, read: (phone) => String(phone.isHotline) },
  { field: "acceptsText", format: "boolean", highRisk: false, read: (phone) => String(phone.acceptsText) },
  { field: "phoneDescription", format: "text", highRisk: false, read: (phone) => text(phone.description) },
  { field: "languages", format: "languages", highRisk: false, read: (phone) => sortedList(phone.languages) },
];

type OrganizationFields = Omit<ListingDocument, "phones" | "locations" | "services">;

const ORGANIZATION_FIELDS: FieldSpec<OrganizationFields>[] = [
  { field: "name", format: "text", highRisk: false, read: (organization) => organization.name },
  { field: "alternateName", format: "text", highRisk: false, read: (organization) => text(organization.alternateName) },
  { field: "description", format: "text", highRisk: false, read: (organization) => organization.description },
  { field: "sourceLocale", format: "language", highRisk: false, read: (organization) => organization.sourceLocale },
  { field: "email", format: "email", highRisk: true, read: (organization) => text(organization.email) },
  { field: "website", format: "url", highRisk: true, read: (organization) => text(organization.website) },
  { field: "yearIncorporated", format: "text", highRisk: false, read: (organization) => text(organization.yearIncorporated) },
  { field: "status", format: "status", highRisk: false, read: (organization) => organization.status },
  {
    field: "accreditations",
    format: "accreditations",
    highRisk: true,
    read: (organization) => sortedList(organization.accreditations.map((accreditation) => (accreditation.detail ? `${accreditation.kind}:${accreditation.detail}` : accreditation.kind))),
  },
  {
    field: "safetyStatements",
    format: "safetyAnswer",
    highRisk: false,
    read: (organization) => sortedList(organization.safetyStatements.filter((statement) => statement.answer !== "unknown").map((statement) => `${statement.kind}:${statement.answer}`)),
  },
];

const LOCATION_FIELDS: FieldSpec<LocationInput>[] = [
  { field: "locationName", format: "text", highRisk: false, read: (location) => text(location.name) },
  { field: "address", format: "text", highRisk: true, read: formatAddress },
  { field: "position", format: "text", highRisk: true, read: (location) => `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}` },
  { field: "timezone", format: "text", highRisk: false, read: (location) => location.timezone },
  { field: "locationDescription", format: "text", highRisk: false, read: (location) => text(location.description) },
  { field: "transportation", format: "text", highRisk: false, read: (location) => text(location.transportation) },
  { field: "accessibility", format: "text", highRisk: false, read: (location) => text(location.accessibility) },
  { field: "languages", format: "languages", highRisk: false, read: (location) => sortedList(location.languages) },
  { field: "hours", format: "hours", highRisk: false, read: (location) => formatHours(location.schedules) },
];

function serviceFields(locationNames: Map<string, string>): FieldSpec<ServiceInput>[] {
  return [
    { field: "serviceName", format: "text", highRisk: false, read: (service) => service.name },
    { field: "alternateName", format: "text", highRisk: false, read: (service) => text(service.alternateName) },
    { field: "serviceDescription", format: "text", highRisk: false, read: (service) => service.description },
    { field: "serviceKind", format: "serviceKind", highRisk: true, read: (service) => service.kind },
    { field: "hotlinePurpose", format: "hotlinePurpose", highRisk: true, read: (service) => text(service.hotlinePurpose) },
    { field: "status", format: "status", highRisk: false, read: (service) => service.status },
    { field: "url", format: "url", highRisk: true, read: (service) => text(service.url) },
    { field: "email", format: "email", highRisk: true, read: (service) => text(service.email) },
    { field: "eligibility", format: "text", highRisk: false, read: (service) => text(service.eligibilityDescription) },
    { field: "applicationProcess", format: "text", highRisk: false, read: (service) => text(service.applicationProcess) },
    { field: "fees", format: "text", highRisk: false, read: (service) => text(service.feesDescription) },
    { field: "minimumAge", format: "text", highRisk: false, read: (service) => text(service.minimumAge) },
    { field: "maximumAge", format: "text", highRisk: false, read: (service) => text(service.maximumAge) },
    { field: "capacity", format: "capacity", highRisk: false, read: (service) => text(service.capacityStatus) },
    { field: "taxonomy", format: "taxonomy", highRisk: false, read: (service) => sortedList(service.taxonomy) },
    { field: "areas", format: "areas", highRisk: false, read: (service) => sortedList(service.areas.map(formatArea)) },
    { field: "languages", format: "languages", highRisk: false, read: (service) => sortedList(service.languages) },
    {
      field: "costs",
      format: "costs",
      highRisk: false,
      read: (service) => sortedList(service.costs.map((cost) => [cost.kind, cost.amount ?? "", cost.description ?? ""].join(":").replace(/:+$/, ""))),
    },
    { field: "hours", format: "hours", highRisk: false, read: (service) => formatHours(service.schedules) },
    { field: "offeredAt", format: "locations", highRisk: false, read: (service) => sortedList(service.locationKeys.map((key) => locationNames.get(key) ?? key)) },
  ];
}

function sameValue(a: DifferenceValue, b: DifferenceValue): boolean {
  if (a === null || b === null || typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function translationDifferences(record: RecordLabel, parent: RecordLabel | null, before: TranslationInput[], after: TranslationInput[]): FieldDifference[] {
  const keyOf = (translation: TranslationInput) => `${translation.field}\u0000${translation.locale}`;
  const beforeByKey = new Map(before.map((translation) => [keyOf(translation), translation]));
  const afterByKey = new Map(after.map((translation) => [keyOf(translation), translation]));
  const differences: FieldDifference[] = [];
  for (const key of new Set([...beforeByKey.keys(), ...afterByKey.keys()])) {
    const old = beforeByKey.get(key);
    const current = afterByKey.get(key);
    const describe = (translation: TranslationInput | undefined) => (translation ? [translation.value, translation.source] : null);
    const oldValue = describe(old);
    const newValue = describe(current);
    if (sameValue(oldValue, newValue)) continue;
    const { field, locale } = (current ?? old) as TranslationInput;
    differences.push({ record, parent, field: "translation", translation: { field, locale }, format: "translation", before: oldValue, after: newValue, highRisk: false });
  }
  return differences;
}

function recordDifferences<Record>(
  record: RecordLabel,
  parent: RecordLabel | null,
  fields: FieldSpec<Record>[],
  before: Record | undefined,
  after: Record | undefined,
): FieldDifference[] {
  const differences: FieldDifference[] = [];
  for (const spec of fields) {
    const old = before === undefined ? null : spec.read(before);
    const current = after === undefined ? null : spec.read(after);
    if (!sameValue(old, current)) differences.push({ record, parent, field: spec.field, format: spec.format, before: old, after: current, highRisk: spec.highRisk });
  }
  return differences;
}

function phoneDifferences(parent: RecordLabel, before: PhoneInput[], after: PhoneInput[]): FieldDifference[] {
  const beforeById = new Map(before.map((phone, index) => [phoneIdentity(phone, index), phone]));
  const afterById = new Map(after.map((phone, index) => [phoneIdentity(phone, index), phone]));
  return [...new Set([...beforeById.keys(), ...afterById.keys()])].flatMap((key) => {
    const old = beforeById.get(key);
    const current = afterById.get(key);
    const label: RecordLabel = { kind: "phone", key, name: (current ?? old)?.number ?? "", change: recordChange(old, current) };
    const fields = recordDifferences(label, parent, PHONE_FIELDS, old, current);
    // A phone added or removed is a high-risk change as a whole, whatever its fields.
    if (!old || !current) for (const difference of fields) difference.highRisk = true;
    return [...fields, ...translationDifferences(label, parent, old?.translations ?? [], current?.translations ?? [])];
  });
}

/** Every field that differs between two versions of a listing, record by record, in document order. */
export function listingDifferences(before: ListingDocument, after: ListingDocument): FieldDifference[] {
  const organization: RecordLabel = { kind: "organization", key: "organization", name: after.name };
  const differences: FieldDifference[] = [
    ...recordDifferences(organization, null, ORGANIZATION_FIELDS, before, after),
    ...translationDifferences(organization, null, before.translations, after.translations),
    ...phoneDifferences(organization, before.phones, after.phones),
  ];

  const beforeLocations = new Map(before.locations.map((location) => [locationIdentity(location), location]));
  const afterLocations = new Map(after.locations.map((location) => [locationIdentity(location), location]));
  for (const key of new Set([...afterLocations.keys(), ...beforeLocations.keys()])) {
    const old = beforeLocations.get(key);
    const current = afterLocations.get(key);
    const label: RecordLabel = { kind: "location", key, name: (current ?? old)?.name ?? formatAddress((current ?? old) as LocationInput), change: recordChange(old, current) };
    const fields = recordDifferences(label, null, LOCATION_FIELDS, old, current);
    if (!old || !current) for (const difference of fields) difference.highRisk = true;
    differences.push(...fields, ...translationDifferences(label, null, old?.translations ?? [], current?.translations ?? []), ...phoneDifferences(label, old?.phones ?? [], current?.phones ?? []));
  }

  const locationNames = new Map<string, string>();
  for (const location of [...before.locations, ...after.locations]) {
    const name = location.name ?? formatAddress(location);
    locationNames.set(location.key, name);
    if (location.id) locationNames.set(location.id, name);
  }
  const fields = serviceFields(locationNames);
  const beforeServices = new Map(before.services.map((service) => [serviceIdentity(service), service]));
  const afterServices = new Map(after.services.map((service) => [serviceIdentity(service), service]));
  for (const key of new Set([...afterServices.keys(), ...beforeServices.keys()])) {
    const old = beforeServices.get(key);
    const current = afterServices.get(key);
    const label: RecordLabel = { kind: "service", key, name: (current ?? old)?.name ?? "", change: recordChange(old, current) };
    const serviceFieldDifferences = recordDifferences(label, null, fields, old, current);
    // A hotline service added or removed is a high-risk change as a whole.
    if ((!old || !current) && (old ?? current)?.kind === "hotline") for (const difference of serviceFieldDifferences) difference.highRisk = true;
    differences.push(
      ...serviceFieldDifferences,
      ...translationDifferences(label, null, old?.translations ?? [], current?.translations ?? []),
      ...phoneDifferences(label, old?.phones ?? [], current?.phones ?? []),
    );
  }
  return differences;
}

export function hasHighRiskChanges(before: ListingDocument, after: ListingDocument): boolean {
  return listingDifferences(before, after).some((difference) => difference.highRisk);
}

// ---------------------------------------------------------------------------
// What one moderator may publish

/**
 * The phones of a record with their high-risk parts as published: a phone's
 * number, extension, type and hotline flag come from the published listing,
 * new phones wait, removed phones stay. Low-risk parts (description,
 * languages, texting, translations) are as proposed.
 */
function phonesWithoutHighRiskChanges(published: PhoneInput[], proposed: PhoneInput[]): PhoneInput[] {
  const publishedById = new Map(published.flatMap((phone) => (phone.id ? [[phone.id, phone] as const] : [])));
  const kept = proposed.flatMap((phone) => {
    const original = phone.id ? publishedById.get(phone.id) : undefined;
    if (!original) return [];
    return [{ ...phone, number: original.number, extension: original.extension, type: original.type, isHotline: original.isHotline }];
  });
  const proposedIds = new Set(proposed.map((phone) => phone.id));
  return [...kept, ...published.filter((phone) => !proposedIds.has(phone.id))];
}

/**
 * The proposed listing with every high-risk change undone: what a first
 * moderator's approval publishes while the high-risk changes wait for a
 * second, different moderator. Its differences from `published` are exactly
 * the proposal's low-risk ones.
 */
export function withoutHighRiskChanges(published: ListingDocument, proposed: ListingDocument): ListingDocument {
  const publishedLocations = new Map(published.locations.map((location) => [locationIdentity(location), location]));
  const proposedLocationIds = new Set(proposed.locations.map(locationIdentity));
  const locations = [
    ...proposed.locations.flatMap((location) => {
      const original = publishedLocations.get(locationIdentity(location));
      // A new office has a new address: it waits as a whole.
      if (!original) return [];
      return [
        {
          ...location,
          address: original.address,
          latitude: original.latitude,
          longitude: original.longitude,
          phones: phonesWithoutHighRiskChanges(original.phones, location.phones),
        },
      ];
    }),
    // A removed office takes its address off the listing: it stays until the second approval.
    ...published.locations.filter((location) => !proposedLocationIds.has(locationIdentity(location))),
  ];
  const locationKeys = new Set(locations.map((location) => location.key));

  const publishedServices = new Map(published.services.map((service) => [serviceIdentity(service), service]));
  const proposedServiceIds = new Set(proposed.services.map(serviceIdentity));
  const services = [
    ...proposed.services.flatMap((service): ServiceInput[] => {
      const original = publishedServices.get(serviceIdentity(service));
      if (!original) {
        if (service.kind === "hotline") return [];
        const { url, email, ...rest } = service;
        return [{ ...rest, phones: [], locationKeys: service.locationKeys.filter((key) => locationKeys.has(key)) }];
      }
      const { url, email, hotlinePurpose, ...rest } = service;
      return [
        {
          ...rest,
          ...(original.url === undefined ? {} : { url: original.url }),
          ...(original.email === undefined ? {} : { email: original.email }),
          ...(original.hotlinePurpose === undefined ? {} : { hotlinePurpose: original.hotlinePurpose }),
          kind: original.kind,
          phones: phonesWithoutHighRiskChanges(original.phones, service.phones),
          locationKeys: service.locationKeys.filter((key) => locationKeys.has(key)),
        },
      ];
    }),
    ...published.services.filter((service) => service.kind === "hotline" && !proposedServiceIds.has(serviceIdentity(service))),
  ];

  const { email, website, ...organization } = proposed;
  return {
    ...organization,
    ...(published.email === undefined ? {} : { email: published.email }),
    ...(published.website === undefined ? {} : { website: published.website }),
    accreditations: published.accreditations,
    phones: phonesWithoutHighRiskChanges(published.phones, proposed.phones),
    locations,
    services,
  };
}

// ---------------------------------------------------------------------------
// Dates the server keeps

/**
 * A service's capacity is dated when it changes: services whose capacity
 * differs from `previous` (the version the editor started from) get `now`,
 * the others keep the date they had.
 */
export function withCapacityDates(previous: ListingDocument, proposed: ListingDocument, now: Date): ListingDocument {
  const before = new Map(previous.services.map((service) => [serviceIdentity(service), service]));
  return {
    ...proposed,
    services: proposed.services.map((service) => {
      const old = before.get(serviceIdentity(service));
      if (service.capacityStatus === undefined) return { ...service, capacityUpdatedAt: undefined };
      if (old && old.capacityStatus === service.capacityStatus) return { ...service, capacityUpdatedAt: old.capacityUpdatedAt ?? now };
      return { ...service, capacityUpdatedAt: now };
    }),
  };
}

/** Safety statements a moderator publishes are vetted then: a changed answer gets `now`, an unchanged one keeps its date. */
export function withVettedSafetyStatements(published: ListingDocument, proposed: ListingDocument, now: Date): ListingDocument {
  const before = new Map(published.safetyStatements.map((statement) => [statement.kind, statement]));
  return {
    ...proposed,
    safetyStatements: proposed.safetyStatements.map((statement) => {
      const old = before.get(statement.kind);
      return old && old.answer === statement.answer ? { ...statement, vettedAt: old.vettedAt } : { ...statement, vettedAt: now };
    }),
  };
}
