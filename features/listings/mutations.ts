import "server-only";
import { randomUUID } from "node:crypto";
import { getDatabase, type Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { ListingInput, PhoneInput, ScheduleInput, TranslationInput, TranslatableEntity } from "./schema";
import { normalizeSearchText } from "./search-text";

const SEARCHABLE_FIELDS = new Set(["name", "alternateName", "description"]);

/** The keyword-search text of a service: its own and its organization's names and descriptions, in every language. */
function serviceSearchText(
  organization: { name: string; alternateName?: string; description: string; translations: TranslationInput[] },
  service: { name: string; alternateName?: string; description: string; translations: TranslationInput[] },
): string {
  const parts = [organization.name, organization.alternateName, organization.description, service.name, service.alternateName, service.description];
  for (const translation of [...organization.translations, ...service.translations]) {
    if (SEARCHABLE_FIELDS.has(translation.field)) parts.push(translation.value);
  }
  return normalizeSearchText(parts.filter(Boolean).join(" "));
}

/** Rows of every table a batch of listings writes, in foreign-key order. */
interface ListingRows {
  organizations: Prisma.OrganizationCreateManyInput[];
  accreditations: Prisma.AccreditationCreateManyInput[];
  safetyStatements: Prisma.SafetyStatementCreateManyInput[];
  locations: Prisma.LocationCreateManyInput[];
  addresses: Prisma.AddressCreateManyInput[];
  services: Prisma.ServiceCreateManyInput[];
  serviceTaxonomyTerms: Prisma.ServiceTaxonomyTermCreateManyInput[];
  serviceAtLocations: Prisma.ServiceAtLocationCreateManyInput[];
  serviceAreas: Prisma.ServiceAreaCreateManyInput[];
  costOptions: Prisma.CostOptionCreateManyInput[];
  phones: Prisma.PhoneCreateManyInput[];
  languages: Prisma.LanguageCreateManyInput[];
  schedules: Prisma.ScheduleCreateManyInput[];
  openingHours: Prisma.OpeningHoursCreateManyInput[];
  translations: Prisma.TranslationCreateManyInput[];
}

function emptyRows(): ListingRows {
  return {
    organizations: [],
    accreditations: [],
    safetyStatements: [],
    locations: [],
    addresses: [],
    services: [],
    serviceTaxonomyTerms: [],
    serviceAtLocations: [],
    serviceAreas: [],
    costOptions: [],
    phones: [],
    languages: [],
    schedules: [],
    openingHours: [],
    translations: [],
  };
}

type PhoneOwner = { organizationId: string } | { serviceId: string } | { locationId: string };
type ScheduleOwner = { serviceId: string } | { locationId: string };

function addTranslations(rows: ListingRows, entityType: TranslatableEntity, entityId: string, translations: TranslationInput[]): void {
  for (const translation of translations) rows.translations.push({ id: randomUUID(), entityType, entityId, ...translation });
}

function addPhones(rows: ListingRows, owner: PhoneOwner, phones: PhoneInput[]): void {
  phones.forEach(({ languages, translations, ...phone }, sortOrder) => {
    const id = randomUUID();
    rows.phones.push({ id, ...owner, ...phone, sortOrder });
    for (const code of languages) rows.languages.push({ id: randomUUID(), code, phoneId: id });
    addTranslations(rows, "phone", id, translations);
  });
}

function addSchedules(rows: ListingRows, owner: ScheduleOwner, schedules: ScheduleInput[]): void {
  for (const { hours, ...schedule } of schedules) {
    const id = randomUUID();
    rows.schedules.push({ id, ...owner, ...schedule });
    for (const opening of hours) rows.openingHours.push({ id: randomUUID(), scheduleId: id, ...opening });
  }
}

function listingRows(listings: ListingInput[], termIdsBySlug: Map<string, string>): ListingRows {
  const rows = emptyRows();
  for (const listing of listings) {
    const { accreditations, safetyStatements, phones, locations, services, translations, ...organization } = listing;
    const organizationId = randomUUID();
    rows.organizations.push({ id: organizationId, ...organization });
    for (const accreditation of accreditations) rows.accreditations.push({ id: randomUUID(), organizationId, ...accreditation });
    for (const statement of safetyStatements) rows.safetyStatements.push({ id: randomUUID(), organizationId, ...statement });
    addPhones(rows, { organizationId }, phones);
    addTranslations(rows, "organization", organizationId, translations);

    const locationIds = new Map<string, string>();
    for (const { key, address, phones: locationPhones, languages, schedules, translations: locationTranslations, ...location } of locations) {
      const locationId = randomUUID();
      locationIds.set(key, locationId);
      rows.locations.push({ id: locationId, organizationId, ...location });
      rows.addresses.push({ id: randomUUID(), locationId, kind: "physical", ...address });
      addPhones(rows, { locationId }, locationPhones);
      for (const code of languages) rows.languages.push({ id: randomUUID(), code, locationId });
      addSchedules(rows, { locationId }, schedules);
      addTranslations(rows, "location", locationId, locationTranslations);
    }

    for (const service of services) {
      const { taxonomy, areas, languages, costs, phones: servicePhones, schedules, locationKeys, translations: serviceTranslations, ...fields } = service;
      const serviceId = randomUUID();
      rows.services.push({ id: serviceId, organizationId, ...fields, searchText: serviceSearchText(listing, service) });
      for (const slug of taxonomy) {
        const termId = termIdsBySlug.get(slug);
        if (!termId) throw new Error(`Unknown taxonomy term "${slug}": is the database migrated?`);
        rows.serviceTaxonomyTerms.push({ serviceId, termId });
      }
      for (const key of locationKeys) {
        const locationId = locationIds.get(key);
        if (!locationId) throw new Error(`Service "${service.slug}" names unknown location "${key}"`);
        rows.serviceAtLocations.push({ id: randomUUID(), serviceId, locationId });
      }
      for (const area of areas) {
        rows.serviceAreas.push({ id: randomUUID(), serviceId, ...(area.kind === "nationwide" ? { kind: "nationwide", code: "US" } : area) });
      }
      for (const cost of costs) rows.costOptions.push({ id: randomUUID(), serviceId, currency: cost.amount === undefined ? null : "USD", ...cost });
      for (const code of languages) rows.languages.push({ id: randomUUID(), code, serviceId });
      addPhones(rows, { serviceId }, servicePhones);
      addSchedules(rows, { serviceId }, schedules);
      addTranslations(rows, "service", serviceId, serviceTranslations);
    }
  }
  return rows;
}

/** SQLite allows 32,766 bound variables per statement; the widest row has under 25 columns. */
const ROWS_PER_STATEMENT = 1_000;

async function createInChunks<Row>(rows: Row[], create: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await create(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function writeListingRows(tx: Transaction, rows: ListingRows): Promise<void> {
  await createInChunks(rows.organizations, (data) => tx.organization.createMany({ data }));
  await createInChunks(rows.accreditations, (data) => tx.accreditation.createMany({ data }));
  await createInChunks(rows.safetyStatements, (data) => tx.safetyStatement.createMany({ data }));
  await createInChunks(rows.locations, (data) => tx.location.createMany({ data }));
  await createInChunks(rows.addresses, (data) => tx.address.createMany({ data }));
  await createInChunks(rows.services, (data) => tx.service.createMany({ data }));
  await createInChunks(rows.serviceTaxonomyTerms, (data) => tx.serviceTaxonomyTerm.createMany({ data }));
  await createInChunks(rows.serviceAtLocations, (data) => tx.serviceAtLocation.createMany({ data }));
  await createInChunks(rows.serviceAreas, (data) => tx.serviceArea.createMany({ data }));
  await createInChunks(rows.costOptions, (data) => tx.costOption.createMany({ data }));
  await createInChunks(rows.phones, (data) => tx.phone.createMany({ data }));
  await createInChunks(rows.languages, (data) => tx.language.createMany({ data }));
  await createInChunks(rows.schedules, (data) => tx.schedule.createMany({ data }));
  await createInChunks(rows.openingHours, (data) => tx.openingHours.createMany({ data }));
  await createInChunks(rows.translations, (data) => tx.translation.createMany({ data }));
}

async function sampleRecordIds(tx: Transaction): Promise<string[]> {
  const organizations = await tx.organization.findMany({
    where: { isSample: true },
    select: {
      id: true,
      phones: { select: { id: true } },
      locations: { select: { id: true, phones: { select: { id: true } } } },
      services: { select: { id: true, phones: { select: { id: true } } } },
    },
  });
  return organizations.flatMap((organization) => [
    organization.id,
    ...organization.phones.map((phone) => phone.id),
    ...organization.locations.flatMap((location) => [location.id, ...location.phones.map((phone) => phone.id)]),
    ...organization.services.flatMap((service) => [service.id, ...service.phones.map((phone) => phone.id)]),
  ]);
}

/** Bulk loads run longer than Prisma's 5-second default for interactive transactions. */
const BULK_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

async function taxonomyIdsBySlug(db: Database): Promise<Map<string, string>> {
  const terms = await db.taxonomyTerm.findMany({ select: { id: true, slug: true } });
  return new Map(terms.map((term) => [term.slug, term.id]));
}

/**
 * Writes whole listings (organization, locations, services and all they
 * hold) in one transaction: either every row lands or none does. Callers
 * validate with `listingInputSchema` first.
 */
export async function insertListings(listings: ListingInput[], db: Database = getDatabase()): Promise<string[]> {
  const rows = listingRows(listings, await taxonomyIdsBySlug(db));
  await db.$transaction((tx) => writeListingRows(tx, rows), BULK_TRANSACTION);
  return rows.organizations.map((organization) => organization.id as string);
}

/**
 * Replaces every sample listing with `listings`, in one transaction, together
 * with the translations that hang off the old records (translations are keyed
 * by record id, not by foreign key).
 */
export async function replaceSampleListings(listings: ListingInput[], db: Database = getDatabase()): Promise<void> {
  const rows = listingRows(listings, await taxonomyIdsBySlug(db));
  await db.$transaction(async (tx) => {
    const recordIds = await sampleRecordIds(tx);
    for (let start = 0; start < recordIds.length; start += ROWS_PER_STATEMENT) {
      await tx.translation.deleteMany({ where: { entityId: { in: recordIds.slice(start, start + ROWS_PER_STATEMENT) } } });
    }
    await tx.organization.deleteMany({ where: { isSample: true } });
    await writeListingRows(tx, rows);
  }, BULK_TRANSACTION);
}

/**
 * Recomputes the keyword-search text of services: every service, or only
 * those written before the column existed (`onlyMissing`). Batches of 500,
 * one transaction each.
 */
export async function rebuildSearchText(options: { onlyMissing: boolean }, db: Database = getDatabase()): Promise<number> {
  let updated = 0;
  for (;;) {
    const services = await db.service.findMany({
      where: options.onlyMissing ? { searchText: "" } : { id: { gt: "" } },
      orderBy: { id: "asc" },
      skip: options.onlyMissing ? 0 : updated,
      take: 500,
      include: { organization: true },
    });
    if (services.length === 0) return updated;
    const translations = await db.translation.findMany({
      where: { entityId: { in: [...services.map((service) => service.id), ...services.map((service) => service.organizationId)] } },
    });
    const translationsOf = (entityId: string): TranslationInput[] =>
      translations.filter((translation) => translation.entityId === entityId).map(({ field, locale, value, source }) => ({ field, locale, value, source }));
    await db.$transaction(
      services.map((service) =>
        db.service.update({
          where: { id: service.id },
          data: {
            searchText: serviceSearchText(
              { ...service.organization, alternateName: service.organization.alternateName ?? undefined, translations: translationsOf(service.organizationId) },
              { ...service, alternateName: service.alternateName ?? undefined, translations: translationsOf(service.id) },
              // A single space marks the service as indexed even when nothing in it is searchable.
            ) || " ",
          },
        }),
      ),
    );
    updated += services.length;
  }
}
