import "server-only";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase, type Database, type DatabaseTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type {
  AccreditationKind,
  CapacityStatus,
  CostKind,
  HotlinePurpose,
  ListingStatus,
  PhoneType,
  SafetyAnswer,
  SafetyStatementKind,
  ServiceAreaKind,
  ServiceKind,
  TaxonomySlug,
  VerifierRole,
} from "./schema";
import { listingDocumentSchema, type ListingDocument, type ListingDocumentDraft, type ServiceAreaInputDraft } from "./schema";
import type { WeeklySchedule } from "./opening-hours";
import { TranslationIndex, type LocalizedText } from "./translations";

export interface PhoneView {
  id: string;
  number: string;
  extension: string | null;
  type: PhoneType;
  isHotline: boolean;
  acceptsText: boolean;
  description: LocalizedText | null;
  languages: string[];
}

export interface AddressView {
  address1: string;
  address2: string | null;
  city: string;
  region: string;
  postalCode: string;
}

export interface LocationView {
  id: string;
  name: LocalizedText | null;
  description: LocalizedText | null;
  transportation: LocalizedText | null;
  accessibility: LocalizedText | null;
  latitude: number;
  longitude: number;
  timezone: string;
  address: AddressView | null;
  phones: PhoneView[];
  languages: string[];
  schedule: WeeklySchedule | undefined;
}

export interface ServiceAreaView {
  kind: ServiceAreaKind;
  code: string | null;
  radiusMiles: number | null;
}

export interface ServiceView {
  id: string;
  slug: string;
  kind: ServiceKind;
  status: ListingStatus;
  name: LocalizedText;
  description: LocalizedText;
  eligibility: LocalizedText | null;
  applicationProcess: LocalizedText | null;
  fees: LocalizedText | null;
  url: string | null;
  email: string | null;
  capacityStatus: CapacityStatus | null;
  capacityUpdatedAt: Date | null;
  hotlinePurpose: HotlinePurpose | null;
  taxonomy: TaxonomySlug[];
  areas: ServiceAreaView[];
  languages: string[];
  costs: { kind: CostKind; amount: number | null; currency: string | null }[];
  phones: PhoneView[];
  schedule: WeeklySchedule | undefined;
  locationIds: string[];
}

export interface OrganizationView {
  id: string;
  slug: string;
  name: LocalizedText;
  alternateName: LocalizedText | null;
  description: LocalizedText;
  sourceLocale: string;
  email: string | null;
  website: string | null;
  yearIncorporated: number | null;
  status: ListingStatus;
  isSample: boolean;
  verifiedAt: Date | null;
  verifiedByRole: VerifierRole | null;
  updatedAt: Date;
  accreditations: { kind: AccreditationKind; validUntil: Date | null }[];
  safetyStatements: { kind: SafetyStatementKind; answer: SafetyAnswer }[];
  phones: PhoneView[];
  locations: LocationView[];
  services: ServiceView[];
}

const phoneInclude = { languages: { select: { code: true } } } satisfies Prisma.PhoneInclude;
const scheduleInclude = { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } } satisfies Prisma.ScheduleInclude;

type ScheduleRow = {
  timezone: string;
  isAlwaysOpen: boolean;
  openingHours: { weekday: number; opensAt: string; closesAt: string }[];
};

function weeklySchedule(schedules: ScheduleRow[]): WeeklySchedule | undefined {
  const schedule = schedules[0];
  if (!schedule) return undefined;
  return {
    timezone: schedule.timezone,
    isAlwaysOpen: schedule.isAlwaysOpen,
    openingHours: schedule.openingHours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt })),
  };
}

function uniqueCodes(rows: { code: string }[]): string[] {
  return [...new Set(rows.map((row) => row.code))];
}

/** Every published organization's page, in the reader's language; null when there is none. */
export function getOrganizationPage(slug: string, locale: string): Promise<OrganizationView | null> {
  return cachedData(`organization:${slug}:${locale}`, () => loadOrganizationPage(slug, locale));
}

