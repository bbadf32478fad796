import { beforeAll, describe, expect, it } from "vitest";
import { clearSearchCache, residentSearchIndexUpToDate, searchDirectory } from "@/features/directory/data";
import { resolvePlace, type SearchPlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { getOrganizationPage, readListingDocument } from "@/features/listings/data";
import { listingDifferences, withoutHighRiskChanges } from "@/features/listings/document";
import { insertListings, publishListingDocument, StaleListingError } from "@/features/listings/mutations";
import { listingInputSchema, type ListingDocument } from "@/features/listings/schema";
import { legalAidFixture } from "../fixtures/listings";
import { placedListing } from "../fixtures/search-fixtures";
import { withTestDatabase } from "../support/with-test-database";

const { db, provider } = withTestDatabase();
const MODERATOR = { id: null, name: "Test moderator", role: "moderator" };

function place(zip: string): SearchPlace {
  const resolution = resolvePlace({ kind: "near", text: zip });
  if (resolution.status !== "found") throw new Error(`${zip} must resolve`);
  return resolution.place;
}

async function search(zip: string, query: Record<string, string> = {}) {
  const parsed = parseDirectorySearch({ near: zip, ...query });
  return searchDirectory({ place: place(zip), radius: parsed.radius, filters: parsed.filters, page: parsed.page, locale: "en" });
}

async function organizationIdOf(slug: string): Promise<string> {
  const organization = await db().organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return organization.id;
}

async function documentOf(slug: string): Promise<ListingDocument> {
  const document = await readListingDocument(db(), await organizationIdOf(slug));
  if (!document) throw new Error(`No listing ${slug}`);
  return document;
}

async function publish(slug: string, document: ListingDocument, expectedVersion: number) {
  const organizationId = await organizationIdOf(slug);
  return db().$transaction((tx) => publishListingDocument(tx, organizationId, document, { expectedVersion, verifiedByRole: "organization", actor: MODERATOR, action: "published" }));
}

async function dataVersion(): Promise<number> {
  return (await db().dataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;
}

beforeAll(async () => {
  await insertListings(
    [
      legalAidFixture({ slug: "published-org", name: "Published Legal Aid", translations: [{ field: "description", locale: "es", value: "Ayuda legal publicada.", source: "professional" }] }),
      placedListing({ slug: "neighbor-org", zip: "60605" }),
      placedListing({ slug: "mover-org", zip: "60614" }),
    ].map((draft) => listingInputSchema.parse(draft)),
  );
  clearSearchCache();
});

describe("listing documents", () => {
  it("reads back a published listing as the same document, with every record's id, through publish after publish", async () => {
    const first = await documentOf("published-org");
    expect(first.locations[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.locations[0]?.key).toBe(first.locations[0]?.id);
    expect(first.services[0]?.locationKeys).toEqual([first.locations[0]?.id]);
    expect(first.locations[0]?.phones[0]?.number).toBe("+13125550150");
    expect(first.translations).toEqual([{ field: "description", locale: "es", value: "Ayuda legal publicada.", source: "professional" }]);
    expect(first.locations[0]?.schedules[0]?.hours).toHaveLength(5);

    const version = await publish("published-org", first, 1);
    expect(version).toBe(2);
    const second = await documentOf("published-org");
    expect(second).toEqual(first);
    expect(listingDifferences(first, second)).toEqual([]);
  });
});

describe("publishing a change", () => {
  it("updates the page, the search results, the audit log and the data version, all at once", async () => {
    const before = await documentOf("published-org");
    const organizationId = await organizationIdOf("published-org");
    const versionBefore = await dataVersion();
    await residentSearchIndexUpToDate();

    const [location] = before.locations;
    if (!location) throw new Error("fixture has an office");
    const proposed: ListingDocument = {
      ...before,
      name: "Published Legal Aid Renamed",
      locations: [
        {
          ...location,
          phones: [{ ...(location.phones[0] as (typeof location.phones)[number]), number: "+13125550161" }],
          schedules: [{ ...(location.schedules[0] as (typeof location.schedules)[number]), hours: [{ weekday: 6, opensAt: "10:00", closesAt: "14:00" }] }],
        },
      ],
    };
    const current = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { version: true } });
    await publish("published-org", proposed, current.version);

    const page = await getOrganizationPage("published-org", "en");
    expect(page?.name.text).toBe("Published Legal Aid Renamed");
    expect(page?.locations[0]?.phones[0]?.number).toBe("+13125550161");
    expect(page?.locations[0]?.schedule?.openingHours).toEqual([{ weekday: 6, opensAt: "10:00", closesAt: "14:00" }]);
    expect(page?.verifiedByRole).toBe("organization");
    expect(page?.locations[0]?.id).toBe(location.id);

    await residentSearchIndexUpToDate();
    const result = (await search("60601")).items.find((item) => item.organization.slug === "published-org");
    expect(result?.organization.name.text).toBe("Published Legal Aid Renamed");
    expect(result?.phone?.number).toBe("+13125550161");

    const records = await db().changeRecord.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" } });
    const latest = records[0];
    expect(latest?.action).toBe("published");
    expect(JSON.parse(latest?.before ?? "{}").name).toBe("Published Legal Aid");
    expect(JSON.parse(latest?.after ?? "{}").name).toBe("Published Legal Aid Renamed");
    expect(await dataVersion()).toBe(versionBefore + 1);
    const logged = await db().publishedChange.findUnique({ where: { version: versionBefore + 1 } });
    expect(JSON.parse(logged?.organizationIds ?? "null")).toEqual([organizationId]);
  });

  it("refuses a change based on a version that is no longer the published one, and changes nothing", async () => {
    const before = await documentOf("published-org");
    const versionBefore = await dataVersion();
    await expect(publish("published-org", { ...before, name: "Stale rename" }, 1)).rejects.toBeInstanceOf(StaleListingError);
    expect((await documentOf("published-org")).name).toBe(before.name);
    expect(await dataVersion()).toBe(versionBefore);
  });

  it("leaves the live listing, its search entries, the search index and the data version as they were when the publish fails part-way", async () => {
    const organizationId = await organizationIdOf("published-org");
    const before = await documentOf("published-org");
    const entriesBefore = await db().searchEntry.findMany({ where: { organizationId }, orderBy: { id: "asc" } });
    const versionBefore = await dataVersion();
    const { version } = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { version: true } });
    await residentSearchIndexUpToDate();
    const nameInSearch = async () => (await search("60601")).items.find((item) => item.organization.slug === "published-org")?.organization.name.text;
    const shownBefore = await nameInSearch();

    // The audit record is written after every listing row and search entry: a failure there undoes them all.
    if (provider === "sqlite") {
      await db().$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON "ChangeRecord" BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    } else {
      await db().$executeRawUnsafe(`CREATE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql`);
      await db().$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON "ChangeRecord" FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    }
    try {
      await expect(publish("published-org", { ...before, name: "Half-published name", locations: [] }, version)).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(provider === "sqlite" ? `DROP TRIGGER fail_audit` : `DROP TRIGGER fail_audit ON "ChangeRecord"`);
      if (provider === "postgresql") await db().$executeRawUnsafe(`DROP FUNCTION fail_audit()`);
    }

    expect(await documentOf("published-org")).toEqual(before);
    expect(await db().searchEntry.findMany({ where: { organizationId }, orderBy: { id: "asc" } })).toEqual(entriesBefore);
    expect(await dataVersion()).toBe(versionBefore);
    expect((await db().organization.findUniqueOrThrow({ where: { id: organizationId } })).version).toBe(version);
    await residentSearchIndexUpToDate();
    expect(await nameInSearch()).toBe(shownBefore);
  });
});

