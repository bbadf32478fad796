/**
 * The portal's listing editor as plain form fields (isomorphic): one
 * section of a listing document at a time (the organization, one office,
 * one service, or one language's translations) as the strings, booleans and
 * rows a form without JavaScript posts, and back. The section's fields go
 * into the whole document, which `listingDocumentSchema` then validates; each
 * problem it finds is mapped back to the field that caused it.
 */
import {
  ACCREDITATION_KINDS,
  CAPACITY_STATUSES,
  COST_KINDS,
  HOTLINE_PURPOSES,
  LISTING_STATUSES,
  PHONE_TYPES,
  SAFETY_ANSWERS,
  SAFETY_STATEMENT_KINDS,
  SERVICE_AREA_KINDS,
  SERVICE_KINDS,
  TRANSLATABLE_FIELDS,
  TRANSLATION_SOURCES,
  WEEKDAYS,
  type ListingDocument,
  type LocationInput,
  type PhoneInput,
  type ScheduleInput,
  type ServiceAreaInput,
  type ServiceInput,
  type TranslatableEntity,
  type TranslationInput,
} from "./schema";

// ---------------------------------------------------------------------------
// Field values

export interface PhoneFields {
  /** The phone's id, or empty for a new one (the server gives it one). */
  id: string;
  number: string;
  extension: string;
  type: string;
  isHotline: boolean;
  acceptsText: boolean;
  description: string;
  languages: string;
}

export interface DayFields {
  opens: string;
  closes: string;
  opens2: string;
  closes2: string;
}

export interface HoursFields {
  alwaysOpen: boolean;
  timezone: string;
  notes: string;
  /** Monday first, seven days. */
  days: DayFields[];
}

export interface OrganizationFields {
  name: string;
  alternateName: string;
  description: string;
  sourceLocale: string;
  email: string;
  website: string;
  yearIncorporated: string;
  status: string;
  accreditations: Record<string, { held: boolean; detail: string }>;
  safety: Record<string, string>;
  phones: PhoneFields[];
}

export interface LocationFields {
  key: string;
  name: string;
  description: string;
  address1: string;
  address2: string;
  city: string;
  region: string;
  postalCode: string;
  latitude: string;
  longitude: string;
  transportation: string;
  accessibility: string;
  languages: string[];
  otherLanguages: string;
  phones: PhoneFields[];
  hours: HoursFields;
}

export interface AreaFields {
  kind: string;
  code: string;
  radiusMiles: string;
  /** A radius area's center: an office's key, or "custom" for the coordinates below. */
  center: string;
  centerLatitude: string;
  centerLongitude: string;
}

export interface ServiceFields {
  key: string;
  name: string;
  alternateName: string;
  description: string;
  kind: string;
  hotlinePurpose: string;
  status: string;
  taxonomy: string[];
  languages: string[];
  otherLanguages: string;
  costs: string[];
  feeAmount: string;
  capacityStatus: string;
  eligibility: string;
  applicationProcess: string;
  fees: string;
  url: string;
  email: string;
  minimumAge: string;
  maximumAge: string;
  locationKeys: string[];
  areas: AreaFields[];
  phones: PhoneFields[];
  hours: HoursFields;
}

/** One translatable text of the listing, in one language. */
export interface TranslationFields {
  /** "organization", or "location:<id>", "service:<id>", "phone:<id>". */
  record: string;
  field: string;
  value: string;
  source: string;
}

export type SectionFields =
  | { section: "organization"; fields: OrganizationFields }
  | { section: "location"; fields: LocationFields }
  | { section: "service"; fields: ServiceFields }
  | { section: "translations"; locale: string; fields: TranslationFields[] };

// ---------------------------------------------------------------------------
// From posted form data (parsed with qs into nested objects and arrays)

type Posted = unknown;

function text(value: Posted, maxLength = 5_000): string {
  return typeof value === "string" ? value.slice(0, maxLength) : "";
}

function checked(value: Posted): boolean {
  return value === "on" || value === "true" || value === "1";
}

function rows(value: Posted): Posted[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") return Object.values(value);
  return [];
}

function record(value: Posted): Record<string, Posted> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Posted>) : {};
}

function strings(value: Posted, maxItems = 100): string[] {
  return rows(typeof value === "string" ? [value] : value)
    .filter((item): item is string => typeof item === "string")
    .slice(0, maxItems)
    .map((item) => item.slice(0, 100));
}

export function phoneFieldsFrom(value: Posted): PhoneFields {
  const phone = record(value);
  return {
    id: text(phone.id, 60),
    number: text(phone.number, 60),
    extension: text(phone.extension, 20),
    type: text(phone.type, 20),
    isHotline: checked(phone.isHotline),
    acceptsText: checked(phone.acceptsText),
    description: text(phone.description, 600),
    languages: text(phone.languages, 300),
  };
}