async function loadOrganizationPage(slug: string, locale: string): Promise<OrganizationView | null> {
  const db = getDatabase();
  const organization = await queryDatabase(() =>
    db.organization.findFirst({
      where: { slug, isPublished: true },
      include: {
        accreditations: { orderBy: { kind: "asc" } },
        safetyStatements: { orderBy: { kind: "asc" } },
        phones: { include: phoneInclude, orderBy: { sortOrder: "asc" } },
        locations: {
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          include: {
            addresses: { where: { kind: "physical" }, take: 1 },
            phones: { include: phoneInclude, orderBy: { sortOrder: "asc" } },
            languages: { select: { code: true } },
            schedules: { include: scheduleInclude },
          },
        },
        services: {
          where: { status: { not: "defunct" } },
          orderBy: [{ kind: "desc" }, { name: "asc" }],
          include: {
            taxonomyTerms: { include: { term: { select: { slug: true, sortOrder: true } } } },
            serviceAreas: true,
            languages: { select: { code: true } },
            costOptions: true,
            phones: { include: phoneInclude, orderBy: { sortOrder: "asc" } },
            schedules: { include: scheduleInclude },
            serviceAtLocations: { select: { locationId: true } },
          },
        },
      },
    }),
  );
  if (!organization) return null;

  const phoneRows = [
    ...organization.phones,
    ...organization.locations.flatMap((location) => location.phones),
    ...organization.services.flatMap((service) => service.phones),
  ];
  const entityIds = [
    organization.id,
    ...organization.locations.map((location) => location.id),
    ...organization.services.map((service) => service.id),
    ...phoneRows.map((phone) => phone.id),
  ];
  const translations = await queryDatabase(() =>
    db.translation.findMany({
      where: { entityId: { in: entityIds }, locale: { in: [...new Set([locale, "en"])] } },
      select: { entityId: true, field: true, locale: true, value: true, source: true },
    }),
  );
  const index = new TranslationIndex(translations);
  const source = organization.sourceLocale;
  const pick = (entityId: string, field: string, original: string | null) => index.pick(entityId, field, original, source, locale);
  const pickRequired = (entityId: string, field: string, original: string): LocalizedText =>
    pick(entityId, field, original) ?? { text: original, lang: source, source: "original", isFallback: locale !== source };

  const phoneView = (phone: (typeof phoneRows)[number]): PhoneView => ({
    id: phone.id,
    number: phone.number,
    extension: phone.extension,
    type: phone.type,
    isHotline: phone.isHotline,
    acceptsText: phone.acceptsText,
    description: pick(phone.id, "description", phone.description),
    languages: uniqueCodes(phone.languages),
  });

  return {
    id: organization.id,
    slug: organization.slug,
    name: pickRequired(organization.id, "name", organization.name),
    alternateName: pick(organization.id, "alternateName", organization.alternateName),
    description: pickRequired(organization.id, "description", organization.description),
    sourceLocale: source,
    email: organization.email,
    website: organization.website,
    yearIncorporated: organization.yearIncorporated,
    status: organization.status,
    isSample: organization.isSample,
    verifiedAt: organization.verifiedAt,
    verifiedByRole: organization.verifiedByRole,
    updatedAt: organization.updatedAt,
    accreditations: organization.accreditations.map(({ kind, validUntil }) => ({ kind, validUntil })),
    safetyStatements: organization.safetyStatements.map(({ kind, answer }) => ({ kind, answer })),
    phones: organization.phones.map(phoneView),
    locations: organization.locations.map((location) => {
      const address = location.addresses[0];
      return {
        id: location.id,
        name: pick(location.id, "name", location.name),
        description: pick(location.id, "description", location.description),
        transportation: pick(location.id, "transportation", location.transportation),
        accessibility: pick(location.id, "accessibility", location.accessibility),
        latitude: location.latitude,
        longitude: location.longitude,
        timezone: location.timezone,
        address: address
          ? { address1: address.address1, address2: address.address2, city: address.city, region: address.region, postalCode: address.postalCode }
          : null,
        phones: location.phones.map(phoneView),
        languages: uniqueCodes(location.languages),
        schedule: weeklySchedule(location.schedules),
      };
    }),
    services: organization.services.map((service) => ({
      id: service.id,
      slug: service.slug,
      kind: service.kind,
      status: service.status,
      name: pickRequired(service.id, "name", service.name),
      description: pickRequired(service.id, "description", service.description),
      eligibility: pick(service.id, "eligibilityDescription", service.eligibilityDescription),
      applicationProcess: pick(service.id, "applicationProcess", service.applicationProcess),
      fees: pick(service.id, "feesDescription", service.feesDescription),
      url: service.url,
      email: service.email,
      capacityStatus: service.capacityStatus,
      capacityUpdatedAt: service.capacityUpdatedAt,
      hotlinePurpose: service.hotlinePurpose,
      taxonomy: service.taxonomyTerms
        .sort((a, b) => a.term.sortOrder - b.term.sortOrder)
        .map((link) => link.term.slug as TaxonomySlug),
      areas: service.serviceAreas.map(({ kind, code, radiusMiles }) => ({ kind, code, radiusMiles })),
      languages: uniqueCodes(service.languages),
      costs: service.costOptions.map(({ kind, amount, currency }) => ({ kind, amount, currency })),
      phones: service.phones.map(phoneView),
      schedule: weeklySchedule(service.schedules),
      locationIds: service.serviceAtLocations.map((link) => link.locationId),
    })),
  };
}