describe("the resident search index follows publishes by patching", () => {
  it("gives the same results after patches as an index loaded whole", async () => {
    await residentSearchIndexUpToDate();
    // Move an office across town, rename another organization, and give one a statewide area.
    const mover = await documentOf("mover-org");
    const moved: ListingDocument = {
      ...mover,
      locations: mover.locations.map((location) => ({ ...location, latitude: 41.8781, longitude: -87.6298, address: { ...location.address, postalCode: "60604" } })),
      services: mover.services.map((service) => ({ ...service, areas: [{ kind: "state" as const, code: "IL" }] })),
    };
    await publish("mover-org", moved, 1);
    const neighbor = await documentOf("neighbor-org");
    await publish("neighbor-org", { ...neighbor, name: "Neighbor Renamed", services: neighbor.services.map((service) => ({ ...service, taxonomy: ["daca"] })) }, 1);

    const patchedIndex = await residentSearchIndexUpToDate();
    expect(patchedIndex.patchedOrganizations).toBeGreaterThan(0);
    const summary = async () => {
      const lines: unknown[] = [];
      for (const zip of ["60601", "60604", "60614", "62701"]) {
        for (const query of [{}, { service: "daca" }, { radius: "5" }, { q: "renamed" }, { q: "neighbor" }, { q: "mover" }, { q: "daca fixture" }] as Record<string, string>[]) {
          const results = await search(zip, query);
          lines.push([zip, query, results.items.map((item) => [item.kind, item.organization.slug, item.organization.name.text, item.location?.distanceMiles ?? null]), results.facets]);
        }
      }
      return lines;
    };
    clearSearchCache();
    const fromPatched = await summary();
    expect(JSON.stringify(fromPatched)).toContain("Neighbor Renamed");

    // The same searches on an index read whole from the database.
    delete (globalThis as { kyrResidentIndex?: unknown }).kyrResidentIndex;
    clearSearchCache();
    const wholeIndex = await residentSearchIndexUpToDate();
    expect(wholeIndex.patchedOrganizations).toBe(0);
    expect(await summary()).toEqual(fromPatched);
  });
});