function hoursFieldsFrom(value: Posted): HoursFields {
  const hours = record(value);
  const days = rows(hours.days);
  return {
    alwaysOpen: checked(hours.alwaysOpen),
    timezone: text(hours.timezone, 60),
    notes: text(hours.notes, 600),
    days: WEEKDAYS.map((_, index) => {
      const day = record(days[index]);
      return { opens: text(day.opens, 10), closes: text(day.closes, 10), opens2: text(day.opens2, 10), closes2: text(day.closes2, 10) };
    }),
  };
}

export function organizationFieldsFrom(posted: Record<string, Posted>): OrganizationFields {
  const accreditations = record(posted.accreditations);
  const safety = record(posted.safety);
  return {
    name: text(posted.name, 400),
    alternateName: text(posted.alternateName, 400),
    description: text(posted.description),
    sourceLocale: text(posted.sourceLocale, 10),
    email: text(posted.email, 300),
    website: text(posted.website, 600),
    yearIncorporated: text(posted.yearIncorporated, 10),
    status: text(posted.status, 30),
    accreditations: Object.fromEntries(
      ACCREDITATION_KINDS.map((kind) => {
        const held = record(accreditations[kind]);
        return [kind, { held: checked(held.held), detail: text(held.detail, 400) }];
      }),
    ),
    safety: Object.fromEntries(SAFETY_STATEMENT_KINDS.map((kind) => [kind, text(safety[kind], 20)])),
    phones: rows(posted.phones).slice(0, 25).map(phoneFieldsFrom),
  };
}

export function locationFieldsFrom(posted: Record<string, Posted>): LocationFields {
  return {
    key: text(posted.key, 120),
    name: text(posted.name, 400),
    description: text(posted.description),
    address1: text(posted.address1, 400),
    address2: text(posted.address2, 400),
    city: text(posted.city, 400),
    region: text(posted.region, 10),
    postalCode: text(posted.postalCode, 20),
    latitude: text(posted.latitude, 30),
    longitude: text(posted.longitude, 30),
    transportation: text(posted.transportation),
    accessibility: text(posted.accessibility),
    languages: strings(posted.languages),
    otherLanguages: text(posted.otherLanguages, 300),
    phones: rows(posted.phones).slice(0, 25).map(phoneFieldsFrom),
    hours: hoursFieldsFrom(posted.hours),
  };
}

function areaFieldsFrom(value: Posted): AreaFields {
  const area = record(value);
  return {
    kind: text(area.kind, 20),
    code: text(area.code, 20),
    radiusMiles: text(area.radiusMiles, 20),
    center: text(area.center, 120),
    centerLatitude: text(area.centerLatitude, 30),
    centerLongitude: text(area.centerLongitude, 30),
  };
}

export function serviceFieldsFrom(posted: Record<string, Posted>): ServiceFields {
  return {
    key: text(posted.key, 120),
    name: text(posted.name, 400),
    alternateName: text(posted.alternateName, 400),
    description: text(posted.description),
    kind: text(posted.kind, 30),
    hotlinePurpose: text(posted.hotlinePurpose, 30),
    status: text(posted.status, 30),
    taxonomy: strings(posted.taxonomy),
    languages: strings(posted.languages),
    otherLanguages: text(posted.otherLanguages, 300),
    costs: strings(posted.costs),
    feeAmount: text(posted.feeAmount, 20),
    capacityStatus: text(posted.capacityStatus, 30),
    eligibility: text(posted.eligibility),
    applicationProcess: text(posted.applicationProcess),
    fees: text(posted.fees),
    url: text(posted.url, 600),
    email: text(posted.email, 300),
    minimumAge: text(posted.minimumAge, 10),
    maximumAge: text(posted.maximumAge, 10),
    locationKeys: strings(posted.locationKeys),
    areas: rows(posted.areas).slice(0, 110).map(areaFieldsFrom),
    phones: rows(posted.phones).slice(0, 25).map(phoneFieldsFrom),
    hours: hoursFieldsFrom(posted.hours),
  };
}

export function translationFieldsFrom(posted: Posted): TranslationFields[] {
  return rows(posted)
    .slice(0, 500)
    .map((row) => {
      const item = record(row);
      return { record: text(item.record, 120), field: text(item.field, 60), value: text(item.value), source: text(item.source, 20) };
    });
}

// ---------------------------------------------------------------------------
// From a document

function blankDays(): DayFields[] {
  return WEEKDAYS.map(() => ({ opens: "", closes: "", opens2: "", closes2: "" }));
}

