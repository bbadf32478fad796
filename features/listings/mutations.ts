import "server-only";
import { randomUUID } from "node:crypto";
import { bumpDataVersion } from "@/lib/data-cache";
import { writeChangeRecord, type AuditActor } from "@/lib/audit-log";
import { getDatabase, type Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { readListingDocument } from "./data";
import type { ListingDocument, ListingInput, PhoneInput, ScheduleInput, TranslationInput, TranslatableEntity, VerifierRole } from "./schema";
import { encodeCard, firstPhone, type CardName, type SearchCard } from "./search-cards";
import { searchEntriesOf, searchTextOf, type IndexableService, type SearchEntryRow, type SearchTextRow } from "./search-index";

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
  phones.forEach(({ id: phoneId, languages, translations, ...phone }, sortOrder) => {
    const id = phoneId ?? randomUUID();
    rows.phones.push({ id, ...owner, ...phone, sortOrder });
    for (const code of new Set(languages)) rows.languages.push({ id: randomUUID(), code, phoneId: id });
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

/**
 * Rows of one organization's records (everything under the organization
 * row itself) from a listing document. Records keep the ids the document
 * gives them (published records keep theirs across publishes, so links and
 * the open-data API stay stable); new ones get fresh ids.
 */
function addListingRecordRows(rows: ListingRows, organizationId: string, document: ListingDocument, termIdsBySlug: Map<string, string>): void {
  const { accreditations, safetyStatements, phones, locations, services, translations } = document;
  for (const accreditation of accreditations) rows.accreditations.push({ id: randomUUID(), organizationId, ...accreditation });
  for (const statement of safetyStatements) rows.safetyStatements.push({ id: randomUUID(), organizationId, ...statement });
  addPhones(rows, { organizationId }, phones);
  addTranslations(rows, "organization", organizationId, translations);

  const locationIds = new Map<string, string>();
  locations.forEach(({ id, key, address, phones: locationPhones, languages, schedules, translations: locationTranslations, ...location }, sortOrder) => {
    const locationId = id ?? randomUUID();
    locationIds.set(key, locationId);
    rows.locations.push({ id: locationId, organizationId, ...location, sortOrder });
    rows.addresses.push({ id: randomUUID(), locationId, kind: "physical", ...address });
    addPhones(rows, { locationId }, locationPhones);
    for (const code of new Set(languages)) rows.languages.push({ id: randomUUID(), code, locationId });
    addSchedules(rows, { locationId }, schedules);
    addTranslations(rows, "location", locationId, locationTranslations);
  });

  services.forEach((service, sortOrder) => {
    const { id, taxonomy, areas, languages, costs, phones: servicePhones, schedules, locationKeys, translations: serviceTranslations, ...fields } = service;
    const serviceId = id ?? randomUUID();
    rows.services.push({ id: serviceId, organizationId, ...fields, sortOrder });
    for (const slug of new Set(taxonomy)) {
      const termId = termIdsBySlug.get(slug);
      if (!termId) throw new Error(`Unknown taxonomy term "${slug}": is the database migrated?`);
      rows.serviceTaxonomyTerms.push({ serviceId, termId });
    }
    for (const key of new Set(locationKeys)) {
      const locationId = locationIds.get(key);
      if (!locationId) throw new Error(`Service "${service.slug}" names unknown location "${key}"`);
      rows.serviceAtLocations.push({ id: randomUUID(), serviceId, locationId });
    }
    for (const area of areas) {
      rows.serviceAreas.push({ id: randomUUID(), serviceId, ...(area.kind === "nationwide" ? { kind: "nationwide", code: "US" } : area) });
    }
    for (const cost of costs) rows.costOptions.push({ id: randomUUID(), serviceId, currency: cost.amount === undefined ? null : "USD", ...cost });
    for (const code of new Set(languages)) rows.languages.push({ id: randomUUID(), code, serviceId });
    addPhones(rows, { serviceId }, servicePhones);
    addSchedules(rows, { serviceId }, schedules);
    addTranslations(rows, "service", serviceId, serviceTranslations);
  });
}

/** The organization row's own columns from a document: every optional field named, so an update clears what the document leaves out. */
function organizationColumns(document: ListingDocument) {
  return {
    slug: document.slug,
    name: document.name,
    alternateName: document.alternateName ?? null,
    description: document.description,
    sourceLocale: document.sourceLocale,
    email: document.email ?? null,
    website: document.website ?? null,
    yearIncorporated: document.yearIncorporated ?? null,
    status: document.status,
  };
}

function listingRows(listings: ListingInput[], termIdsBySlug: Map<string, string>): ListingRows {
  const rows = emptyRows();
  for (const listing of listings) {
    const organizationId = randomUUID();
    rows.organizations.push({
      id: organizationId,
      ...organizationColumns(listing),
      isPublished: listing.isPublished,
      isSample: listing.isSample,
      verifiedAt: listing.verifiedAt ?? null,
      verifiedByRole: listing.verifiedByRole ?? null,
      verificationNote: listing.verificationNote ?? null,
    });
    addListingRecordRows(rows, organizationId, listing, termIdsBySlug);
  }
  return rows;
}

/** SQLite allows 32,766 bound variables per statement; the widest row has under 25 columns. */
const ROWS_PER_STATEMENT = 1_000;
/** Prisma refuses more bound values than SQLite's classic limit of 999 in one IN list. */
const MAX_IN_LIST = 900;

/** Runs a query once per slice of a long id list and joins the results. */
async function forIdsInChunks<Result>(ids: string[], query: (chunk: string[]) => Promise<Result[]>): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < ids.length; start += MAX_IN_LIST) results.push(...(await query(ids.slice(start, start + MAX_IN_LIST))));
  return results;
}

async function createInChunks<Row>(rows: Row[], create: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await create(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
type DatabaseOrTransaction = Database | Transaction;

// ---------------------------------------------------------------------------
// The search index (SearchEntry, SearchText, SearchCard), rebuilt for an
// organization whenever any of its listing rows is written, in the same
// transaction.

/** Deletes the organizations' search index rows (entries, keyword keys and cards). */
async function deleteSearchRows(tx: DatabaseOrTransaction, organizationIds: string[]): Promise<void> {
  await tx.searchEntry.deleteMany({ where: { organizationId: { in: organizationIds } } });
  await tx.searchText.deleteMany({ where: { organizationId: { in: organizationIds } } });
  await tx.searchCard.deleteMany({ where: { organizationId: { in: organizationIds } } });
}

const SEARCHABLE_TEXT_FIELDS = ["name", "alternateName", "description"];
/** Organizations per index batch; with their services, their ids stay within one IN list. */
const INDEX_BATCH = 300;

const CARD_PHONE = { number: true, extension: true, acceptsText: true, sortOrder: true } as const;

/** Reads the organizations' current rows and writes their search entries and result cards afresh. */
async function rebuildSearchEntries(tx: DatabaseOrTransaction, organizationIds: string[]): Promise<void> {
  for (let start = 0; start < organizationIds.length; start += INDEX_BATCH) {
    const ids = organizationIds.slice(start, start + INDEX_BATCH);
    await deleteSearchRows(tx, ids);
    const organizations = await tx.organization.findMany({
      where: { id: { in: ids }, isPublished: true, status: "active" },
      select: {
        id: true,
        slug: true,
        name: true,
        alternateName: true,
        description: true,
        sourceLocale: true,
        isSample: true,
        verifiedAt: true,
        accreditations: { select: { kind: true } },
        phones: { select: CARD_PHONE },
        safetyStatements: { where: { answer: "yes" }, select: { kind: true } },
        locations: {
          select: {
            id: true,
            name: true,
            latitude: true,
            longitude: true,
            languages: { select: { code: true } },
            phones: { select: { ...CARD_PHONE, languages: { select: { code: true } } } },
            addresses: { where: { kind: "physical" }, select: { address1: true, address2: true, city: true, region: true, postalCode: true }, take: 1 },
            schedules: {
              select: { timezone: true, isAlwaysOpen: true, openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } },
              orderBy: { id: "asc" },
              take: 1,
            },
          },
        },
        services: {
          where: { status: "active", kind: "legal_service" },
          select: {
            id: true,
            name: true,
            alternateName: true,
            description: true,
            capacityStatus: true,
            capacityUpdatedAt: true,
            taxonomyTerms: { select: { term: { select: { slug: true } } } },
            languages: { select: { code: true } },
            phones: { select: { ...CARD_PHONE, isHotline: true, languages: { select: { code: true } } } },
            costOptions: { select: { kind: true } },
            serviceAreas: { select: { kind: true, code: true, radiusMiles: true, centerLatitude: true, centerLongitude: true } },
            serviceAtLocations: { select: { locationId: true } },
          },
        },
      },
    });
    const textIds = organizations.flatMap((organization) => [
      organization.id,
      ...organization.services.map((service) => service.id),
      ...organization.locations.map((location) => location.id),
    ]);
    const translations = await forIdsInChunks(textIds, (chunk) =>
      tx.translation.findMany({
        where: { entityId: { in: chunk }, field: { in: SEARCHABLE_TEXT_FIELDS } },
        select: { entityId: true, field: true, locale: true, value: true, source: true },
      }),
    );
    const translated = new Map<string, string[]>();
    const names = new Map<string, CardName[]>();
    for (const translation of translations) {
      const texts = translated.get(translation.entityId);
      if (texts) texts.push(translation.value);
      else translated.set(translation.entityId, [translation.value]);
      if (translation.field !== "name") continue;
      const name: CardName = { locale: translation.locale, value: translation.value, source: translation.source };
      const known = names.get(translation.entityId);
      if (known) known.push(name);
      else names.set(translation.entityId, [name]);
    }

    const entries: SearchEntryRow[] = [];
    const texts: SearchTextRow[] = [];
    for (const organization of organizations) {
      const offices = new Map(
        organization.locations.map((location) => [
          location.id,
          {
            id: location.id,
            latitude: location.latitude,
            longitude: location.longitude,
            languages: [...location.languages, ...location.phones.flatMap((phone) => phone.languages)].map((language) => language.code),
          },
        ]),
      );
      // Keyword keys of what search can find: the organization once, each service with entries.
      let searchable = false;
      for (const service of organization.services) {
        const indexable: IndexableService = {
          id: service.id,
          organizationId: organization.id,
          verifiedAt: organization.verifiedAt,
          taxonomy: service.taxonomyTerms.map((link) => link.term.slug),
          languages: [...service.languages, ...service.phones.flatMap((phone) => phone.languages)].map((language) => language.code),
          costs: service.costOptions.map((cost) => cost.kind),
          safety: organization.safetyStatements.map((statement) => statement.kind),
          offices: service.serviceAtLocations.flatMap((link) => offices.get(link.locationId) ?? []),
          areas: service.serviceAreas,
        };
        const serviceEntries = searchEntriesOf(indexable);
        if (serviceEntries.length === 0) continue;
        searchable = true;
        entries.push(...serviceEntries);
        texts.push(searchTextOf(service.id, organization.id, [service.name, service.alternateName ?? "", service.description, ...(translated.get(service.id) ?? [])]));
      }
      if (searchable) {
        texts.push(
          searchTextOf(organization.id, organization.id, [organization.name, organization.alternateName ?? "", organization.description, ...(translated.get(organization.id) ?? [])]),
        );
      }
    }
    await createInChunks(entries, (data) => tx.searchEntry.createMany({ data }));
    await createInChunks(texts, (data) => tx.searchText.createMany({ data }));

    const cards = organizations.flatMap((organization) => {
      const card = (id: string, details: SearchCard) => ({ id, organizationId: organization.id, details: encodeCard(details) });
      return [
        card(organization.id, {
          kind: "organization",
          slug: organization.slug,
          name: organization.name,
          sourceLocale: organization.sourceLocale,
          isSample: organization.isSample,
          verifiedAt: organization.verifiedAt,
          accreditations: organization.accreditations.map((accreditation) => accreditation.kind),
          phone: firstPhone(organization.phones),
          names: names.get(organization.id) ?? [],
        }),
        ...organization.locations.map((location) => {
          const [schedule] = location.schedules;
          return card(location.id, {
            kind: "location",
            name: location.name,
            latitude: location.latitude,
            longitude: location.longitude,
            address: location.addresses[0] ?? null,
            phone: firstPhone(location.phones),
            schedule: schedule && { timezone: schedule.timezone, isAlwaysOpen: schedule.isAlwaysOpen, openingHours: schedule.openingHours },
            names: names.get(location.id) ?? [],
          });
        }),
        ...organization.services.map((service) =>
          card(service.id, {
            kind: "service",
            name: service.name,
            capacityStatus: service.capacityStatus,
            capacityUpdatedAt: service.capacityUpdatedAt,
            phone: firstPhone(service.phones.filter((phone) => !phone.isHotline)),
            names: names.get(service.id) ?? [],
          }),
        ),
      ];
    });
    await createInChunks(cards, (data) => tx.searchCard.createMany({ data }));
  }
}

/**
 * Rebuilds the whole search index from the listings (`npm run db:reindex`),
 * one batch of organizations per transaction, each swapping its old entries
 * for new ones, so searches never see a gap; entries of organizations that
 * no longer exist go last.
 */
export async function rebuildSearchIndex(db: Database = getDatabase()): Promise<number> {
  const organizations = await db.organization.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const ids = organizations.map((organization) => organization.id);
  for (let start = 0; start < ids.length; start += INDEX_BATCH) {
    await db.$transaction((tx) => rebuildSearchEntries(tx, ids.slice(start, start + INDEX_BATCH)), BULK_TRANSACTION);
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "SearchEntry" WHERE "organizationId" NOT IN (SELECT "id" FROM "Organization")`;
    await tx.$executeRaw`DELETE FROM "SearchText" WHERE "organizationId" NOT IN (SELECT "id" FROM "Organization")`;
    await tx.$executeRaw`DELETE FROM "SearchCard" WHERE "organizationId" NOT IN (SELECT "id" FROM "Organization")`;
    await bumpDataVersion(tx, "everything");
  });
  return ids.length;
}

/** Whether the index, its keyword keys or its cards have never been built while listings exist (after the migrations that added them). */
export async function searchIndexIsMissing(db: Database = getDatabase()): Promise<boolean> {
  const [entry, text, card, organization] = await Promise.all([
    db.searchEntry.findFirst({ select: { id: true } }),
    db.searchText.findFirst({ select: { id: true } }),
    db.searchCard.findFirst({ select: { id: true } }),
    db.organization.findFirst({ where: { isPublished: true }, select: { id: true } }),
  ]);
  return (entry === null || text === null || card === null) && organization !== null;
}

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

async function taxonomyIdsBySlug(db: DatabaseOrTransaction): Promise<Map<string, string>> {
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
  const organizationIds = rows.organizations.map((organization) => organization.id as string);
  await db.$transaction(async (tx) => {
    await writeListingRows(tx, rows);
    await rebuildSearchEntries(tx, organizationIds);
    await bumpDataVersion(tx, { organizationIds });
  }, BULK_TRANSACTION);
  return organizationIds;
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
    await forIdsInChunks(recordIds, async (chunk) => [await tx.translation.deleteMany({ where: { entityId: { in: chunk } } })]);
    const removed = await tx.organization.findMany({ where: { isSample: true }, select: { id: true } });
    await forIdsInChunks(
      removed.map((row) => row.id),
      async (chunk) => {
        await deleteSearchRows(tx, chunk);
        return [];
      },
    );
    await tx.organization.deleteMany({ where: { isSample: true } });
    await writeListingRows(tx, rows);
    await rebuildSearchEntries(tx, rows.organizations.map((organization) => organization.id as string));
    await bumpDataVersion(tx, "everything");
  }, BULK_TRANSACTION);
}


/** The listing changed since the version a change was based on: someone else's change went live first. */
export class StaleListingError extends Error {
  constructor(readonly currentVersion: number | null) {
    super("The listing changed since this change was based on it");
    this.name = "StaleListingError";
  }
}

export interface PublishOptions {
  /** The organization's published version the document was based on. */
  expectedVersion: number;
  /** Whose information it is, as the public page names the verifier. */
  verifiedByRole: VerifierRole;
  actor: AuditActor;
  /** What the audit log calls it (keys of `Moderation.auditActions`). */
  action: "published" | "published_low_risk";
  changeRequestId?: string;
  now?: Date;
}

/** Ids of every record the organization's translations hang off (translations are keyed by record, not by foreign key). */
async function translatableRecordIds(tx: Transaction, organizationId: string): Promise<string[]> {
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: {
      phones: { select: { id: true } },
      locations: { select: { id: true, phones: { select: { id: true } } } },
      services: { select: { id: true, phones: { select: { id: true } } } },
    },
  });
  if (!organization) return [];
  return [
    organizationId,
    ...organization.phones.map((phone) => phone.id),
    ...organization.locations.flatMap((location) => [location.id, ...location.phones.map((phone) => phone.id)]),
    ...organization.services.flatMap((service) => [service.id, ...service.phones.map((phone) => phone.id)]),
  ];
}

/**
 * The one publish path (portal changes, imports, admin): replaces the
 * organization's published listing with `document`, in the caller's
 * transaction. Its records keep their ids; the organization's version moves
 * on (refused with StaleListingError when it is no longer
 * `expectedVersion`), its verification date becomes today, its search
 * entries and cards are rebuilt, the audit log gets the documents before and
 * after, and the data version moves with this organization named, so every
 * process patches its search index for it. Returns the new version.
 */
export async function publishListingDocument(tx: Transaction, organizationId: string, document: ListingDocument, options: PublishOptions): Promise<number> {
  const now = options.now ?? new Date();
  const before = await readListingDocument(tx, organizationId);
  const { count } = await tx.organization.updateMany({
    where: { id: organizationId, version: options.expectedVersion },
    data: { ...organizationColumns(document), version: { increment: 1 }, verifiedAt: now, verifiedByRole: options.verifiedByRole },
  });
  if (count === 0) {
    const current = await tx.organization.findUnique({ where: { id: organizationId }, select: { version: true } });
    throw new StaleListingError(current?.version ?? null);
  }

  const recordIds = await translatableRecordIds(tx, organizationId);
  await forIdsInChunks(recordIds, async (chunk) => [await tx.translation.deleteMany({ where: { entityId: { in: chunk } } })]);
  await tx.phone.deleteMany({ where: { organizationId } });
  await tx.location.deleteMany({ where: { organizationId } });
  await tx.service.deleteMany({ where: { organizationId } });
  await tx.accreditation.deleteMany({ where: { organizationId } });
  await tx.safetyStatement.deleteMany({ where: { organizationId } });

  const rows = emptyRows();
  addListingRecordRows(rows, organizationId, document, await taxonomyIdsBySlug(tx));
  await writeListingRows(tx, rows);
  await rebuildSearchEntries(tx, [organizationId]);
  await writeChangeRecord(tx, {
    entityType: "organization",
    entityId: organizationId,
    organizationId,
    action: options.action,
    actor: options.actor,
    changeRequestId: options.changeRequestId ?? null,
    before,
    after: await readListingDocument(tx, organizationId),
  });
  await bumpDataVersion(tx, { organizationIds: [organizationId] });
  return options.expectedVersion + 1;
}

/**
 * "Re-verify without changes": the listing is confirmed as it is. Its
 * verification date becomes today (and with it its search entries, which
 * hide listings unverified for a year); its content and version stay.
 */
export async function reverifyListing(tx: Transaction, organizationId: string, actor: AuditActor, now = new Date()): Promise<void> {
  const previous = await tx.organization.findUnique({ where: { id: organizationId }, select: { verifiedAt: true, verifiedByRole: true } });
  if (!previous) throw new Error("No such organization");
  await tx.organization.update({ where: { id: organizationId }, data: { verifiedAt: now, verifiedByRole: "moderator", staleReminderSentAt: null } });
  await rebuildSearchEntries(tx, [organizationId]);
  await writeChangeRecord(tx, {
    entityType: "organization",
    entityId: organizationId,
    organizationId,
    action: "reverified",
    actor,
    before: previous,
    after: { verifiedAt: now, verifiedByRole: "moderator" },
  });
  await bumpDataVersion(tx, { organizationIds: [organizationId] });
}
