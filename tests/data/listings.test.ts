import { describe, expect, it } from "vitest";
import { getOrganizationPage, primaryTelephone, showsSampleListings } from "@/features/listings/data";
import { insertListings, replaceSampleListings } from "@/features/listings/mutations";
import { listingInputSchema, type ListingInputDraft } from "@/features/listings/schema";
import { CHICAGO_PILSEN, legalAidFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();
const parse = (draft: ListingInputDraft) => listingInputSchema.parse(draft);

describe("listings: writing and reading whole organizations", () => {
  it("reads back everything an organization holds, in the reader's language", async () => {
    await insertListings([
      parse(
        legalAidFixture({
          slug: "full-details",
          translations: [
            { field: "description", locale: "es", value: "Ayuda legal gratuita en Chicago.", source: "professional" },
            { field: "description", locale: "ar", value: "مساعدة قانونية مجانية في شيكاغو.", source: "machine" },
          ],
        }),
      ),
    ]);

    const english = await getOrganizationPage("full-details", "en");
    expect(english).not.toBeNull();
    expect(english?.description).toMatchObject({ lang: "en", isFallback: false, source: "original" });
    expect(english?.accreditations.map((accreditation) => accreditation.kind).sort()).toEqual(["attorney_led", "doj_recognized"]);
    expect(english?.safetyStatements).toContainEqual({ kind: "no_status_questions", answer: "yes" });
    const [location] = english?.locations ?? [];
    expect(location).toMatchObject({ timezone: "America/Chicago", address: { city: "Chicago", postalCode: "60601" }, languages: ["en", "es", "mam"] });
    expect(location?.schedule?.openingHours).toHaveLength(5);
    const [service] = english?.services ?? [];
    expect(service).toMatchObject({ slug: "deportation-defense", taxonomy: ["removal-defense", "asylum"], capacityStatus: "accepting", locationIds: [location?.id] });
    expect(service?.areas).toEqual([{ kind: "county", code: "17031", radiusMiles: null }]);
    expect(english && primaryTelephone(english)).toBe("+13125550150");

    const spanish = await getOrganizationPage("full-details", "es");
    expect(spanish?.description).toEqual({ text: "Ayuda legal gratuita en Chicago.", lang: "es", source: "professional", isFallback: false });
    const arabic = await getOrganizationPage("full-details", "ar");
    expect(arabic?.description).toMatchObject({ lang: "ar", source: "machine", isFallback: false });
  });

  it("shows a Spanish-only description on the English page, marked as Spanish", async () => {
    await insertListings([parse(legalAidFixture({ slug: "solo-espanol", sourceLocale: "es", description: "Ayuda legal solo en español.", place: CHICAGO_PILSEN, phoneSuffix: "0151" }))]);
    const page = await getOrganizationPage("solo-espanol", "en");
    expect(page?.description).toEqual({ text: "Ayuda legal solo en español.", lang: "es", source: "original", isFallback: true });
  });

  it("hides unpublished organizations and unknown slugs", async () => {
    await insertListings([parse(legalAidFixture({ slug: "draft-listing", isPublished: false, phoneSuffix: "0152" }))]);
    expect(await getOrganizationPage("draft-listing", "en")).toBeNull();
    expect(await getOrganizationPage("no-such-organization", "en")).toBeNull();
  });

  it("writes nothing when any part of a batch fails", async () => {
    const before = await db().organization.count();
    const broken = parse(legalAidFixture({ slug: "broken-batch", phoneSuffix: "0153" }));
    // Same slug twice: the second organization violates the unique slug, after the first was written.
    await expect(insertListings([parse(legalAidFixture({ slug: "first-of-batch", phoneSuffix: "0154" })), broken, broken])).rejects.toThrow();
    expect(await db().organization.count()).toBe(before);
    expect(await db().organization.findUnique({ where: { slug: "first-of-batch" } })).toBeNull();
  });

  it("replaces sample listings without touching other listings or leaving orphan translations", async () => {
    const real = legalAidFixture({ slug: "real-organization", phoneSuffix: "0155" });
    await insertListings([parse({ ...real, isSample: false })]);
    await replaceSampleListings([
      parse(legalAidFixture({ slug: "sample-one", translations: [{ field: "description", locale: "es", value: "Uno", source: "community" }], phoneSuffix: "0156" })),
    ]);
    const slugs = (await db().organization.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((row) => row.slug);
    expect(slugs).toEqual(["real-organization", "sample-one"]);
    expect(await showsSampleListings()).toBe(true);

    await replaceSampleListings([]);
    expect(await db().organization.count()).toBe(1);
    const organizationIds = new Set((await db().organization.findMany({ select: { id: true } })).map((row) => row.id));
    const translations = await db().translation.findMany({ where: { entityType: "organization" } });
    for (const translation of translations) expect(organizationIds.has(translation.entityId)).toBe(true);
  });
});