/** The phone number that stands for the organization (JSON-LD `telephone`). */
export function primaryTelephone(organization: OrganizationView): string | null {
  const phone =
    organization.locations[0]?.phones[0] ?? organization.phones[0] ?? organization.services.flatMap((service) => service.phones)[0];
  return phone ? phone.number : null;
}

/** Whether a published organization with this slug exists, for the report form. */
export async function findPublishedOrganizationId(slug: string): Promise<string | null> {
  const organization = await queryDatabase(() =>
    getDatabase().organization.findFirst({ where: { slug, isPublished: true }, select: { id: true } }),
  );
  return organization?.id ?? null;
}

/** Whether the site shows sample listings (for the footer notice). */
export function showsSampleListings(): Promise<boolean> {
  return cachedData("sample-listings", async () => {
    const sample = await queryDatabase(() =>
      getDatabase().organization.findFirst({ where: { isSample: true, isPublished: true }, select: { id: true } }),
    );
    return sample !== null;
  });
}

const documentPhone = {
  orderBy: { sortOrder: "asc" },
  select: { id: true, number: true, extension: true, type: true, isHotline: true, acceptsText: true, description: true, languages: { select: { code: true } } },
} satisfies Prisma.PhoneFindManyArgs;
const documentSchedule = {
  orderBy: { id: "asc" },
  select: { timezone: true, isAlwaysOpen: true, notes: true, openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }], select: { weekday: true, opensAt: true, closesAt: true } } },
} satisfies Prisma.ScheduleFindManyArgs;

type DocumentScheduleRow = { timezone: string; isAlwaysOpen: boolean; notes: string | null; openingHours: { weekday: number; opensAt: string; closesAt: string }[] };

function documentSchedules(rows: DocumentScheduleRow[]) {
  return rows.map((schedule) => ({
    timezone: schedule.timezone,
    isAlwaysOpen: schedule.isAlwaysOpen,
    ...(schedule.notes === null ? {} : { notes: schedule.notes }),
    hours: schedule.openingHours,
  }));
}

/** Optional columns as a document holds them: absent rather than null. */
function present<Value>(value: Value | null): Value | undefined {
  return value === null ? undefined : value;
}

/**
 * An organization's published listing as a listing document (the inverse of
 * writing one: reading back what `publishListingDocument` or the seed
 * wrote gives the same document), with every record's id. Reads through
 * the given client, so a transaction sees its own writes. Null when there
 * is no such organization.
 */