describe("keyword search follows publishes", () => {
  it("finds a listing by the words a publish gives it, and no longer by the words it took away", async () => {
    const slugsFor = async (q: string) => (await search("60601", { q })).items.map((item) => item.organization.slug);
    await residentSearchIndexUpToDate();
    expect(await slugsFor("zephyr")).toEqual([]);
    expect(await slugsFor("parroquia")).toEqual([]);

    // A new word in the organization's description, a Spanish service name in a translation.
    const before = await documentOf("neighbor-org");
    const [service] = before.services;
    if (!service) throw new Error("fixture has a service");
    await publish(
      "neighbor-org",
      {
        ...before,
        description: "Zephyr Street legal clinic.",
        services: [{ ...service, translations: [...service.translations, { field: "name", locale: "es", value: "Clínica parroquial", source: "professional" }] }],
      },
      (await db().organization.findUniqueOrThrow({ where: { slug: "neighbor-org" } })).version,
    );
    await residentSearchIndexUpToDate();
    expect(await slugsFor("zephyr")).toEqual(["neighbor-org"]);
    expect(await slugsFor("parroquial")).toEqual(["neighbor-org"]);
    expect(await slugsFor("zephyr parroq")).toEqual(["neighbor-org"]);

    // Taken away again: the old description's words are gone with it.
    const after = await documentOf("neighbor-org");
    await publish(
      "neighbor-org",
      { ...after, description: "A clinic on another street.", services: after.services.map((each) => ({ ...each, translations: [] })) },
      (await db().organization.findUniqueOrThrow({ where: { slug: "neighbor-org" } })).version,
    );
    await residentSearchIndexUpToDate();
    expect(await slugsFor("zephyr")).toEqual([]);
    expect(await slugsFor("parroquial")).toEqual([]);
    expect(await slugsFor("another street")).toEqual(["neighbor-org"]);
  });
});

describe("high-risk changes", () => {
  it("publishes a proposal's low-risk changes alone, keeping every phone, address, website and hotline as published", async () => {
    const published = await documentOf("published-org");
    const [location] = published.locations;
    if (!location) throw new Error("fixture has an office");
    const proposed: ListingDocument = {
      ...published,
      description: "A new description.",
      website: "https://elsewhere.example.org",
      locations: [
        {
          ...location,
          accessibility: "Ramp at the side door.",
          address: { ...location.address, address1: "200 Other Street" },
          phones: [{ ...(location.phones[0] as (typeof location.phones)[number]), number: "+13125550171", description: "Front desk" }],
        },
      ],
    };
    const lowRisk = withoutHighRiskChanges(published, proposed);
    const differences = listingDifferences(published, lowRisk);
    expect(differences.map((difference) => difference.field).sort()).toEqual(["accessibility", "description", "phoneDescription"]);
    expect(differences.every((difference) => !difference.highRisk)).toBe(true);
    const remaining = listingDifferences(lowRisk, proposed);
    expect(remaining.map((difference) => difference.field).sort()).toEqual(["address", "number", "website"]);
    expect(remaining.every((difference) => difference.highRisk)).toBe(true);
  });

  it("marks a record as added or removed only when the whole record is, not when a field goes from empty to filled", async () => {
    const published = await documentOf("published-org");
    const [service] = published.services;
    if (!service) throw new Error("fixture has a service");
    const proposed: ListingDocument = {
      ...published,
      services: [
        { ...service, capacityStatus: service.capacityStatus === "not_accepting" ? "accepting" : "not_accepting", capacityUpdatedAt: new Date() },
        { ...service, id: undefined, slug: "evening-clinic", name: "Evening clinic", translations: [], phones: [] },
      ],
    };
    const changeOf = (differences: ReturnType<typeof listingDifferences>, name: string) =>
      [...new Set(differences.filter((difference) => difference.record.name === name).map((difference) => difference.record.change ?? "changed"))];
    const forward = listingDifferences(published, proposed);
    expect(changeOf(forward, service.name)).toEqual(["changed"]);
    expect(changeOf(forward, "Evening clinic")).toEqual(["added"]);
    expect(changeOf(listingDifferences(proposed, published), "Evening clinic")).toEqual(["removed"]);
  });
});