export function hoursFieldsOf(schedules: ScheduleInput[], defaultTimezone: string): HoursFields {
  const schedule = schedules[0];
  const days = blankDays();
  for (const hours of schedule?.hours ?? []) {
    const day = days[hours.weekday - 1];
    if (!day) continue;
    if (!day.opens) {
      day.opens = hours.opensAt;
      day.closes = hours.closesAt;
    } else if (!day.opens2) {
      day.opens2 = hours.opensAt;
      day.closes2 = hours.closesAt;
    }
  }
  return { alwaysOpen: schedule?.isAlwaysOpen ?? false, timezone: schedule?.timezone ?? defaultTimezone, notes: schedule?.notes ?? "", days };
}

export function phoneFieldsOf(phone: PhoneInput): PhoneFields {
  return {
    id: phone.id ?? "",
    number: phone.number,
    extension: phone.extension ?? "",
    type: phone.type,
    isHotline: phone.isHotline,
    acceptsText: phone.acceptsText,
    description: phone.description ?? "",
    languages: phone.languages.join(", "),
  };
}

export function blankPhoneFields(): PhoneFields {
  return { id: "", number: "", extension: "", type: "voice", isHotline: false, acceptsText: false, description: "", languages: "" };
}

export function organizationFieldsOf(document: ListingDocument): OrganizationFields {
  return {
    name: document.name,
    alternateName: document.alternateName ?? "",
    description: document.description,
    sourceLocale: document.sourceLocale,
    email: document.email ?? "",
    website: document.website ?? "",
    yearIncorporated: document.yearIncorporated === undefined ? "" : String(document.yearIncorporated),
    status: document.status,
    accreditations: Object.fromEntries(
      ACCREDITATION_KINDS.map((kind) => {
        const held = document.accreditations.find((accreditation) => accreditation.kind === kind);
        return [kind, { held: held !== undefined, detail: held?.detail ?? "" }];
      }),
    ),
    safety: Object.fromEntries(SAFETY_STATEMENT_KINDS.map((kind) => [kind, document.safetyStatements.find((statement) => statement.kind === kind)?.answer ?? "unknown"])),
    phones: document.phones.map(phoneFieldsOf),
  };
}

/** Languages offered as checkboxes; any other code goes in "other languages". */
export function splitLanguages(languages: readonly string[], offered: readonly string[]): { languages: string[]; otherLanguages: string } {
  return { languages: languages.filter((code) => offered.includes(code)), otherLanguages: languages.filter((code) => !offered.includes(code)).join(", ") };
}

export function locationFieldsOf(location: LocationInput, offeredLanguages: readonly string[]): LocationFields {
  return {
    key: location.key,
    name: location.name ?? "",
    description: location.description ?? "",
    address1: location.address.address1,
    address2: location.address.address2 ?? "",
    city: location.address.city,
    region: location.address.region,
    postalCode: location.address.postalCode,
    latitude: String(location.latitude),
    longitude: String(location.longitude),
    transportation: location.transportation ?? "",
    accessibility: location.accessibility ?? "",
    ...splitLanguages(location.languages, offeredLanguages),
    phones: location.phones.map(phoneFieldsOf),
    hours: hoursFieldsOf(location.schedules, location.timezone),
  };
}

export function blankLocationFields(defaultTimezone: string): LocationFields {
  return {
    key: "",
    name: "",
    description: "",
    address1: "",
    address2: "",
    city: "",
    region: "",
    postalCode: "",
    latitude: "",
    longitude: "",
    transportation: "",
    accessibility: "",
    languages: [],
    otherLanguages: "",
    phones: [],
    hours: { alwaysOpen: false, timezone: defaultTimezone, notes: "", days: blankDays() },
  };
}

function areaFieldsOf(area: ServiceAreaInput, locations: readonly LocationInput[]): AreaFields {
  if (area.kind === "radius") {
    const office = locations.find((location) => Math.abs(location.latitude - area.centerLatitude) < 1e-6 && Math.abs(location.longitude - area.centerLongitude) < 1e-6);
    return {
      kind: "radius",
      code: "",
      radiusMiles: String(area.radiusMiles),
      center: office?.key ?? "custom",
      centerLatitude: String(area.centerLatitude),
      centerLongitude: String(area.centerLongitude),
    };
  }
  return { kind: area.kind, code: area.kind === "nationwide" ? "" : area.code, radiusMiles: "", center: "", centerLatitude: "", centerLongitude: "" };
}

export function blankAreaFields(): AreaFields {
  return { kind: "", code: "", radiusMiles: "", center: "", centerLatitude: "", centerLongitude: "" };
}