export async function readListingDocument(db: Database | DatabaseTransaction, organizationId: string): Promise<ListingDocument | null> {
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      slug: true,
      name: true,
      alternateName: true,
      description: true,
      sourceLocale: true,
      email: true,
      website: true,
      yearIncorporated: true,
      status: true,
      accreditations: { orderBy: { kind: "asc" }, select: { kind: true, detail: true, validUntil: true } },
      safetyStatements: { orderBy: { kind: "asc" }, select: { kind: true, answer: true, vettedAt: true } },
      phones: documentPhone,
      locations: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          name: true,
          description: true,
          latitude: true,
          longitude: true,
          timezone: true,
          transportation: true,
          accessibility: true,
          addresses: { where: { kind: "physical" }, take: 1, select: { address1: true, address2: true, city: true, region: true, postalCode: true, countyFips: true } },
          phones: documentPhone,
          languages: { orderBy: { code: "asc" }, select: { code: true } },
          schedules: documentSchedule,
        },
      },
      services: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          slug: true,
          kind: true,
          name: true,
          alternateName: true,
          description: true,
          url: true,
          email: true,
          status: true,
          eligibilityDescription: true,
          applicationProcess: true,
          feesDescription: true,
          minimumAge: true,
          maximumAge: true,
          capacityStatus: true,
          capacityUpdatedAt: true,
          hotlinePurpose: true,
          taxonomyTerms: { select: { term: { select: { slug: true, sortOrder: true } } } },
          serviceAreas: { orderBy: { id: "asc" }, select: { kind: true, code: true, radiusMiles: true, centerLatitude: true, centerLongitude: true, description: true } },
          languages: { orderBy: { code: "asc" }, select: { code: true } },
          costOptions: { orderBy: { kind: "asc" }, select: { kind: true, amount: true, description: true } },
          phones: documentPhone,
          schedules: documentSchedule,
          serviceAtLocations: { select: { locationId: true } },
        },
      },
    },
  });
  if (!organization) return null;

  const phoneIds = [
    ...organization.phones,
    ...organization.locations.flatMap((location) => location.phones),
    ...organization.services.flatMap((service) => service.phones),
  ].map((phone) => phone.id);
  const translationRows = await db.translation.findMany({
    where: { entityId: { in: [organization.id, ...organization.locations.map((location) => location.id), ...organization.services.map((service) => service.id), ...phoneIds] } },
    orderBy: [{ field: "asc" }, { locale: "asc" }],
    select: { entityId: true, field: true, locale: true, value: true, source: true },
  });
  const translationsOf = (entityId: string) =>
    translationRows.filter((row) => row.entityId === entityId).map(({ field, locale, value, source }) => ({ field, locale, value, source }));
  const phones = (rows: typeof organization.phones) =>
    rows.map((phone) => ({
      id: phone.id,
      number: phone.number,
      ...(phone.extension === null ? {} : { extension: phone.extension }),
      type: phone.type,
      isHotline: phone.isHotline,
      acceptsText: phone.acceptsText,
      ...(phone.description === null ? {} : { description: phone.description }),
      languages: uniqueCodes(phone.languages),
      translations: translationsOf(phone.id),
    }));
  const locationIds = new Set(organization.locations.map((location) => location.id));

  const document: ListingDocumentDraft = {
    slug: organization.slug,
    name: organization.name,
    alternateName: present(organization.alternateName),
    description: organization.description,
    sourceLocale: organization.sourceLocale,
    email: present(organization.email),
    website: present(organization.website),
    yearIncorporated: present(organization.yearIncorporated),
    status: organization.status,
    accreditations: organization.accreditations.map(({ kind, detail, validUntil }) => ({ kind, detail: present(detail), validUntil: present(validUntil) })),
    safetyStatements: organization.safetyStatements.map(({ kind, answer, vettedAt }) => ({ kind, answer, vettedAt: present(vettedAt) })),
    phones: phones(organization.phones),
    translations: translationsOf(organization.id),
    locations: organization.locations.flatMap((location) => {
      const address = location.addresses[0];
      // Every office is written with its address; one without cannot be part of a document.
      if (!address) return [];
      return [
        {
          id: location.id,
          key: location.id,
          name: present(location.name),
          description: present(location.description),
          latitude: location.latitude,
          longitude: location.longitude,
          timezone: location.timezone,
          transportation: present(location.transportation),
          accessibility: present(location.accessibility),
          address: {
            address1: address.address1,
            address2: present(address.address2),
            city: address.city,
            region: address.region,
            postalCode: address.postalCode,
            countyFips: present(address.countyFips),
          },
          phones: phones(location.phones),
          languages: uniqueCodes(location.languages),
          schedules: documentSchedules(location.schedules),
          translations: translationsOf(location.id),
        },
      ];
    }),
    services: organization.services.map((service) => ({
      id: service.id,
      slug: service.slug,
      kind: service.kind,
      name: service.name,
      alternateName: present(service.alternateName),
      description: service.description,
      url: present(service.url),
      email: present(service.email),
      status: service.status,
      eligibilityDescription: present(service.eligibilityDescription),
      applicationProcess: present(service.applicationProcess),
      feesDescription: present(service.feesDescription),
      minimumAge: present(service.minimumAge),
      maximumAge: present(service.maximumAge),
      capacityStatus: present(service.capacityStatus),
      capacityUpdatedAt: present(service.capacityUpdatedAt),
      hotlinePurpose: present(service.hotlinePurpose),
      taxonomy: service.taxonomyTerms.sort((a, b) => a.term.sortOrder - b.term.sortOrder).map((link) => link.term.slug as TaxonomySlug),
      areas: service.serviceAreas.map((area) => serviceAreaOf(area)),
      languages: uniqueCodes(service.languages),
      costs: service.costOptions.map(({ kind, amount, description }) => ({ kind, amount: present(amount), description: present(description) })),
      phones: phones(service.phones),
      schedules: documentSchedules(service.schedules),
      locationKeys: service.serviceAtLocations.map((link) => link.locationId).filter((id) => locationIds.has(id)),
      translations: translationsOf(service.id),
    })),
  };
  return listingDocumentSchema.parse(document);
}

function serviceAreaOf(area: { kind: ServiceAreaKind; code: string | null; radiusMiles: number | null; centerLatitude: number | null; centerLongitude: number | null; description: string | null }): ServiceAreaInputDraft {
  switch (area.kind) {
    case "nationwide":
      return { kind: "nationwide" };
    case "radius":
      return { kind: "radius", radiusMiles: area.radiusMiles ?? 0, centerLatitude: area.centerLatitude ?? 0, centerLongitude: area.centerLongitude ?? 0 };
    case "county":
      return { kind: "county", code: area.code ?? "", description: present(area.description) };
    default:
      return { kind: area.kind, code: area.code ?? "" };
  }
}
