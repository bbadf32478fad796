import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { clearSearchCache, residentSearchIndexUpToDate, searchDirectory } from "@/features/directory/data";
import { resolvePlace, type SearchPlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { findHotlinesForPlace } from "@/features/hotlines/data";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { nationalHotlineFixture, stateHotlineFixture } from "../fixtures/listings";
import { placedListing, type PlacedFixture } from "../fixtures/search-fixtures";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

afterEach(() => {
  vi.useRealTimers();
});

function chicago(): SearchPlace {
  const resolution = resolvePlace({ kind: "near", text: "60601" });
  if (resolution.status !== "found") throw new Error("60601 must resolve");
  return resolution.place;
}

async function search(query: Record<string, string | string[]>, locale = "en") {
  const parsed = parseDirectorySearch({ near: "60601", ...query });
  return searchDirectory({ place: chicago(), radius: parsed.radius, filters: parsed.filters, page: parsed.page, locale });
}

const slugsOf = (results: Awaited<ReturnType<typeof search>>, kind: "inRange" | "areaOnly") =>
  results.items.filter((item) => item.kind === kind).map((item) => item.organization.slug);

const fixtures: PlacedFixture[] = [
  {
    slug: "loop-clinic",
    zip: "60601",
    safety: [{ kind: "walk_in", answer: "yes" }, { kind: "serves_detained", answer: "no" }],
    services: [{ taxonomy: ["asylum"], languages: ["es", "mam"], costs: [{ kind: "free" }] }],
    translations: [
      { field: "name", locale: "es", value: "Clínica del Loop", source: "professional" },
      // "Legal help for immigrants": the article-and-preposition "لل" is joined to "المهاجرين".
      { field: "description", locale: "ar", value: "مساعدة قانونية للمهاجرين", source: "professional" },
    ],
  },
  {
    slug: "pilsen-center",
    zip: "60608",
    // Remote intake not confirmed: not help by phone.
    safety: [{ kind: "serves_detained", answer: "yes" }, { kind: "remote_intake", answer: "unknown" }],
    services: [
      {
        taxonomy: ["detention-bond"],
        languages: ["es"],
        costs: [{ kind: "sliding_scale" }],
        name: "Bond hearing help",
        translations: [{ field: "description", locale: "vi", value: "Hỗ trợ pháp lý miễn phí", source: "community" }],
      },
    ],
  },
  {
    slug: "uptown-office",
    zip: "60640",
    // An office nearby that also takes cases by phone.
    safety: [{ kind: "remote_intake", answer: "yes" }],
    services: [
      { taxonomy: ["daca"], languages: ["ar"], costs: [{ kind: "fixed_fee", amount: 50 }], capacityStatus: "waitlist", capacityUpdatedAt: new Date("2026-11-02T00:00:00Z") },
    ],
    translations: [{ field: "description", locale: "zh", value: "移民法律援助中心", source: "machine" }],
  },
  // Excluded: stale for over a year, unpublished, closed.
  { slug: "stale-clinic", zip: "60601", verifiedDaysAgo: 400 },
  { slug: "draft-clinic", zip: "60601", isPublished: false },
  { slug: "closed-clinic", zip: "60601", status: "temporarily_closed" },
  // Still shown, with a warning: 200 days. "Legal advice for immigrants", with the object ending joined to 이민자.
  { slug: "aging-clinic", zip: "60605", verifiedDaysAgo: 200, translations: [{ field: "description", locale: "ko", value: "이민자를 위한 법률 상담", source: "community" }] },
  // Office in Springfield, statewide phone service: area only.
  { slug: "statewide-line", zip: "62701", services: [{ remote: true, areas: [{ kind: "state", code: "IL" }], taxonomy: ["asylum"], languages: ["es"] }] },
  // Office in Milwaukee (about 80 miles), with a 100-mile radius area: area only within 25 miles.
  {
    slug: "milwaukee-project",
    zip: "53204",
    services: [{ areas: [{ kind: "radius", radiusMiles: 100, centerLatitude: 43.0167, centerLongitude: -87.9259 }], taxonomy: ["removal-defense"] }],
  },
  // Another state: never shown for Chicago.
  { slug: "houston-clinic", zip: "77002", services: [{ areas: [{ kind: "state", code: "TX" }] }] },
];

beforeAll(async () => {
  await insertListings([...fixtures.map(placedListing), nationalHotlineFixture("national-test-line", "+12025550177")].map((draft) => listingInputSchema.parse(draft)));
  clearSearchCache();
});

describe("directory search", () => {
  it("lists offices within the radius by distance, then services that cover the area from afar", async () => {
    const results = await search({});
    expect(slugsOf(results, "inRange")).toEqual(["loop-clinic", "aging-clinic", "pilsen-center", "uptown-office"]);
    const distances = results.items.filter((item) => item.kind === "inRange").map((item) => item.location?.distanceMiles ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(0.1);
    expect(slugsOf(results, "areaOnly")).toEqual(["milwaukee-project", "statewide-line"]);
    expect(results.items.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results.inRangeCount).toBe(4);
    expect(results.areaOnlyCount).toBe(2);
  });

  it("widens to more offices with a larger radius", async () => {
    const results = await search({ radius: "100" });
    expect(slugsOf(results, "inRange")).toContain("milwaukee-project");
    expect(slugsOf(results, "areaOnly")).toEqual(["statewide-line"]);
  });

  it("combines filters with AND across groups and OR within a group", async () => {
    expect(slugsOf(await search({ service: "asylum" }), "inRange")).toEqual(["loop-clinic"]);
    expect(slugsOf(await search({ service: ["asylum", "daca"] }), "inRange")).toEqual(["loop-clinic", "uptown-office"]);
    expect(slugsOf(await search({ service: ["asylum", "daca"], lang: "ar" }), "inRange")).toEqual(["uptown-office"]);
    expect(slugsOf(await search({ lang: "spa" }), "inRange")).toEqual(["loop-clinic", "pilsen-center"]);
    expect(slugsOf(await search({ lang: "mam" }), "inRange")).toEqual(["loop-clinic"]);
    expect(slugsOf(await search({ cost: "sliding" }), "inRange")).toEqual(["pilsen-center"]);
    expect(slugsOf(await search({ cost: ["free", "sliding"] }), "inRange")).toEqual(["loop-clinic", "aging-clinic", "pilsen-center"]);
    expect(slugsOf(await search({ detained: "1" }), "inRange")).toEqual(["pilsen-center"]);
    expect(slugsOf(await search({ walkin: "1" }), "inRange")).toEqual(["loop-clinic"]);
  });

  it("counts as help by phone or video a listing with remote intake, and a service offered at no office, and nothing else", async () => {
    const remote = await search({ remote: "1" });
    // uptown-office said yes to remote intake; statewide-line's service has no office (a statewide phone line).
    // Left out: pilsen-center (remote intake not confirmed), milwaukee-project (serves the area from an office 80 miles away).
    expect(slugsOf(remote, "inRange")).toEqual(["uptown-office"]);
    expect(slugsOf(remote, "areaOnly")).toEqual(["statewide-line"]);
    expect(remote.inRangeCount).toBe(1);
    expect(remote.areaOnlyCount).toBe(1);
    // A help-by-phone result says so on its card only when the organization did.
    const safetyOf = (slug: string) => remote.items.find((item) => item.organization.slug === slug)?.organization.safety;
    expect(safetyOf("uptown-office")).toEqual(["remote_intake"]);
    expect(safetyOf("statewide-line")).toEqual([]);

    expect((await search({})).facets.remote).toBe(2);
    // With the Spanish filter only statewide-line is left (uptown-office speaks Arabic).
    expect((await search({ lang: "es" })).facets.remote).toBe(1);
    expect((await search({ service: "asylum" })).facets.remote).toBe(1);
    expect((await search({ service: "removal-defense" })).facets.remote).toBe(0);
    expect(slugsOf(await search({ remote: "1", service: "asylum" }), "areaOnly")).toEqual(["statewide-line"]);
    expect((await search({ remote: "1", service: "removal-defense" })).items).toEqual([]);
    // The remote filter does not change the counts of its own group.
    expect((await search({ remote: "1" })).facets.remote).toBe(2);
  });

  it("gives the same results for a keyword every listing has as for no keyword", async () => {
    // Every fixture's description says "Fixture organization".
    for (const radius of ["5", "25", "100"]) {
      const plain = await search({ radius });
      const keyword = await search({ radius, q: "fixture organization" });
      const summary = (results: typeof plain) => results.items.map((item) => [item.kind, item.organization.slug, item.location?.distanceMiles ?? null]);
      expect(plain.items.length).toBeGreaterThan(0);
      expect(summary(keyword)).toEqual(summary(plain));
      expect(keyword.facets).toEqual(plain.facets);
    }
  });

  it("reloads the in-memory index when listings are published or withdrawn", async () => {
    const near = (results: Awaited<ReturnType<typeof search>>) => slugsOf(results, "inRange");
    expect(near(await search({}))).not.toContain("late-clinic");
    await insertListings([listingInputSchema.parse(placedListing({ slug: "late-clinic", zip: "60602" }))]);
    // Searches go on with the previous index until the patched one is in, a few milliseconds later.
    await residentSearchIndexUpToDate();
    expect(near(await search({}))).toContain("late-clinic");

    // Withdrawn by another process: its rows leave the table and the data version moves.
    const organization = await db().organization.update({ where: { slug: "late-clinic" }, data: { isPublished: false } });
    await db().searchEntry.deleteMany({ where: { organizationId: organization.id } });
    await db().dataVersion.update({ where: { id: 1 }, data: { version: { increment: 1 } } });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 5_000);
    await residentSearchIndexUpToDate();
    expect(near(await search({}))).not.toContain("late-clinic");
  });

  it("lists services from afar by how local their area is, then always in the same order, with a keyword or without", async () => {
    // Offices in Indianapolis, areas that cover Gary (about 140 miles away): area only there.
    type AreaDraft = NonNullable<NonNullable<PlacedFixture["services"]>[number]["areas"]>[number];
    const remote = (slug: string, area: AreaDraft) => placedListing({ slug, zip: "46204", services: [{ remote: true, areas: [area] }] });
    await insertListings(
      [
        remote("indiana-line-c", { kind: "state", code: "IN" }),
        remote("indiana-line-a", { kind: "state", code: "IN" }),
        remote("indiana-line-b", { kind: "state", code: "IN" }),
        remote("lake-county-desk", { kind: "county", code: "18089" }),
        remote("gary-circle", { kind: "radius", radiusMiles: 10, centerLatitude: 41.6, centerLongitude: -87.34 }),
        remote("far-circle", { kind: "radius", radiusMiles: 10, centerLatitude: 41.9, centerLongitude: -87.34 }),
      ].map((draft) => listingInputSchema.parse(draft)),
    );
    await residentSearchIndexUpToDate();
    const gary = resolvePlace({ kind: "near", text: "46402" });
    if (gary.status !== "found") throw new Error("46402 must resolve");
    const ids = new Map((await db().organization.findMany({ where: { slug: { startsWith: "indiana-line-" } } })).map((organization) => [organization.slug, organization.id]));
    const statewideById = [...ids].sort(([, a], [, b]) => (a < b ? -1 : 1)).map(([slug]) => slug);
    const ours = new Set(["gary-circle", "lake-county-desk", "far-circle", ...ids.keys()]);

    for (const query of ["", "fixture organization"]) {
      const parsed = parseDirectorySearch({ near: "46402", q: query });
      const results = await searchDirectory({ place: gary.place, radius: parsed.radius, filters: parsed.filters, page: 1, locale: "en" });
      const areaOnly = slugsOf(results, "areaOnly").filter((slug) => ours.has(slug));
      // The circle 21 miles north does not reach Gary.
      expect(areaOnly).toEqual(["gary-circle", "lake-county-desk", ...statewideById]);
    }
  });

  it("finds keywords in any language, in names, descriptions and types of help, without accents", async () => {
    expect(slugsOf(await search({ q: "bond hearing" }), "inRange")).toEqual(["pilsen-center"]);
    expect(slugsOf(await search({ q: "CLÍNICA loop" }), "inRange")).toEqual(["loop-clinic"]);
    expect(slugsOf(await search({ q: "clinica" }), "inRange")).toEqual(["loop-clinic"]);
    // The organization's name and its service's, in one query.
    expect(slugsOf(await search({ q: "pilsen bond" }), "inRange")).toEqual(["pilsen-center"]);
    // Types of help by their names in any shipped language: Spanish, Chinese, Arabic without its article ("اللجوء").
    for (const q of ["asilo", "Asylum", "庇护", "لجوء", "اللجوء"]) {
      const results = await search({ q });
      expect(slugsOf(results, "inRange"), q).toEqual(["loop-clinic"]);
      expect(slugsOf(results, "areaOnly"), q).toEqual(["statewide-line"]);
    }
    expect((await search({ q: "nothing-matches-this" })).items).toEqual([]);
  });

  it("finds the start of a word", async () => {
    const results = await search({ q: "asyl" });
    expect(slugsOf(results, "inRange")).toEqual(["loop-clinic"]);
    expect(slugsOf(results, "areaOnly")).toEqual(["statewide-line"]);
    expect(slugsOf(await search({ q: "bond hear" }), "inRange")).toEqual(["pilsen-center"]);
    // "Deportation defense", the type of help of the fixtures that do not name theirs.
    const deportation = await search({ q: "depor" });
    expect(slugsOf(deportation, "inRange")).toEqual(["aging-clinic"]);
    expect(slugsOf(deportation, "areaOnly")).toEqual(["milwaukee-project"]);
  });

  it("finds words that only a translation has", async () => {
    // Vietnamese, typed without its accents ("miễn phí": free of charge).
    expect(slugsOf(await search({ q: "mien phi" }), "inRange")).toEqual(["pilsen-center"]);
    expect(slugsOf(await search({ q: "miễn" }), "inRange")).toEqual(["pilsen-center"]);
    // Chinese has no spaces: any part of a run of characters, one character or more.
    expect(slugsOf(await search({ q: "法律援助" }), "inRange")).toEqual(["uptown-office"]);
    expect(slugsOf(await search({ q: "援助" }), "inRange")).toEqual(["uptown-office"]);
    expect(slugsOf(await search({ q: "援" }), "inRange")).toEqual(["uptown-office"]);
    // Arabic: "immigrants" without the joined "لل", and the start of "قانونية".
    expect(slugsOf(await search({ q: "مهاجر" }), "inRange")).toEqual(["loop-clinic"]);
    expect(slugsOf(await search({ q: "قانون" }), "inRange")).toEqual(["loop-clinic"]);
    // Korean: a word with its ending, and the noun inside it.
    expect(slugsOf(await search({ q: "이민자" }), "inRange")).toEqual(["aging-clinic"]);
    expect(slugsOf(await search({ q: "법률 상담" }), "inRange")).toEqual(["aging-clinic"]);
  });

  it("does not find what does not match every word, or is not shown", async () => {
    const nothing = async (q: string) => expect((await search({ q })).items, q).toEqual([]);
    // Every word must match: pilsen-center does not do asylum, loop-clinic no bond hearings.
    await nothing("bond asylum");
    // Words match from their start, not inside.
    await nothing("sylum");
    await nothing("earing");
    // Characters of the run in another order, and a pair that does not occur.
    await nothing("助援");
    await nothing("律援法");
    // Listings that are stale, unpublished or closed, and one in another state.
    await nothing("stale");
    await nothing("draft");
    await nothing("closed");
    await nothing("houston");
  });

  it("combines keywords with the place and the filters", async () => {
    // The Houston listing near Houston.
    const houstonPlace = resolvePlace({ kind: "near", text: "77002" });
    if (houstonPlace.status !== "found") throw new Error("77002 must resolve");
    const houston = await searchDirectory({ place: houstonPlace.place, radius: 25, filters: parseDirectorySearch({ q: "houston" }).filters, page: 1, locale: "en" });
    expect(houston.items.map((item) => [item.kind, item.organization.slug])).toEqual([["inRange", "houston-clinic"]]);

    const fixture = await search({ q: "fixture", lang: "es" });
    expect(slugsOf(fixture, "inRange")).toEqual(["loop-clinic", "pilsen-center"]);
    expect(slugsOf(fixture, "areaOnly")).toEqual(["statewide-line"]);
    const remote = await search({ q: "fixture", remote: "1" });
    expect(slugsOf(remote, "inRange")).toEqual(["uptown-office"]);
    expect(slugsOf(remote, "areaOnly")).toEqual(["statewide-line"]);
    expect((await search({ q: "asyl", service: "detention-bond" })).items).toEqual([]);
    expect(slugsOf(await search({ q: "asyl", cost: "free" }), "inRange")).toEqual(["loop-clinic"]);
    // A wider radius brings the Milwaukee office in range.
    expect(slugsOf(await search({ q: "milwaukee" }), "areaOnly")).toEqual(["milwaukee-project"]);
    expect(slugsOf(await search({ q: "milwaukee", radius: "100" }), "inRange")).toEqual(["milwaukee-project"]);

    // Facets count what the keyword found.
    const { facets } = await search({ q: "asyl" });
    expect(facets.services).toEqual({ asylum: 2 });
    expect(facets.languages).toEqual({ es: 2, mam: 1, en: 1 });
    expect(facets.remote).toBe(1);
    expect(facets.walkin).toBe(1);
    expect(facets.costs).toEqual({ free: 2, sliding: 0 });
  });

  it("counts, for each filter value, the results it would give", async () => {
    const { facets } = await search({ lang: "es" });
    // Within the language group, counts ignore the group's own choice.
    expect(facets.languages).toMatchObject({ es: 3, ar: 1, mam: 1, en: 5 });
    // Other groups count with the language filter applied.
    expect(facets.services).toMatchObject({ asylum: 2, "detention-bond": 1 });
    expect(facets.services.daca ?? 0).toBe(0);
    expect(facets.costs).toEqual({ free: 2, sliding: 1 });
    expect(facets.detained).toBe(1);
    expect(facets.walkin).toBe(1);
  });

  it("shows on each card the office's address, phone and hours, and the service's name and capacity", async () => {
    const card = (await search({})).items.find((item) => item.organization.slug === "uptown-office");
    expect(card?.location?.address).toEqual({ address1: "1 Fixture Street", address2: null, city: "Chicago", region: "IL", postalCode: "60640" });
    expect(card?.phone?.number).toMatch(/^\+1312555\d{4}$/);
    expect(card?.location?.schedule?.timezone).toBe("America/Chicago");
    expect(card?.location?.schedule?.openingHours.map((rule) => rule.weekday).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(card?.services).toEqual([
      expect.objectContaining({ name: expect.objectContaining({ text: "Service 0 of uptown-office" }), capacityStatus: "waitlist", capacityUpdatedAt: new Date("2026-11-02T00:00:00Z") }),
    ]);
    expect(card?.organization.verifiedAt).toBeInstanceOf(Date);
  });

  it("shows names in the reader's language when translated", async () => {
    const [first] = (await search({}, "es")).items;
    expect(first?.organization.name).toMatchObject({ text: "Clínica del Loop", lang: "es" });
  });

  it("pages through 20 results at a time, and keeps a page past the end on the last page", async () => {
    await insertListings(
      Array.from({ length: 25 }, (_, index) => placedListing({ slug: `bulk-${index}`, zip: index % 2 ? "60614" : "60622", services: [{ taxonomy: ["tps"] }] })).map((draft) =>
        listingInputSchema.parse(draft),
      ),
    );
    await residentSearchIndexUpToDate();
    clearSearchCache();
    const first = await search({ service: "tps" });
    expect(first.items).toHaveLength(20);
    expect(first.pageCount).toBe(2);
    const second = await search({ service: "tps", page: "2" });
    expect(second.items).toHaveLength(5);
    expect(second.items[0]?.position).toBe(21);
    const beyond = await search({ service: "tps", page: "9" });
    expect(beyond.page).toBe(2);
  });

  it("finds the hotlines of a place: national ones everywhere, regional ones where they cover it", async () => {
    const hotlines = await findHotlinesForPlace(chicago(), "en");
    expect(hotlines.map((hotline) => hotline.number)).toContain("+12025550177");
    expect(hotlines.every((hotline) => hotline.isNational)).toBe(true);
  });

  it("adds a state's own hotline for a place in that state only", async () => {
    await insertListings(
      [stateHotlineFixture("illinois-test-line", "+13125550188", "IL", "Illinois Line"), stateHotlineFixture("texas-test-line", "+12105550188", "TX", "Texas Line")].map((draft) =>
        listingInputSchema.parse(draft),
      ),
    );
    const numbers = (await findHotlinesForPlace(chicago(), "en")).map((hotline) => hotline.number);
    expect(numbers).toContain("+13125550188");
    expect(numbers).toContain("+12025550177");
    expect(numbers).not.toContain("+12105550188");
  });
});