export function serviceFieldsOf(service: ServiceInput, document: ListingDocument, offeredLanguages: readonly string[]): ServiceFields {
  const fixedFee = service.costs.find((cost) => cost.kind === "fixed_fee");
  return {
    key: service.id ?? service.slug,
    name: service.name,
    alternateName: service.alternateName ?? "",
    description: service.description,
    kind: service.kind,
    hotlinePurpose: service.hotlinePurpose ?? "",
    status: service.status,
    taxonomy: [...service.taxonomy],
    ...splitLanguages(service.languages, offeredLanguages),
    costs: service.costs.map((cost) => cost.kind),
    feeAmount: fixedFee?.amount === undefined ? "" : String(fixedFee.amount),
    capacityStatus: service.capacityStatus ?? "",
    eligibility: service.eligibilityDescription ?? "",
    applicationProcess: service.applicationProcess ?? "",
    fees: service.feesDescription ?? "",
    url: service.url ?? "",
    email: service.email ?? "",
    minimumAge: service.minimumAge === undefined ? "" : String(service.minimumAge),
    maximumAge: service.maximumAge === undefined ? "" : String(service.maximumAge),
    locationKeys: [...service.locationKeys],
    areas: service.areas.map((area) => areaFieldsOf(area, document.locations)),
    phones: service.phones.map(phoneFieldsOf),
    hours: hoursFieldsOf(service.schedules, document.locations[0]?.timezone ?? "America/New_York"),
  };
}

export function blankServiceFields(defaultTimezone: string): ServiceFields {
  return {
    key: "",
    name: "",
    alternateName: "",
    description: "",
    kind: "legal_service",
    hotlinePurpose: "",
    status: "active",
    taxonomy: [],
    languages: [],
    otherLanguages: "",
    costs: [],
    feeAmount: "",
    capacityStatus: "",
    eligibility: "",
    applicationProcess: "",
    fees: "",
    url: "",
    email: "",
    minimumAge: "",
    maximumAge: "",
    locationKeys: [],
    areas: [],
    phones: [],
    hours: { alwaysOpen: false, timezone: defaultTimezone, notes: "", days: blankDays() },
  };
}

// ---------------------------------------------------------------------------
// Into a document

/**
 * Where each part of the built document came from in the form: an issue at
 * a document path (joined with ".") is shown at that field. Paths not in the
 * map are shown at their nearest mapped parent, or for the whole section.
 */
