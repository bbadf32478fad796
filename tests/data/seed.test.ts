import { describe, expect, it } from "vitest";
import { getOrganizationPage } from "@/features/listings/data";
import { insertListings } from "@/features/listings/mutations";
import { listingInputSchema } from "@/features/listings/schema";
import { seedSampleData } from "@/prisma/seed/index";
import { legalAidFixture } from "../fixtures/listings";
import { withTestDatabase } from "../support/with-test-database";

const { db } = withTestDatabase();

describe("the sample seed", () => {
  it("loads the sample into a migrated database, and loading it again replaces it", async () => {
    const first = await seedSampleData(new Date());
    expect(first.organizations).toBeGreaterThanOrEqual(80);
    expect(await db().organization.count()).toBe(first.organizations);
    const translationsAfterFirst = await db().translation.count();

    const second = await seedSampleData(new Date());
    expect(await db().organization.count()).toBe(second.organizations);
    expect(await db().translation.count()).toBe(translationsAfterFirst);
    expect(await db().kyrMaterial.count()).toBe(second.materials);

    const page = await getOrganizationPage("lakeshore-immigrant-legal-clinic", "es");
    expect(page?.isSample).toBe(true);
    expect(page?.locations.length).toBe(2);
  });

  it("without samples, removes every sample row and keeps real listings, the rights guides and the government lines", async () => {
    await seedSampleData(new Date());
    await insertListings([listingInputSchema.parse({ ...legalAidFixture({ slug: "a-real-clinic" }), isSample: false })], db());
    expect(await db().organization.count({ where: { isSample: true } })).toBeGreaterThanOrEqual(80);

    const result = await seedSampleData(new Date(), { samples: false });
    expect(result.organizations).toBe(0);
    expect(await db().organization.count({ where: { isSample: true } })).toBe(0);
    expect((await db().organization.findMany({ select: { slug: true } })).map((row) => row.slug)).toEqual(["a-real-clinic"]);
    const realClinic = await db().organization.findUniqueOrThrow({ where: { slug: "a-real-clinic" }, select: { id: true } });
    expect(await db().searchCard.count({ where: { organizationId: { not: realClinic.id } } })).toBe(0);
    expect(await db().searchCard.count({ where: { organizationId: realClinic.id } })).toBeGreaterThan(0);
    expect(await db().searchEntry.count({ where: { organizationId: { not: realClinic.id } } })).toBe(0);
    expect(await db().kyrMaterial.count()).toBe(result.materials);
    expect(result.materials).toBeGreaterThanOrEqual(8);
    expect(await db().officialLine.count()).toBe(4);
  });
});