export type FieldMap = Map<string, string>;

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A number from a form; NaN (which the schema refuses with the field's own message) when it is not one. */
function optionalNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * A phone number as people write it ("(312) 555-0150", "312.555.0150",
 * "+1 312 555 0150") in the stored E.164 form; left as typed when it is not
 * a ten-digit US number, for the schema to refuse with its message.
 */
export function normalizeUsPhoneNumber(value: string): string {
  const digits = value.replace(/[\s().\-‐‑–]/g, "");
  const match = /^(?:\+?1)?(\d{10})$/.exec(digits);
  return match ? `+1${match[1]}` : value.trim();
}

/** "es, mam" or "Spanish" typed in a field: language codes as written (the server normalizes and checks them). */
export function languageList(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

function phonesFrom(fields: PhoneFields[], existing: readonly PhoneInput[], prefix: string, map: FieldMap, normalizeLanguage: (code: string) => string): PhoneInput[] {
  return fields
    .filter((phone) => phone.number.trim() !== "" || phone.description.trim() !== "" || phone.extension.trim() !== "")
    .map((phone, index) => {
      const previous = existing.find((candidate) => candidate.id !== undefined && candidate.id === phone.id);
      const formIndex = fields.indexOf(phone);
      map.set(`${prefix}.${index}`, `phones.${formIndex}.number`);
      for (const field of ["number", "extension", "type", "description"]) map.set(`${prefix}.${index}.${field}`, `phones.${formIndex}.${field}`);
      map.set(`${prefix}.${index}.languages`, `phones.${formIndex}.languages`);
      return {
        ...(previous?.id ? { id: previous.id } : {}),
        number: normalizeUsPhoneNumber(phone.number),
        ...(optional(phone.extension) ? { extension: optional(phone.extension) } : {}),
        type: (PHONE_TYPES as readonly string[]).includes(phone.type) ? (phone.type as PhoneInput["type"]) : ("voice" as const),
        isHotline: phone.isHotline,
        acceptsText: phone.acceptsText,
        ...(optional(phone.description) ? { description: optional(phone.description) } : {}),
        languages: languageList(phone.languages).map(normalizeLanguage),
        // Translations of a phone's description stay with it (edited on the translations page).
        translations: previous?.translations ?? [],
      };
    });
}

function schedulesFrom(hours: HoursFields, prefix: string, map: FieldMap): ScheduleInput[] {
  const opening: ScheduleInput["hours"] = [];
  hours.days.forEach((day, index) => {
    for (const [opens, closes, suffix] of [
      [day.opens, day.closes, ""],
      [day.opens2, day.closes2, "2"],
    ] as const) {
      if (opens.trim() === "" && closes.trim() === "") continue;
      map.set(`${prefix}.0.hours.${opening.length}`, `hours.days.${index}.opens${suffix}`);
      map.set(`${prefix}.0.hours.${opening.length}.opensAt`, `hours.days.${index}.opens${suffix}`);
      map.set(`${prefix}.0.hours.${opening.length}.closesAt`, `hours.days.${index}.closes${suffix}`);
      opening.push({ weekday: index + 1, opensAt: opens.trim(), closesAt: closes.trim() });
    }
  });
  map.set(`${prefix}.0.timezone`, "hours.timezone");
  map.set(`${prefix}.0.notes`, "hours.notes");
  if (!hours.alwaysOpen && opening.length === 0 && hours.notes.trim() === "") return [];
  return [{ timezone: hours.timezone.trim(), isAlwaysOpen: hours.alwaysOpen, ...(optional(hours.notes) ? { notes: optional(hours.notes) } : {}), hours: hours.alwaysOpen ? [] : opening }];
}

function mapFields(map: FieldMap, prefix: string, names: readonly string[], formPrefix = ""): void {
  for (const name of names) map.set(`${prefix}.${name}`, `${formPrefix}${name}`);
}

export interface BuildOptions {
  /** Turns a typed language (code or name) into its code; unknown ones are kept as typed, for the schema to refuse. */
  normalizeLanguage: (code: string) => string;
}

export function applyOrganizationFields(document: ListingDocument, fields: OrganizationFields, options: BuildOptions): { document: ListingDocument; map: FieldMap } {
  const map: FieldMap = new Map();
  for (const name of ["name", "alternateName", "description", "sourceLocale", "email", "website", "yearIncorporated", "status"]) map.set(name, name);
  const accreditations = ACCREDITATION_KINDS.filter((kind) => fields.accreditations[kind]?.held).map((kind) => {
    const previous = document.accreditations.find((accreditation) => accreditation.kind === kind);
    const detail = optional(fields.accreditations[kind]?.detail ?? "");
    return { kind, ...(detail ? { detail } : {}), ...(previous?.validUntil ? { validUntil: previous.validUntil } : {}) };
  });
  accreditations.forEach((accreditation, index) => map.set(`accreditations.${index}.detail`, `accreditations.${accreditation.kind}.detail`));
  const safetyStatements = SAFETY_STATEMENT_KINDS.flatMap((kind) => {
    const answer = fields.safety[kind] ?? "unknown";
    const previous = document.safetyStatements.find((statement) => statement.kind === kind);
    if (!(SAFETY_ANSWERS as readonly string[]).includes(answer)) return [{ kind, answer: answer as "unknown" }];
    if (answer === "unknown" && !previous) return [];
    return [{ kind, answer: answer as (typeof SAFETY_ANSWERS)[number], ...(previous?.vettedAt && previous.answer === answer ? { vettedAt: previous.vettedAt } : {}) }];
  });
  safetyStatements.forEach((statement, index) => map.set(`safetyStatements.${index}.answer`, `safety.${statement.kind}`));
  const built: ListingDocument = {
    ...document,
    name: fields.name.trim(),
    alternateName: optional(fields.alternateName),
    description: fields.description.trim(),
    sourceLocale: fields.sourceLocale.trim(),
    email: optional(fields.email),
    website: optional(fields.website),
    yearIncorporated: optionalNumber(fields.yearIncorporated),
    status: fields.status as ListingDocument["status"],
    accreditations,
    safetyStatements,
    phones: phonesFrom(fields.phones, document.phones, "phones", map, options.normalizeLanguage),
  };
  return { document: built, map };
}

/** Where an office is, when the editor gave no coordinates: the ZIP code's center (flagged for moderators). */
export type PlaceOfZip = (postalCode: string) => { latitude: number; longitude: number; countyFips: string | null } | null;

export function applyLocationFields(
  document: ListingDocument,
  fields: LocationFields,
  options: BuildOptions & { placeOfZip: PlaceOfZip; newKey: string },
): { document: ListingDocument; map: FieldMap; key: string; placedFromZip: boolean } {
  const existingIndex = document.locations.findIndex((location) => location.key === fields.key);
  const existing = existingIndex === -1 ? undefined : document.locations[existingIndex];
  const index = existingIndex === -1 ? document.locations.length : existingIndex;
  const prefix = `locations.${index}`;
  const map: FieldMap = new Map();
  mapFields(map, prefix, ["name", "description", "latitude", "longitude", "transportation", "accessibility"]);
  mapFields(map, `${prefix}.address`, ["address1", "address2", "city", "region", "postalCode"]);
  map.set(`${prefix}.address.countyFips`, "postalCode");
  map.set(`${prefix}.timezone`, "hours.timezone");
  map.set(`${prefix}.languages`, "otherLanguages");
  map.set(`${prefix}.key`, "name");

  const postalCode = fields.postalCode.trim();
  const typedLatitude = optionalNumber(fields.latitude);
  const typedLongitude = optionalNumber(fields.longitude);
  const zipPlace = /^\d{5}/.test(postalCode) ? options.placeOfZip(postalCode.slice(0, 5)) : null;
  const addressMoved = existing !== undefined && existing.address.postalCode !== postalCode;
  // Coordinates typed by the editor win; otherwise the ZIP code's center, when the office is new or moved to another ZIP.
  const placedFromZip = (typedLatitude === undefined || typedLongitude === undefined || (addressMoved && existing?.latitude === typedLatitude && existing?.longitude === typedLongitude)) && zipPlace !== null;
  const latitude = placedFromZip ? (zipPlace?.latitude ?? Number.NaN) : (typedLatitude ?? Number.NaN);
  const longitude = placedFromZip ? (zipPlace?.longitude ?? Number.NaN) : (typedLongitude ?? Number.NaN);
  const countyFips = zipPlace?.countyFips ?? (addressMoved ? undefined : existing?.address.countyFips);
  const key = existing?.key ?? options.newKey;
  const location: LocationInput = {
    ...(existing?.id ? { id: existing.id } : {}),
    key,
    name: optional(fields.name),
    description: optional(fields.description),
    latitude,
    longitude,
    timezone: fields.hours.timezone.trim(),
    transportation: optional(fields.transportation),
    accessibility: optional(fields.accessibility),
    address: {
      address1: fields.address1.trim(),
      address2: optional(fields.address2),
      city: fields.city.trim(),
      region: fields.region.trim().toUpperCase(),
      postalCode,
      ...(countyFips ? { countyFips } : {}),
    },
    phones: phonesFrom(fields.phones, existing?.phones ?? [], `${prefix}.phones`, map, options.normalizeLanguage),
    languages: [...new Set([...fields.languages, ...languageList(fields.otherLanguages)].map(options.normalizeLanguage))],
    schedules: schedulesFrom(fields.hours, `${prefix}.schedules`, map),
    translations: existing?.translations ?? [],
  };
  const locations = [...document.locations];
  locations[index] = location;
  return { document: { ...document, locations }, map, key, placedFromZip };
}

/** A new service's slug: from its name, unique within the listing. */
export function serviceSlugFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "service";
  let slug = base;
  for (let suffix = 2; taken.includes(slug); suffix++) slug = `${base}-${suffix}`;
  return slug;
}

function areaFrom(area: AreaFields, locations: readonly LocationInput[]): ServiceAreaInput {
  const kind = area.kind as ServiceAreaInput["kind"];
  if (kind === "nationwide") return { kind };
  if (kind === "radius") {
    const office = locations.find((location) => location.key === area.center);
    return {
      kind,
      radiusMiles: optionalNumber(area.radiusMiles) ?? Number.NaN,
      centerLatitude: office?.latitude ?? optionalNumber(area.centerLatitude) ?? Number.NaN,
      centerLongitude: office?.longitude ?? optionalNumber(area.centerLongitude) ?? Number.NaN,
    };
  }
  const code = kind === "state" ? area.code.trim().toUpperCase() : area.code.trim();
  return { kind, code } as ServiceAreaInput;
}

export function applyServiceFields(document: ListingDocument, fields: ServiceFields, options: BuildOptions): { document: ListingDocument; map: FieldMap; key: string } {
  const existingIndex = document.services.findIndex((service) => (service.id ?? service.slug) === fields.key);
  const existing = existingIndex === -1 ? undefined : document.services[existingIndex];
  const index = existingIndex === -1 ? document.services.length : existingIndex;
  const prefix = `services.${index}`;
  const map: FieldMap = new Map();
  mapFields(map, prefix, ["name", "alternateName", "description", "kind", "hotlinePurpose", "status", "url", "email", "minimumAge", "maximumAge", "capacityStatus"]);
  map.set(`${prefix}.slug`, "name");
  map.set(`${prefix}.eligibilityDescription`, "eligibility");
  map.set(`${prefix}.applicationProcess`, "applicationProcess");
  map.set(`${prefix}.feesDescription`, "fees");
  map.set(`${prefix}.languages`, "otherLanguages");
  map.set(`${prefix}.taxonomy`, "taxonomy");
  map.set(`${prefix}.costs`, "costs");
  map.set(`${prefix}.costs.0.amount`, "feeAmount");
  map.set(`${prefix}.locationKeys`, "locationKeys");

  const areaRows = fields.areas.filter((area) => area.kind !== "");
  areaRows.forEach((area, areaIndex) => {
    const formIndex = fields.areas.indexOf(area);
    map.set(`${prefix}.areas.${areaIndex}`, `areas.${formIndex}.kind`);
    map.set(`${prefix}.areas.${areaIndex}.kind`, `areas.${formIndex}.kind`);
    map.set(`${prefix}.areas.${areaIndex}.code`, `areas.${formIndex}.code`);
    map.set(`${prefix}.areas.${areaIndex}.radiusMiles`, `areas.${formIndex}.radiusMiles`);
    map.set(`${prefix}.areas.${areaIndex}.centerLatitude`, `areas.${formIndex}.centerLatitude`);
    map.set(`${prefix}.areas.${areaIndex}.centerLongitude`, `areas.${formIndex}.centerLongitude`);
  });
  const costs = COST_KINDS.filter((kind) => fields.costs.includes(kind)).map((kind) => {
    const amount = kind === "fixed_fee" ? optionalNumber(fields.feeAmount) : undefined;
    return { kind, ...(amount === undefined ? {} : { amount }) };
  });
  costs.forEach((cost, costIndex) => map.set(`${prefix}.costs.${costIndex}.amount`, "feeAmount"));
  const isHotline = fields.kind === "hotline";
  const service: ServiceInput = {
    ...(existing?.id ? { id: existing.id } : {}),
    slug: existing?.slug ?? serviceSlugFor(fields.name, document.services.map((other) => other.slug)),
    kind: fields.kind as ServiceInput["kind"],
    name: fields.name.trim(),
    alternateName: optional(fields.alternateName),
    description: fields.description.trim(),
    url: optional(fields.url),
    email: optional(fields.email),
    status: fields.status as ServiceInput["status"],
    eligibilityDescription: optional(fields.eligibility),
    applicationProcess: optional(fields.applicationProcess),
    feesDescription: optional(fields.fees),
    minimumAge: optionalNumber(fields.minimumAge),
    maximumAge: optionalNumber(fields.maximumAge),
    capacityStatus: optional(fields.capacityStatus) as ServiceInput["capacityStatus"],
    capacityUpdatedAt: existing?.capacityUpdatedAt,
    hotlinePurpose: isHotline ? (optional(fields.hotlinePurpose) as ServiceInput["hotlinePurpose"]) : undefined,
    taxonomy: fields.taxonomy as ServiceInput["taxonomy"],
    areas: areaRows.map((area) => areaFrom(area, document.locations)),
    languages: [...new Set([...fields.languages, ...languageList(fields.otherLanguages)].map(options.normalizeLanguage))],
    costs,
    phones: phonesFrom(fields.phones, existing?.phones ?? [], `${prefix}.phones`, map, options.normalizeLanguage),
    schedules: schedulesFrom(fields.hours, `${prefix}.schedules`, map),
    locationKeys: fields.locationKeys.filter((key) => document.locations.some((location) => location.key === key)),
    translations: existing?.translations ?? [],
  };
  const services = [...document.services];
  services[index] = service;
  return { document: { ...document, services }, map, key: service.id ?? service.slug };
}

/** The document without one office (services offered there lose it) or one service. */
export function withoutRecord(document: ListingDocument, section: "location" | "service", key: string): ListingDocument {
  if (section === "location") {
    return {
      ...document,
      locations: document.locations.filter((location) => location.key !== key),
      services: document.services.map((service) => ({ ...service, locationKeys: service.locationKeys.filter((locationKey) => locationKey !== key) })),
    };
  }
  return { ...document, services: document.services.filter((service) => (service.id ?? service.slug) !== key) };
}

// ---------------------------------------------------------------------------
// Translations

/** One translatable text of the listing: where it is, and its text in the organization's own language. */
export interface TranslatableText {
  record: string;
  entity: TranslatableEntity;
  field: string;
  /** What it is, for the form's label: the record's kind and name. */
  recordLabel: { kind: TranslatableEntity; name: string };
  original: string;
  translation: TranslationInput | undefined;
}

/** Every text of the listing that has an original, with its translation into `locale`, in document order. */
export function translatableTexts(document: ListingDocument, locale: string): TranslatableText[] {
  const texts: TranslatableText[] = [];
  const add = (record: string, entity: TranslatableEntity, name: string, values: Record<string, string | undefined>, translations: readonly TranslationInput[]) => {
    for (const field of TRANSLATABLE_FIELDS[entity]) {
      const original = values[field];
      if (!original) continue;
      texts.push({ record, entity, field, recordLabel: { kind: entity, name }, original, translation: translations.find((translation) => translation.field === field && translation.locale === locale) });
    }
  };
  const addPhones = (phones: readonly PhoneInput[]) => {
    for (const phone of phones) if (phone.id) add(`phone:${phone.id}`, "phone", phone.number, { description: phone.description }, phone.translations);
  };
  add("organization", "organization", document.name, { name: document.name, alternateName: document.alternateName, description: document.description }, document.translations);
  addPhones(document.phones);
  for (const location of document.locations) {
    add(`location:${location.key}`, "location", location.name ?? location.address.address1, { name: location.name, description: location.description, transportation: location.transportation, accessibility: location.accessibility }, location.translations);
    addPhones(location.phones);
  }
  for (const service of document.services) {
    const key = service.id ?? service.slug;
    add(
      `service:${key}`,
      "service",
      service.name,
      { name: service.name, description: service.description, eligibilityDescription: service.eligibilityDescription, applicationProcess: service.applicationProcess, feesDescription: service.feesDescription },
      service.translations,
    );
    addPhones(service.phones);
  }
  return texts;
}

/**
 * The document with its translations into `locale` as the form gives them:
 * an empty text removes that translation; texts of other languages stay.
 */
export function applyTranslationFields(document: ListingDocument, locale: string, fields: TranslationFields[]): { document: ListingDocument; map: FieldMap } {
  const map: FieldMap = new Map();
  const byRecord = new Map<string, TranslationFields[]>();
  fields.forEach((field) => byRecord.set(field.record, [...(byRecord.get(field.record) ?? []), field]));
  const merged = (record: string, entity: TranslatableEntity, path: string, translations: readonly TranslationInput[]): TranslationInput[] => {
    const kept = translations.filter((translation) => translation.locale !== locale);
    const posted = (byRecord.get(record) ?? []).filter((field) => (TRANSLATABLE_FIELDS[entity] as readonly string[]).includes(field.field) && field.value.trim() !== "");
    const base = path ? `${path}.` : "";
    posted.forEach((field, index) => {
      const formIndex = fields.indexOf(field);
      map.set(`${base}translations.${kept.length + index}.value`, `t.${formIndex}.value`);
      map.set(`${base}translations.${kept.length + index}.source`, `t.${formIndex}.source`);
    });
    return [
      ...kept,
      ...posted.map((field) => ({
        field: field.field,
        locale,
        value: field.value.trim(),
        source: ((TRANSLATION_SOURCES as readonly string[]).includes(field.source) ? field.source : "") as TranslationInput["source"],
      })),
    ];
  };
  const phones = (list: readonly PhoneInput[], path: string) => list.map((phone, index) => (phone.id ? { ...phone, translations: merged(`phone:${phone.id}`, "phone", `${path}.${index}`, phone.translations) } : phone));
  return {
    document: {
      ...document,
      translations: merged("organization", "organization", "", document.translations),
      phones: phones(document.phones, "phones"),
      locations: document.locations.map((location, index) => ({
        ...location,
        translations: merged(`location:${location.key}`, "location", `locations.${index}`, location.translations),
        phones: phones(location.phones, `locations.${index}.phones`),
      })),
      services: document.services.map((service, index) => ({
        ...service,
        translations: merged(`service:${service.id ?? service.slug}`, "service", `services.${index}`, service.translations),
        phones: phones(service.phones, `services.${index}.phones`),
      })),
    },
    map,
  };
}

/** The field an issue at a document path belongs to: the path itself, or its nearest mapped parent. */
export function formFieldOf(map: FieldMap, path: readonly PropertyKey[]): string | null {
  const parts = path.map(String);
  for (let length = parts.length; length > 0; length--) {
    const field = map.get(parts.slice(0, length).join("."));
    if (field !== undefined) return field;
  }
  return null;
}

/** Vocabularies the editor's selects offer (and the actions accept). */
export const EDITOR_CHOICES = {
  statuses: LISTING_STATUSES,
  serviceKinds: SERVICE_KINDS,
  hotlinePurposes: HOTLINE_PURPOSES,
  capacityStatuses: CAPACITY_STATUSES,
  phoneTypes: PHONE_TYPES,
  safetyAnswers: SAFETY_ANSWERS,
  areaKinds: SERVICE_AREA_KINDS,
  costKinds: COST_KINDS,
  accreditationKinds: ACCREDITATION_KINDS,
  safetyKinds: SAFETY_STATEMENT_KINDS,
  translationSources: TRANSLATION_SOURCES,
} as const;

// ---------------------------------------------------------------------------
// Two editors at once

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A section's values after someone else saved the listing while this form
 * was open: every field this form changed (posted differs from `original`,
 * what the form was opened with) keeps the posted value; every other field
 * takes the `current` one, so the other person's changes are not undone by
 * saving again. Lists (phones, areas, hours) count as one field each.
 */
export function mergeSectionValues<Fields>(original: Fields, posted: Fields, current: Fields): Fields {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  if (isRecord(original) && isRecord(posted) && isRecord(current)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(posted), ...Object.keys(current)])) merged[key] = mergeSectionValues(original[key], posted[key], current[key]);
    return merged as Fields;
  }
  return sameValue(posted, original) ? current : posted;
}
